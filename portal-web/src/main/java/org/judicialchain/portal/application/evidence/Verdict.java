package org.judicialchain.portal.application.evidence;

/** The answer to "is this what was anchored?". */
public enum Verdict {
    /** Found, anchored, and every check (leaf, proof, on-chain root, contract) passes. */
    VERIFIED,
    /** Found and durable, but its batch is not on chain yet. */
    PENDING,
    /** Found, but a check fails: the record or receipt does not match what the chain holds. */
    MISMATCH,
    /** Nothing matches: not submitted here, and not anchored on the registry directly. */
    NOT_FOUND
}
