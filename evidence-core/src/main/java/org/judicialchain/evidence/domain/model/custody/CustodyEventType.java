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
    FINDING_RECORDED(105),
    /** The escalation policy took a step on the case (subject: the step; digest: the policy version's digest). */
    ESCALATION_STEP(106),
    /** The debt was assigned to a new creditor (subject: the new creditor). */
    DEBT_TRANSFERRED(107),
    /** A debtor filed an objection (subject: its reference). */
    OBJECTION_FILED(108),
    /** A lender or agency answered an objection (subject: the objection's reference). */
    OBJECTION_ANSWERED(109),
    /** A judge or arbitrator took up or decided an objection (subject: the objection's reference). */
    OBJECTION_DECIDED(110),
    /** A lender requested judicial confirmation, or the court granted or refused it (subject: its id). */
    CONFIRMATION_EVENT(111),
    /** The rule profile of the case changed and its history was checked again (subject: the new profile). */
    RULES_REEVALUATED(112),
    /**
     * A repayment was recorded (subject: the repayment's id; digest: its {@link
     * org.judicialchain.evidence.domain.model.cases.RepaymentCommitment}, so the amount, currency and date are fixed
     * on chain). Recorded by the creditor it counts at once; recorded by an agency it is a claim.
     */
    REPAYMENT_RECORDED(113),
    /** The creditor confirmed or rejected an agency's repayment claim (subject: the repayment's id). */
    REPAYMENT_DECIDED(114),
    /** The creditor undid a debtor's claim of the case made by mistake (subject: the party id that had claimed it). */
    CLAIM_UNDONE(115),
    /**
     * The debtor's personal data on the case was erased: its data key destroyed, on the debtor's request approved by the
     * controller or the court, or by order of the court (subject: the erasure request's id). Digests stay verifiable.
     */
    PERSONAL_DATA_ERASED(116);

    private final int code;

    CustodyEventType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
