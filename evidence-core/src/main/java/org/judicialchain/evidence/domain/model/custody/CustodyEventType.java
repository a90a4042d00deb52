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
    CASE_CLAIMED(103);

    private final int code;

    CustodyEventType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
