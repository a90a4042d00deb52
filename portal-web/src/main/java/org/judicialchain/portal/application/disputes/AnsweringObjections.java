package org.judicialchain.portal.application.disputes;

import static org.judicialchain.portal.application.disputes.CitedItems.requireOfCase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.judicialchain.portal.application.evidence.FindingEvidence;
import org.judicialchain.portal.domain.disputes.Objection;
import org.judicialchain.portal.domain.disputes.ObjectionEvent;
import org.judicialchain.portal.domain.disputes.Objections;

/** The lender or a collecting agency answers a debtor's objection, with evidence of the case. */
@ApplicationScoped
public class AnsweringObjections {

    @Inject
    Objections objections;
    @Inject
    FindingEvidence evidence;
    /** Observed by the custody log and the notices, in this transaction. */
    @Inject
    Event<ObjectionEvent> events;

    private final Clock clock = Clock.systemUTC();

    /** {@code role} LENDER or COLLECTOR; {@code respondedBy} the person. */
    public record AnswerObjection(UUID objectionId, String institution, String role, String statement,
                                  List<UUID> evidenceIds, String respondedBy) {
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
}
