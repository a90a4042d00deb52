package org.judicialchain.portal.application.disputes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.judicialchain.portal.domain.disputes.Objection;
import org.judicialchain.portal.domain.disputes.ObjectionEvent;
import org.judicialchain.portal.domain.disputes.Objections;

/** A judge or arbitrator of the case's court takes an objection up; the debtor hears who has it. */
@ApplicationScoped
public class AssigningObjections {

    @Inject
    Objections objections;
    /** Observed by the custody log and the notices, in this transaction. */
    @Inject
    Event<ObjectionEvent> events;

    private final Clock clock = Clock.systemUTC();

    public record AssignObjection(UUID objectionId, String judge, String court) {
    }

    @Transactional
    public void assign(AssignObjection c) {
        Objection objection = Objection.of(objections.lock(c.objectionId()).orElseThrow());
        ObjectionEvent.Assigned assigned = objection.assign(c.judge(), c.court(), clock.instant());
        objections.save(assigned.objection());
        events.fire(assigned);
    }
}
