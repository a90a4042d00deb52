package org.judicialchain.ruling.document;

/** What the portal found when it checked an evidence item's anchor just before issuing. */
public enum AnchorStatusAtIssue {
    /** Proof folds to a root that the registry contract holds. */
    VERIFIED,
    /** Accepted but its batch is not on chain yet. */
    PENDING,
    /** The check failed: the proof or the on-chain root did not agree. */
    FAILED
}
