package org.judicialchain.evidence.domain.model.lifecycle;

import org.judicialchain.evidence.domain.model.cases.CaseState;

/**
 * The allowed set of the CaseLifecycle contract, mirrored in Java so the portal refuses a forbidden step
 * at once with a clear 409 instead of learning it from a reverted transaction later. The contract stays
 * the authority: what it refuses anyway is recorded as a rejected chain step.
 */
public final class LifecycleRules {

    private LifecycleRules() {
    }

    /**
     * @param beforeDispute the state a DISPUTED case came from (null otherwise): a resolved dispute
     *                      resumes exactly there
     */
    public static boolean allowed(CaseState from, CaseState beforeDispute, CaseState to) {
        return switch (to) {
            case OVERDUE -> from == CaseState.DISPUTED && beforeDispute == CaseState.OVERDUE;
            case REMINDED -> from == CaseState.OVERDUE
                    || (from == CaseState.DISPUTED && beforeDispute == CaseState.REMINDED);
            case ESCALATED -> from == CaseState.OVERDUE || from == CaseState.REMINDED
                    || (from == CaseState.DISPUTED && beforeDispute == CaseState.ESCALATED);
            case DISPUTED -> collecting(from);
            case JUDICIAL -> from == CaseState.ESCALATED || from == CaseState.DISPUTED;
            case SETTLED -> collecting(from) || from == CaseState.JUDICIAL || from == CaseState.DISPUTED;
            case CONFIRMED -> from == CaseState.SETTLED;
        };
    }

    /** The states in which a lender or its agency is still collecting. */
    public static boolean collecting(CaseState state) {
        return state == CaseState.OVERDUE || state == CaseState.REMINDED || state == CaseState.ESCALATED;
    }

    /** The contract's uint8 for a state (NONE is 0). */
    public static int onChain(CaseState state) {
        return state.ordinal() + 1;
    }

    /** The state for the contract's uint8; null for NONE (a case the chain does not know). */
    public static CaseState fromChain(int value) {
        return value == 0 ? null : CaseState.values()[value - 1];
    }
}
