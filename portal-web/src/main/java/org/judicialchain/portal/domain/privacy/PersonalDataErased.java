package org.judicialchain.portal.domain.privacy;

import java.time.Instant;
import org.judicialchain.evidence.domain.model.custody.CustodyEventType;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.digest.StreamingDigester;
import org.judicialchain.portal.domain.shared.CustodyEvent;

/**
 * The debtor's personal data on a case was erased: an entry of the case's custody log, anchored like the others, so
 * that the erasure itself is on record (who decided, on whose authority) while no personal datum is.
 */
public record PersonalDataErased(ErasureRequest request) implements CustodyEvent {

    @Override
    public String caseRef() {
        return request.caseRef();
    }

    @Override
    public CustodyEventType custodyType() {
        return CustodyEventType.PERSONAL_DATA_ERASED;
    }

    /** The request, the authority and the instant: what a later reader checks the entry against. */
    @Override
    public Bytes32 digest() {
        return StreamingDigester.sha256("erasure:" + request.id() + ":" + request.authority() + ":" + request.decidedAt());
    }

    @Override
    public String subjectId() {
        return request.id().toString();
    }

    @Override
    public String actor() {
        return request.decidedBy();
    }

    @Override
    public Instant at() {
        return request.decidedAt();
    }
}
