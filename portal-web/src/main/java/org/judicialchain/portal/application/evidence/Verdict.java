package org.judicialchain.portal.application.evidence;

/** The answer to "is this what was anchored, and by whom?". */
public enum Verdict {
    /**
     * Found, anchored, every check (leaf, proof, on-chain root, contract, batch size) passes, and the anchoring
     * account speaks for the leaf: this portal's account for a leaf the portal issued, or an account the registry
     * binds to the very institution the leaf names.
     */
    VERIFIED,
    /** Found and durable, but its batch is not on chain yet. */
    PENDING,
    /** Found, but a check fails: the record or receipt does not match what the chain holds. */
    MISMATCH,
    /**
     * On chain and internally consistent, but anchored by an account that does not speak for it: bound to another
     * institution than the leaf names, or (a digest anchored directly) to no institution this portal knows.
     */
    ANCHORED_BY_UNBOUND_ACCOUNT,
    /** Nothing matches: not submitted here, and not anchored on the registry directly. */
    NOT_FOUND
}
