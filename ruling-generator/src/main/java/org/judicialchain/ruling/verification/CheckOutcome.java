package org.judicialchain.ruling.verification;

public enum CheckOutcome {
    PASSED,
    FAILED,
    /** The check has nothing to look at (a manifest with no evidence items). */
    NOT_APPLICABLE
}
