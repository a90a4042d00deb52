package org.judicialchain.portal.application.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.judicialchain.portal.domain.shared.CustodyEvent;

/** Appends every custody event of any context to its case's custody log, in the transaction that fired it. */
@ApplicationScoped
public class CustodyRecorder {

    @Inject
    SubmittingEvidence custody;

    void record(@Observes CustodyEvent event) {
        custody.appendEntry(event.caseRef(), event.custodyType(), event.digest(), event.subjectId(), event.actor(), event.at());
    }
}
