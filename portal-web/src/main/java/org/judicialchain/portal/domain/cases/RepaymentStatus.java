package org.judicialchain.portal.domain.cases;

/** Whether a repayment counts: at once when the creditor records it, after the creditor's word when an agency does. */
public enum RepaymentStatus {
    /** Recorded by an authorised agency: counts only once the creditor confirms it. */
    CLAIMED,
    /** Recorded or confirmed by the creditor of record: counts towards the balance. */
    CONFIRMED,
    /** The creditor rejected the agency's claim: never counts. */
    REJECTED
}
