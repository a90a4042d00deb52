package org.judicialchain.portal.domain.cases;

import java.time.Instant;

/** Wrong access codes, per debtor account and case reference. Callers hold the transaction. */
public interface ClaimAttempts {

    /** Serialises one account's claims until the transaction ends, so its counts are read and written as one step. */
    void lockCaller(String partyId);

    void recordFailure(String caseRef, String partyId, Instant at);

    /** A new access code for the case: the wrong codes typed against the old one no longer count. */
    void forget(String caseRef);

    /** This account's wrong codes for this reference since its current code was issued. */
    int failures(String caseRef, String partyId);

    /** This account's wrong codes for any reference since {@code since}. */
    int failuresSince(String partyId, Instant since);
}
