package org.judicialchain.identity.access;

/**
 * What a caller wants to do. Each action says what it applies to: nothing in particular
 * ({@link Target#NONE}), a case, or an item of a case that belongs to one party (a collection
 * record belongs to the agency that made it, an internal note to the party that wrote it).
 */
public enum Action {
    /** Verify a file, digest, receipt or signed PDF against the chain; reveals no personal data. */
    VERIFY_PUBLIC(Target.NONE, true, false),
    /** List cases; the list holds only the cases {@link AccessPolicy#canSeeCase} lets through. */
    LIST_CASES(Target.NONE, true, false),
    READ_AUDIT(Target.NONE, true, false),
    VIEW_INSTITUTIONS(Target.NONE, true, false),
    MANAGE_INSTITUTIONS(Target.NONE, false, false),
    VIEW_CHAIN_ACCOUNTS(Target.NONE, true, false),
    /** Add or remove chain accounts of the registry allowlist, each bound to an institution. */
    MANAGE_CHAIN_ACCOUNTS(Target.NONE, false, false),

    VIEW_CASE(Target.CASE, true, false),
    VIEW_EVIDENCE(Target.CASE, true, true),
    VIEW_CUSTODY_CHAIN(Target.CASE, true, false),
    VIEW_COLLECTION_RECORD(Target.CASE_ITEM, true, true),
    VIEW_INTERNAL_NOTE(Target.CASE_ITEM, true, true),
    SUBMIT_EVIDENCE(Target.CASE, false, false),
    ADD_COLLECTION_RECORD(Target.CASE, false, false),
    RECORD_REPAYMENT(Target.CASE, false, false),
    /** The creditor of record confirms or rejects a repayment an agency claims to have collected. */
    CONFIRM_REPAYMENT(Target.CASE, false, false),
    FILE_OBJECTION(Target.CASE, false, false),
    DECIDE_OBJECTION(Target.CASE, false, false),
    REQUEST_CONFIRMATION(Target.CASE, false, false),
    GRANT_CONFIRMATION(Target.CASE, false, false),
    /** A debtor links a case to themselves with the access code printed on the collection notice. */
    CLAIM_CASE(Target.CASE, false, false),
    /** The debtor asks that their personal data on the case be erased; a judge or arbitrator orders it. */
    REQUEST_ERASURE(Target.CASE, false, false),
    /** The controller (the creditor of record) or the court approves or refuses an erasure request. */
    DECIDE_ERASURE(Target.CASE, false, false),
    /** Who read the case's personal data and evidence: the debtor of the case, its court, the auditor. */
    VIEW_ACCESS_LOG(Target.CASE, true, false);

    /** What an action is applied to. */
    public enum Target { NONE, CASE, CASE_ITEM }

    private final Target target;
    private final boolean read;
    private final boolean viewsEvidence;

    Action(Target target, boolean read, boolean viewsEvidence) {
        this.target = target;
        this.read = read;
        this.viewsEvidence = viewsEvidence;
    }

    public Target target() {
        return target;
    }

    /** True when the action needs the facts of a case (case actions and case-item actions). */
    public boolean onCase() {
        return target != Target.NONE;
    }

    /** True when the action needs the owner of the item it reads. */
    public boolean onItem() {
        return target == Target.CASE_ITEM;
    }

    /** Reads change nothing; the auditor may do all of them and nothing else. */
    public boolean isRead() {
        return read;
    }

    /** Every view of evidence is appended to the case's custody log, whoever looks. */
    public boolean viewsEvidence() {
        return viewsEvidence;
    }
}
