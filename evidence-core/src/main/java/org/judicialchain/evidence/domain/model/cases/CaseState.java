package org.judicialchain.evidence.domain.model.cases;

/** Where a case stands; the same states are held on chain by the CaseLifecycle contract. */
public enum CaseState {
    OVERDUE,
    REMINDED,
    ESCALATED,
    DISPUTED,
    JUDICIAL,
    SETTLED,
    CONFIRMED;

    /** Collection is over once the debt is settled: further collection is a violation. */
    public boolean settled() {
        return this == SETTLED || this == CONFIRMED;
    }
}
