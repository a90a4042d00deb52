package org.judicialchain.evidence.domain.model.custody;

/**
 * What happened in a case. Codes go into anchored leaves (uint16, 100 and up so they never collide
 * with evidence kinds): fixed forever, add new ones with new codes.
 */
public enum CustodyEventType {
    EVIDENCE_SUBMITTED(100),
    EVIDENCE_VIEWED(101),
    /** The case moved to another state (subject id: the new state). */
    CASE_STATE_CHANGED(102),
    /** A debtor claimed the case with the code from the notice (actor: the debtor's party id). */
    CASE_CLAIMED(103),
    /** An agency logged a collection action (subject: the action's own digest). */
    COLLECTION_RECORDED(104),
    /** The compliance rules found a violation (subject: the finding's digest). */
    FINDING_RECORDED(105);

    private final int code;

    CustodyEventType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
