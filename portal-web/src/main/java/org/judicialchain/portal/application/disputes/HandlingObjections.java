package org.judicialchain.portal.application.disputes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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
import org.judicialchain.evidence.domain.model.disputes.ObjectionType;
import org.judicialchain.evidence.domain.model.lifecycle.LifecycleRules;
import org.judicialchain.portal.application.evidence.FindingEvidence;
import org.judicialchain.portal.application.lifecycle.ChangingCaseState;
import org.judicialchain.portal.config.WorkflowConfig;
import org.judicialchain.portal.domain.cases.CaseRow;
import org.judicialchain.portal.domain.cases.LoanCases;
import org.judicialchain.portal.domain.collection.CollectionRecords;
import org.judicialchain.portal.domain.disputes.Objection;
import org.judicialchain.portal.domain.disputes.ObjectionEvent;
import org.judicialchain.portal.domain.disputes.ObjectionRow;
import org.judicialchain.portal.domain.disputes.Objections;
import org.judicialchain.portal.domain.shared.InvalidInputException;

/**
 * A debtor's objection, from filing to the parties' answers and the court taking it up (the decision is
 * {@link DecidingObjections}). Every step is appended to the case's custody log and tells the parties
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

    /** A lender's or agency's answer; {@code role} LENDER or COLLECTOR; {@code respondedBy} the person. */
    public record AnswerObjection(UUID objectionId, String institution, String role, String statement,
                                  List<UUID> evidenceIds, String respondedBy) {
    }

    /** A judge or arbitrator of the case's court takes the objection up. */
    public record AssignObjection(UUID objectionId, String judge, String court) {
    }

    @Transactional
    public ObjectionRow file(FileObjection f) {
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
        boolean pauses = f.type().pausesCollection()
                && (LifecycleRules.collecting(row.state()) || row.state() == CaseState.DISPUTED);
        ObjectionEvent.Filed filed = Objection.file(reference, f.caseRef(), f.partyId(), f.type(), f.statement(),
                f.citedRecords(), f.citedFindings(), f.attachments(), pauses, Duration.ofDays(workflow.responseDays()), now);
        objections.add(filed.objection());
        events.fire(filed);
        if (pauses && row.state() != CaseState.DISPUTED) {
            transitions.move(row, CaseState.DISPUTED, filed.digest(), ChangingCaseState.Authority.portal(), f.partyId(), now);
        }
        return filed.objection();
    }

    @Transactional
    public void answer(AnswerObjection c) {
        Objection objection = Objection.of(objections.lock(c.objectionId()).orElseThrow());
        String caseRef = objection.snapshot().caseRef();
        ObjectionEvent.Answered answered = objection.answer(c.institution(), c.role(), c.statement(), c.evidenceIds(),
                c.respondedBy(), clock.instant());
        requireOfCase(caseRef, "evidence item", c.evidenceIds().stream().map(UUID::toString).toList(),
                evidence.ofCase(caseRef).stream().map(e -> e.record().id().toString()).toList());
        objections.addResponse(c.objectionId(), answered.response());
        objections.save(answered.objection());
        events.fire(answered);
    }

    @Transactional
    public void assign(AssignObjection c) {
        Objection objection = Objection.of(objections.lock(c.objectionId()).orElseThrow());
        ObjectionEvent.Assigned assigned = objection.assign(c.judge(), c.court(), clock.instant());
        objections.save(assigned.objection());
        events.fire(assigned);
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
