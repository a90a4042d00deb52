package org.judicialchain.portal.application.disputes;

import static org.judicialchain.portal.application.disputes.CitedItems.requireOfCase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.evidence.domain.model.disputes.ObjectionType;
import org.judicialchain.evidence.domain.model.lifecycle.LifecycleRules;
import org.judicialchain.portal.application.evidence.FindingEvidence;
import org.judicialchain.portal.application.lifecycle.ChangingCaseState;
import org.judicialchain.portal.config.WorkflowConfig;
import org.judicialchain.portal.domain.cases.CaseConflictException;
import org.judicialchain.portal.domain.cases.CaseRow;
import org.judicialchain.portal.domain.cases.LoanCase;
import org.judicialchain.portal.domain.cases.LoanCases;
import org.judicialchain.portal.domain.collection.CollectionRecords;
import org.judicialchain.portal.domain.disputes.Objection;
import org.judicialchain.portal.domain.disputes.ObjectionEvent;
import org.judicialchain.portal.domain.disputes.ObjectionRow;
import org.judicialchain.portal.domain.disputes.Objections;

/**
 * A debtor files an objection, citing the collection records, findings and evidence of the case it is about.
 * An objection to the amount or to collection conduct moves a case under collection to DISPUTED, which
 * pauses collection: records logged during the pause are violations. The parties then answer
 * ({@link AnsweringObjections}), the court takes it up ({@link AssigningObjections}) and decides
 * ({@link DecidingObjections}).
 */
@ApplicationScoped
public class FilingObjections {

    @Inject
    LoanCases cases;
    @Inject
    Objections objections;
    @Inject
    CollectionRecords records;
    @Inject
    FindingEvidence evidence;
    @Inject
    ChangingCaseState transitions;
    @Inject
    WorkflowConfig workflow;
    /** Observed by the custody log and the notices (CustodyRecorder, ObjectionNotices), in this transaction. */
    @Inject
    Event<ObjectionEvent> events;

    private final Clock clock = Clock.systemUTC();

    public record FileObjection(String caseRef, String partyId, ObjectionType type, String statement,
                                List<String> citedRecords, List<String> citedFindings, List<UUID> attachments) {
    }

    @Transactional
    public ObjectionRow file(FileObjection f) {
        LoanCase loanCase = cases.locked(f.caseRef()).orElseThrow();
        CaseRow row = loanCase.snapshot();
        requireOfCase(f.caseRef(), "collection record", f.citedRecords(),
                records.stored(f.caseRef()).stream().map(r -> r.id().toString()).toList());
        requireOfCase(f.caseRef(), "finding", f.citedFindings(),
                records.findings(f.caseRef()).stream().map(r -> r.id().toString()).toList());
        requireOfCase(f.caseRef(), "evidence item", f.attachments().stream().map(UUID::toString).toList(),
                evidence.ofCase(f.caseRef()).stream().map(e -> e.record().id().toString()).toList());
        requireRoomFor(f);
        Instant now = clock.instant();
        String reference = objections.nextReference(now.atZone(ZoneOffset.UTC).getYear());
        boolean pauses = f.type().pausesCollection()
                && (LifecycleRules.collecting(row.state()) || row.state() == CaseState.DISPUTED);
        ObjectionEvent.Filed filed = Objection.file(reference, f.caseRef(), f.partyId(), f.type(), f.statement(),
                f.citedRecords(), f.citedFindings(), f.attachments(), pauses, Duration.ofDays(workflow.responseDays()), now);
        objections.add(filed.objection());
        events.fire(filed);
        if (pauses && row.state() != CaseState.DISPUTED) {
            transitions.move(loanCase, CaseState.DISPUTED, filed.digest(), ChangingCaseState.Authority.portal(), f.partyId(), now);
        }
        return filed.objection();
    }

    /** At most this many objections of a case await the court at once (each of its own type). */
    static final int MAX_OPEN_PER_CASE = 3;

    /**
     * One open objection per type and a few per case: otherwise a stream of objections would keep a case DISPUTED
     * for ever. What a debtor has to add to an open objection goes into that one (the court reads it whole).
     */
    private void requireRoomFor(FileObjection f) {
        List<ObjectionRow> open = objections.ofCase(f.caseRef()).stream().filter(o -> !o.decided()).toList();
        open.stream().filter(o -> o.type().equals(f.type().name())).findFirst().ifPresent(o -> {
            throw new CaseConflictException("objection " + o.reference() + " of type " + o.type() + " is still open on case "
                    + f.caseRef() + "; the court decides it before another of that type");
        });
        if (open.size() >= MAX_OPEN_PER_CASE) {
            throw new CaseConflictException("case " + f.caseRef() + " already has " + open.size()
                    + " objections awaiting the court, the most it takes at once");
        }
    }
}
