package org.judicialchain.portal.domain.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.lifecycle.EscalationPolicy;
import org.judicialchain.evidence.domain.model.lifecycle.LifecycleRules;
import org.judicialchain.portal.domain.shared.InvalidInputException;

/**
 * A loan case and its state machine: the lifecycle contract's allowed moves (a DISPUTED case resumes only
 * where it was), the debtor's claim with the notice's code, a transfer of the debt to a new creditor,
 * the escalation policy's steps and the court's acceptance. Each change checks that it may happen and
 * returns what happened; the stored form is {@link #snapshot()}, saved through {@link LoanCases#save}.
 */
public final class LoanCase {

    /**
     * After this many wrong access codes, from any accounts, the case refuses claims until the lender issues a new
     * code: a backstop, since each account has only a few tries per case (ClaimingCases).
     */
    public static final int MAX_FAILED_CLAIMS = 50;

    private CaseRow row;

    private LoanCase(CaseRow row) {
        this.row = row;
    }

    public static LoanCase of(CaseRow stored) {
        return new LoanCase(stored);
    }

    public CaseRow snapshot() {
        return row;
    }

    public String caseRef() {
        return row.caseRef();
    }

    public CaseState state() {
        return row.state();
    }

    public boolean allows(CaseState to) {
        return LifecycleRules.allowed(row.state(), row.beforeDispute(), to);
    }

    /**
     * Checks a state change before it is asked of the lifecycle contract, which decides: the case changes only when
     * the chain accepts it ({@link #followChain}).
     *
     * @throws CaseConflictException when the contract does not allow the move from the current state
     */
    public void requireMove(CaseState to) {
        if (!allows(to)) {
            throw new CaseConflictException("case " + row.caseRef() + " is " + row.state() + " and cannot move to " + to
                    + (row.state() == CaseState.DISPUTED ? " (a disputed case resumes only where it was: "
                    + row.beforeDispute() + ")" : ""));
        }
    }

    /**
     * The lifecycle contract accepted a change from {@code from} to {@code to}: the case follows it, whatever it
     * showed before (the chain is the record; a case that had drifted is brought back to it).
     *
     * @return the change, or empty when the case is in that state already
     */
    public Optional<LoanCaseEvent.StateChanged> followChain(CaseState from, CaseState to, String actor, Instant at) {
        if (row.state() == to && (to != CaseState.DISPUTED || row.beforeDispute() == from)) {
            return Optional.empty();
        }
        CaseState before = row.state();
        row = copy(row.creditor(), row.principal(), row.ruleProfile(), to, at, row.debtorPartyId(), row.accessCodeHash(),
                row.failedClaims(), to == CaseState.DISPUTED ? from : null);
        return Optional.of(new LoanCaseEvent.StateChanged(row, before, actor, at));
    }

    /** @throws CaseConflictException once the case is settled: {@code what} says what cannot be done then */
    public void requireOwing(String what) {
        if (row.state().settled()) {
            throw new CaseConflictException("case " + row.caseRef() + " is already " + row.state() + "; " + what);
        }
    }

    /** Whether this debtor may still try a code: claims are not exhausted and nobody else has claimed the case. */
    public boolean claimableBy(String partyId) {
        return row.failedClaims() < MAX_FAILED_CLAIMS && (row.debtorPartyId() == null || row.debtorPartyId().equals(partyId));
    }

    public String accessCodeHash() {
        return row.accessCodeHash();
    }

    /** A wrong code: counted, so that codes cannot be guessed. */
    public void claimFailed() {
        row = copy(row.creditor(), row.principal(), row.ruleProfile(), row.state(), row.stateSince(), row.debtorPartyId(),
                row.accessCodeHash(), row.failedClaims() + 1, row.beforeDispute());
    }

    public LoanCaseEvent.Claimed claim(String partyId, Instant now) {
        if (!claimableBy(partyId)) {
            throw new CaseConflictException("case " + row.caseRef() + " cannot be claimed");
        }
        row = copy(row.creditor(), row.principal(), row.ruleProfile(), row.state(), row.stateSince(), partyId,
                row.accessCodeHash(), 0, row.beforeDispute());
        return new LoanCaseEvent.Claimed(row, partyId, now);
    }

    /**
     * The creditor undoes a claim made by mistake (the wrong person had the notice): the case is nobody's again,
     * until someone claims it with a new code.
     *
     * @throws CaseConflictException when no debtor has claimed the case
     */
    public LoanCaseEvent.ClaimUndone undoClaim(String by, Instant now) {
        if (row.debtorPartyId() == null) {
            throw new CaseConflictException("case " + row.caseRef() + " is not claimed by any debtor");
        }
        String party = row.debtorPartyId();
        row = copy(row.creditor(), row.principal(), row.ruleProfile(), row.state(), row.stateSince(), null, null, 0,
                row.beforeDispute());
        return new LoanCaseEvent.ClaimUndone(row, party, by, now);
    }

    /** A new code for the collection notice (stored hashed): earlier codes stop working, the wrong-code count restarts. */
    public void newAccessCode(String hash) {
        row = copy(row.creditor(), row.principal(), row.ruleProfile(), row.state(), row.stateSince(), row.debtorPartyId(),
                hash, 0, row.beforeDispute());
    }

    /**
     * The creditor of record assigns the debt: the new creditor acts on the case from now on.
     *
     * @throws CaseConflictException when the case is settled (there is no debt to assign)
     * @throws InvalidInputException when the new creditor is the creditor of record already
     */
    public LoanCaseEvent.DebtTransferred transferTo(String toCreditor, Bytes32 agreementSha256, String by, Instant now) {
        requireTransferable(toCreditor);
        return followTransfer(toCreditor, agreementSha256, by, now);
    }

    /**
     * Checks an assignment before it is asked of the lifecycle contract, which decides.
     *
     * @throws CaseConflictException when the case is settled (there is no debt to assign)
     * @throws InvalidInputException when the new creditor is the creditor of record already
     */
    public void requireTransferable(String toCreditor) {
        requireOwing("there is no debt to assign");
        if (row.creditor().equals(toCreditor)) {
            throw new InvalidInputException("toCreditor is already the creditor of record of case " + row.caseRef());
        }
    }

    /** The contract accepted an assignment to {@code toCreditor}: the case follows it. */
    public LoanCaseEvent.DebtTransferred followTransfer(String toCreditor, Bytes32 agreementSha256, String by, Instant at) {
        String from = row.creditor();
        row = copy(toCreditor, row.principal(), row.ruleProfile(), row.state(), row.stateSince(), row.debtorPartyId(),
                row.accessCodeHash(), row.failedClaims(), row.beforeDispute());
        return new LoanCaseEvent.DebtTransferred(row, from, agreementSha256, by, at);
    }

    /** A court decision that sets the amount owed (an upheld or partly upheld amount dispute). */
    public void adjustPrincipal(BigDecimal principal) {
        row = copy(row.creditor(), principal, row.ruleProfile(), row.state(), row.stateSince(), row.debtorPartyId(),
                row.accessCodeHash(), row.failedClaims(), row.beforeDispute());
    }

    public LoanCaseEvent.RulesChanged changeRuleProfile(String profile, String actor, Instant now) {
        row = copy(row.creditor(), row.principal(), profile, row.state(), row.stateSince(), row.debtorPartyId(),
                row.accessCodeHash(), row.failedClaims(), row.beforeDispute());
        return new LoanCaseEvent.RulesChanged(row, actor, now);
    }

    /** One step of the escalation policy taken at {@code days} overdue, under the policy version with this digest. */
    public LoanCaseEvent.EscalationStepTaken escalationStep(EscalationPolicy.Step step, long days, Bytes32 policyDigest,
                                                            String actor, Instant now) {
        return new LoanCaseEvent.EscalationStepTaken(row, step, days, policyDigest, actor, now);
    }

    /** The court has opened proceedings on the case (the chain accepted JUDICIAL on its authority). */
    public LoanCaseEvent.ReferralAccepted referralAccepted(String judge, Instant now) {
        if (row.state() != CaseState.JUDICIAL) {
            throw new IllegalStateException("case " + row.caseRef() + " is " + row.state() + ", not before the court");
        }
        return new LoanCaseEvent.ReferralAccepted(row, judge, now);
    }

    private CaseRow copy(String creditor, BigDecimal principal, String ruleProfile, CaseState state, Instant stateSince,
                         String debtorPartyId, String accessCodeHash, int failedClaims, CaseState beforeDispute) {
        return new CaseRow(row.caseRef(), creditor, row.court(), principal, row.currency(), row.dueDate(), ruleProfile,
                row.debtorZone(), state, stateSince, row.openedAt(), row.debtorSealed(), row.wrappedDataKey(), debtorPartyId,
                accessCodeHash, failedClaims, row.caseSalt(), beforeDispute);
    }
}
