package org.judicialchain.portal.application.disputes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.judicialchain.portal.application.evidence.EvidenceSubmission;
import org.judicialchain.portal.domain.disputes.ObjectionEvent;

/** Appends every step of an objection to its case's custody log, in the transaction of the step. */
@ApplicationScoped
public class ObjectionCustody {

    @Inject
    EvidenceSubmission custody;

    void record(@Observes ObjectionEvent event) {
        custody.appendEntry(event.objection().caseRef(), event.custodyType(), event.digest(), event.objection().reference(),
                event.actor(), event.at());
    }
}
