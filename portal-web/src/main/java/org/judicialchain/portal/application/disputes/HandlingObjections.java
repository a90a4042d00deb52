package org.judicialchain.portal.application.disputes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.evidence.domain.model.custody.CustodyEventType;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.digest.StreamingDigester;
import org.judicialchain.evidence.domain.model.disputes.ObjectionType;
import org.judicialchain.evidence.domain.model.lifecycle.LifecycleRules;
import org.judicialchain.portal.application.evidence.EvidenceQueries;
import org.judicialchain.portal.application.evidence.EvidenceSubmission;
import org.judicialchain.portal.application.lifecycle.CaseTransitions;
import org.judicialchain.portal.application.notifications.Notice;
import org.judicialchain.portal.application.notifications.NotifyingParties.Audience;
import org.judicialchain.portal.application.notifications.NotifyingParties;
import org.judicialchain.portal.config.WorkflowConfig;
import org.judicialchain.portal.domain.cases.CaseConflictException;
import org.judicialchain.portal.domain.cases.CaseRow;
import org.judicialchain.portal.domain.cases.LoanCases;
import org.judicialchain.portal.domain.collection.CollectionRecords;
import org.judicialchain.portal.domain.disputes.ObjectionRow;
import org.judicialchain.portal.domain.disputes.Objections;
import org.judicialchain.portal.domain.shared.InvalidInputException;

/**
 * A debtor's objection, from filing to the parties' answers and the court taking it up (the decision is
 * {@link ObjectionDecisions}). Every step is appended to the case's custody log and tells the parties
 * concerned. An objection to the amount or to collection conduct moves a case under collection to DISPUTED,
 * which pauses collection: records logged during the pause are violations.
 */
@ApplicationScoped
public class HandlingObjections {

    @Inject
    LoanCases cases;
    @Inject
    Objections objections;
    @Inject
    CollectionRecords records;
    @Inject
    EvidenceQueries evidence;
    @Inject
    EvidenceSubmission custody;
    @Inject
    CaseTransitions transitions;
    @Inject
    NotifyingParties notifications;
    @Inject
    WorkflowConfig workflow;

    private final Clock clock = Clock.systemUTC();

    public record Filing(String caseRef, String partyId, ObjectionType type, String statement, List<String> citedRecords,
                         List<String> citedFindings, List<UUID> attachments) {
    }

    @Transactional
    public ObjectionRow file(Filing f) {
        cases.lock(f.caseRef());
        CaseRow row = cases.find(f.caseRef()).orElseThrow();
        requireOfCase(f.caseRef(), "collection record", f.citedRecords(),
                records.stored(f.caseRef()).stream().map(r -> r.id().toString()).toList());
        requireOfCase(f.caseRef(), "finding", f.citedFindings(),
                records.findings(f.caseRef()).stream().map(r -> r.id().toString()).toList());
        requireOfCase(f.caseRef(), "evidence item", f.attachments().stream().map(UUID::toString).toList(),
                evidence.ofCase(f.caseRef()).stream().map(e -> e.record().id().toString()).toList());
        Instant now = clock.instant();
        String reference = objections.nextReference(now.atZone(ZoneOffset.UTC).getYear());
        Bytes32 digest = StreamingDigester.sha256(reference + "|" + f.type() + "|" + f.statement() + "|" + f.citedRecords() + "|"
                + f.citedFindings() + "|" + f.attachments());
        boolean pauses = f.type().pausesCollection()
                && (LifecycleRules.collecting(row.state()) || row.state() == CaseState.DISPUTED);
        ObjectionRow objection = new ObjectionRow(UUID.randomUUID(), reference, f.caseRef(), f.partyId(), f.type().name(),
                f.statement(), f.citedRecords(), f.citedFindings(), f.attachments().stream().map(UUID::toString).toList(),
                "FILED", now, now.plus(Duration.ofDays(workflow.responseDays())), pauses ? now : null, null, null, null, null,
                null, null, null, null, null, null);
        objections.add(objection);
        custody.appendEntry(f.caseRef(), CustodyEventType.OBJECTION_FILED, digest, reference, f.partyId(), now);
        if (pauses && row.state() != CaseState.DISPUTED) {
            transitions.move(row, CaseState.DISPUTED, digest, CaseTransitions.Authority.portal(), f.partyId(), now);
        }
        Notice subject = Notice.of(Notice.Event.OBJECTION_FILED, "reference", reference, "type", f.type().name(),
                "caseRef", f.caseRef(), "dueAt", objection.responseDueAt().toString());
        notifications.tell(Audience.INSTITUTION, row.creditor(), f.caseRef(), subject, now);
        if (f.type().concernsConduct()) {
            for (var a : cases.authorisations(f.caseRef())) {
                if (a.revokedAt().isEmpty() && a.validTo().isAfter(now)) {
                    notifications.tell(Audience.INSTITUTION, a.agency(), f.caseRef(), subject, now);
                }
            }
        }
        notifications.tell(Audience.COURT, row.court(), f.caseRef(), subject, now);
        return objection;
    }

    /** A lender's or agency's answer; @param role LENDER or COLLECTOR */
    @Transactional
    public void respond(UUID objectionId, String institution, String role, String statement, List<UUID> evidenceIds,
                        String respondedBy) {
        ObjectionRow o = objections.lock(objectionId).orElseThrow();
        if (o.decided()) {
            throw new CaseConflictException("objection " + o.reference() + " is already decided");
        }
        requireOfCase(o.caseRef(), "evidence item", evidenceIds.stream().map(UUID::toString).toList(),
                evidence.ofCase(o.caseRef()).stream().map(e -> e.record().id().toString()).toList());
        Instant now = clock.instant();
        objections.addResponse(objectionId, new ObjectionRow.Response(UUID.randomUUID(), institution, role, statement,
                evidenceIds.stream().map(UUID::toString).toList(), respondedBy, now));
        custody.appendEntry(o.caseRef(), CustodyEventType.OBJECTION_ANSWERED,
                StreamingDigester.sha256(o.reference() + "|" + institution + "|" + statement + "|" + evidenceIds), o.reference(), institution, now);
        CaseRow row = cases.find(o.caseRef()).orElseThrow();
        Notice answered = Notice.of(Notice.Event.OBJECTION_ANSWERED, "institution", institution, "reference", o.reference());
        notifications.tell(Audience.PARTY, o.debtorPartyId(), o.caseRef(), answered, now);
        notifications.tell(Audience.COURT, row.court(), o.caseRef(), answered, now);
    }

    /** A judge or arbitrator of the case's court takes the objection up. */
    @Transactional
    public void assign(UUID objectionId, String judge, String court) {
        ObjectionRow o = objections.lock(objectionId).orElseThrow();
        if (o.decided()) {
            throw new CaseConflictException("objection " + o.reference() + " is already decided");
        }
        Instant now = clock.instant();
        objections.assign(objectionId, judge, court, now);
        custody.appendEntry(o.caseRef(), CustodyEventType.OBJECTION_DECIDED, StreamingDigester.sha256("assigned|" + o.reference() + "|" + judge),
                o.reference(), judge, now);
        notifications.tell(Audience.PARTY, o.debtorPartyId(), o.caseRef(),
                Notice.of(Notice.Event.OBJECTION_ASSIGNED, "reference", o.reference(), "judge", judge), now);
    }

    /** Whether the lender's and agencies' time to answer has run out without an answer. */
    public static boolean responseOverdue(ObjectionRow o, List<ObjectionRow.Response> responses, Instant now) {
        return !o.decided() && responses.isEmpty() && now.isAfter(o.responseDueAt());
    }

    private static void requireOfCase(String caseRef, String what, List<String> cited, List<String> ofCase) {
        Set<String> known = new HashSet<>(ofCase);
        for (String id : cited) {
            if (!known.contains(id)) {
                throw new InvalidInputException(id + " is not a " + what + " of case " + caseRef);
            }
        }
    }

}
