package org.judicialchain.portal.interfaces.rest.disputes;

import jakarta.json.Json;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.judicialchain.evidence.domain.model.disputes.ObjectionType;
import org.judicialchain.portal.domain.disputes.ConfirmationRow;
import org.judicialchain.portal.domain.disputes.Objection;
import org.judicialchain.portal.domain.disputes.ObjectionRow;
import org.judicialchain.portal.interfaces.rest.documents.DocumentLinks;
import org.judicialchain.portal.interfaces.rest.shared.security.AgencyScope;

/** Stored objections and confirmation requests as JSON views. */
final class DisputeAssembler {

    private DisputeAssembler() {
    }

    static DisputeDtos.ObjectionView objection(ObjectionRow o, List<ObjectionRow.Response> responses, String caseState,
                                               String apiBase, Instant now, AgencyScope.View view, DocumentLinks links) {
        DisputeDtos.DecisionView decision = o.decided() ? new DisputeDtos.DecisionView(o.outcome(), o.reasons(),
                o.adjustedPrincipal(), o.decidedBy(), o.decidedAt(),
                o.decisionDocument() == null ? null : o.decisionDocument().toString(),
                links.download(apiBase, o.decisionDocument()), links.publicCopy(apiBase, o.decisionDocument())) : null;
        return new DisputeDtos.ObjectionView(o.id().toString(), o.reference(), o.caseRef(), o.type(), o.statement(), o.status(),
                view.ids(o.citedRecords()), view.ids(o.citedFindings()), view.ids(o.attachments()), o.filedAt(), o.responseDueAt(),
                Objection.responseOverdue(o, responses, now), ObjectionType.valueOf(o.type()).pausesCollection(),
                o.pauseFrom(), o.pauseTo(), o.assignedTo(), o.assignedAt(),
                responses.stream().filter(r -> view.shows(r.institution())).map(r -> new DisputeDtos.ResponseView(
                        r.institution(), r.role(), r.statement(), view.ids(r.evidenceIds()), r.respondedBy(), r.respondedAt()))
                        .toList(), decision, caseState);
    }

    static DisputeDtos.ConfirmationView confirmation(ConfirmationRow c, String apiBase, AgencyScope.View view,
                                                     DocumentLinks links) {
        return new DisputeDtos.ConfirmationView(c.id().toString(), c.caseRef(), c.institution(), c.requestedBy(),
                view.ids(c.evidenceIds()), c.status(), c.precheckClean(), c.draftReady(),
                Json.createReader(new StringReader(c.precheck())).readObject(), c.requestedAt(), c.decidedBy(), c.decidedAt(),
                c.reasons(), c.documentId() == null ? null : c.documentId().toString(),
                links.download(apiBase, c.documentId()), links.publicCopy(apiBase, c.documentId()));
    }
}
