package org.judicialchain.portal.domain.privacy;

import java.time.Instant;
import java.util.UUID;

/**
 * A request to erase the debtor's personal data on a case, as stored. The debtor asks and the controller (the creditor
 * of record) or the court decides; a judge or arbitrator of the case's court may also order it, which is decided at
 * once. {@code authority} is the institution or court whose decision or order it was.
 */
public record ErasureRequest(UUID id, String caseRef, String requestedBy, RequestedAs requestedAs, String reason,
                             Instant requestedAt, Status status, String decidedBy, String authority, Instant decidedAt,
                             String decisionReason) {

    public enum RequestedAs { DEBTOR, COURT }

    public enum Status { REQUESTED, ERASED, REFUSED }

    public static ErasureRequest asked(String caseRef, String by, RequestedAs as, String reason, Instant at) {
        return new ErasureRequest(UUID.randomUUID(), caseRef, by, as, reason, at, Status.REQUESTED, null, null, null, null);
    }

    public ErasureRequest erased(String by, String authority, Instant at, String reasons) {
        return new ErasureRequest(id, caseRef, requestedBy, requestedAs, reason, requestedAt, Status.ERASED, by, authority, at,
                reasons);
    }

    public ErasureRequest refused(String by, String authority, Instant at, String reasons) {
        return new ErasureRequest(id, caseRef, requestedBy, requestedAs, reason, requestedAt, Status.REFUSED, by, authority, at,
                reasons);
    }
}
