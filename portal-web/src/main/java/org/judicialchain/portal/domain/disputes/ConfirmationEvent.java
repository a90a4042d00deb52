package org.judicialchain.portal.domain.disputes;

import java.time.Instant;
import org.judicialchain.evidence.domain.model.custody.CustodyEventType;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.portal.domain.shared.CustodyEvent;

/** What happened to a request for judicial confirmation: one custody-log entry each. */
public sealed interface ConfirmationEvent extends CustodyEvent {

    /** The request after the event. */
    ConfirmationRow request();

    @Override
    default String caseRef() {
        return request().caseRef();
    }

    @Override
    default String subjectId() {
        return request().id().toString();
    }

    @Override
    default CustodyEventType custodyType() {
        return CustodyEventType.CONFIRMATION_EVENT;
    }

    record Requested(ConfirmationRow request, Bytes32 digest) implements ConfirmationEvent {
        public String actor() {
            return request.institution();
        }

        public Instant at() {
            return request.requestedAt();
        }
    }

    record Decided(ConfirmationRow request, Bytes32 digest) implements ConfirmationEvent {
        public String actor() {
            return request.decidedBy();
        }

        public Instant at() {
            return request.decidedAt();
        }
    }
}
