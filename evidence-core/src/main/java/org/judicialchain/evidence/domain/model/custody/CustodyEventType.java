package org.judicialchain.evidence.domain.model.custody;

/**
 * What happened in a case. Codes go into anchored leaves (uint16, 100 and up so they never collide
 * with evidence kinds): fixed forever, add new ones with new codes.
 */
public enum CustodyEventType {
    EVIDENCE_SUBMITTED(100),
    EVIDENCE_VIEWED(101);

    private final int code;

    CustodyEventType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
