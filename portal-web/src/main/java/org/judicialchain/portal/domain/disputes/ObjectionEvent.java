package org.judicialchain.portal.domain.disputes;

import java.time.Instant;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.evidence.domain.model.custody.CustodyEventType;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.portal.domain.shared.CustodyEvent;

/**
 * What happened to an objection: one entry of the case's custody log each, and the parties to tell follow
 * from it.
 */
public sealed interface ObjectionEvent extends CustodyEvent {

    /** The objection after the event. */
    ObjectionRow objection();

    @Override
    default String caseRef() {
        return objection().caseRef();
    }

    @Override
    default String subjectId() {
        return objection().reference();
    }

    record Filed(ObjectionRow objection, Bytes32 digest, Instant at) implements ObjectionEvent {
        public CustodyEventType custodyType() {
            return CustodyEventType.OBJECTION_FILED;
        }

        public String actor() {
            return objection.debtorPartyId();
        }
    }

    record Answered(ObjectionRow objection, ObjectionRow.Response response, Bytes32 digest) implements ObjectionEvent {
        public CustodyEventType custodyType() {
            return CustodyEventType.OBJECTION_ANSWERED;
        }

        public String actor() {
            return response.institution();
        }

        public Instant at() {
            return response.respondedAt();
        }
    }

    record Assigned(ObjectionRow objection, Bytes32 digest) implements ObjectionEvent {
        // the custody log has no type of its own for taking an objection up; it is recorded as a decision step
        public CustodyEventType custodyType() {
            return CustodyEventType.OBJECTION_DECIDED;
        }

        public String actor() {
            return objection.assignedTo();
        }

        public Instant at() {
            return objection.assignedAt();
        }
    }

    /** @param caseState the case's state once the decision took effect */
    record Decided(ObjectionRow objection, Bytes32 digest, CaseState caseState) implements ObjectionEvent {
        public CustodyEventType custodyType() {
            return CustodyEventType.OBJECTION_DECIDED;
        }

        public String actor() {
            return objection.decidedBy();
        }

        public Instant at() {
            return objection.decidedAt();
        }
    }
}
