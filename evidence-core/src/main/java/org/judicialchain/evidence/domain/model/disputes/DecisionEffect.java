package org.judicialchain.evidence.domain.model.disputes;

import java.math.BigDecimal;
import java.util.Optional;
import org.judicialchain.evidence.domain.model.cases.CaseState;

/**
 * What a decision on an objection does to its case. The rules, in words:
 * <ul>
 * <li>An amount the court sets (adjustedPrincipal) replaces the principal, whatever the outcome.</li>
 * <li>Nothing left owed after the decision, or an upheld ALREADY_REPAID: the case is SETTLED.</li>
 * <li>An upheld ILLEGAL_COLLECTION or NOT_MY_DEBT: collection stays stopped (the pause has no end) and a
 *     disputed or escalated case goes to JUDICIAL, the court's own proceedings.</li>
 * <li>Otherwise a disputed case resumes where it was; any other case keeps its state.</li>
 * </ul>
 *
 * @param newState     the state to move to, if the case moves
 * @param pauseEnds    whether the pause that filing started (if any) ends with the decision
 * @param newPrincipal the principal the court set, if it set one
 */
public record DecisionEffect(Optional<CaseState> newState, boolean pauseEnds, Optional<BigDecimal> newPrincipal) {

    /**
     * @param current        the case's state now
     * @param beforeDispute  where a DISPUTED case came from
     * @param outstanding    what is owed after the adjusted principal (if any) is applied
     */
    public static DecisionEffect of(ObjectionType type, DecisionOutcome outcome, CaseState current, CaseState beforeDispute,
                                    Optional<BigDecimal> adjustedPrincipal, BigDecimal outstanding) {
        boolean upheld = outcome != DecisionOutcome.DISMISSED;
        boolean stopsCollection = outcome == DecisionOutcome.UPHELD
                && (type == ObjectionType.ILLEGAL_COLLECTION || type == ObjectionType.NOT_MY_DEBT);
        if (current.settled()) {
            return new DecisionEffect(Optional.empty(), true, adjustedPrincipal);
        }
        if ((upheld && type == ObjectionType.ALREADY_REPAID) || outstanding.signum() <= 0) {
            return new DecisionEffect(Optional.of(CaseState.SETTLED), true, adjustedPrincipal);
        }
        if (stopsCollection) {
            boolean toCourt = current == CaseState.DISPUTED || current == CaseState.ESCALATED;
            return new DecisionEffect(toCourt ? Optional.of(CaseState.JUDICIAL) : Optional.empty(), false, adjustedPrincipal);
        }
        if (current == CaseState.DISPUTED) {
            return new DecisionEffect(Optional.of(beforeDispute), true, adjustedPrincipal);
        }
        return new DecisionEffect(Optional.empty(), true, adjustedPrincipal);
    }
}
