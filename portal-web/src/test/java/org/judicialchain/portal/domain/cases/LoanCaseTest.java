package org.judicialchain.portal.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.evidence.domain.model.custody.CustodyEventType;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.digest.StreamingDigester;
import org.judicialchain.evidence.domain.model.lifecycle.EscalationPolicy;
import org.judicialchain.portal.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class LoanCaseTest {

    private static final Instant OPENED = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-09T10:00:00Z");

    private static LoanCase inState(CaseState state, CaseState beforeDispute) {
        return LoanCase.of(new CaseRow("LOAN-1", "bank-a", "court-1", new BigDecimal("1000.00"), "CNY",
                LocalDate.parse("2026-02-01"), "CN_STANDARD", "Asia/Shanghai", state, OPENED, OPENED, new byte[0], new byte[0],
                null, "hash-of-code", 0, Bytes32.ZERO, beforeDispute));
    }

    @Test
    void aMoveTheChainAcceptedChangesTheStateAndIsLoggedAsAStateChangeByItsActor() {
        LoanCase c = inState(CaseState.OVERDUE, null);
        c.requireMove(CaseState.REMINDED);
        assertThat(c.state()).as("asking changes nothing: the chain decides").isEqualTo(CaseState.OVERDUE);
        LoanCaseEvent.StateChanged changed = c.followChain(CaseState.OVERDUE, CaseState.REMINDED, "escalation-policy", LATER)
                .orElseThrow();
        assertThat(c.state()).isEqualTo(CaseState.REMINDED);
        assertThat(changed.from()).isEqualTo(CaseState.OVERDUE);
        assertThat(changed.loanCase().stateSince()).isEqualTo(LATER);
        assertThat(changed.custodyType()).isEqualTo(CustodyEventType.CASE_STATE_CHANGED);
        assertThat(changed.digest()).isEqualTo(StreamingDigester.sha256("state:REMINDED"));
        assertThat(changed.subjectId()).isEqualTo("REMINDED");
        assertThat(changed.actor()).isEqualTo("escalation-policy");
        assertThat(changed.caseRef()).isEqualTo("LOAN-1");
    }

    @Test
    void aSettledCaseCannotBePutBackIntoCollection() {
        LoanCase c = inState(CaseState.SETTLED, null);
        assertThat(c.allows(CaseState.ESCALATED)).isFalse();
        assertThatThrownBy(() -> c.requireMove(CaseState.ESCALATED))
                .isInstanceOf(CaseConflictException.class).hasMessage("case LOAN-1 is SETTLED and cannot move to ESCALATED");
        assertThat(c.state()).isEqualTo(CaseState.SETTLED);
        assertThatThrownBy(() -> c.requireOwing("nothing is owed"))
                .isInstanceOf(CaseConflictException.class).hasMessage("case LOAN-1 is already SETTLED; nothing is owed");
    }

    @Test
    void aDisputeRemembersWhereCollectionStoodAndResumesOnlyThere() {
        LoanCase c = inState(CaseState.REMINDED, null);
        c.followChain(CaseState.REMINDED, CaseState.DISPUTED, "debtor-1", LATER);
        assertThat(c.snapshot().beforeDispute()).isEqualTo(CaseState.REMINDED);
        assertThatThrownBy(() -> c.requireMove(CaseState.OVERDUE))
                .isInstanceOf(CaseConflictException.class).hasMessageContaining("resumes only where it was: REMINDED");
        c.followChain(CaseState.DISPUTED, CaseState.REMINDED, "judge1", LATER);
        assertThat(c.snapshot().beforeDispute()).isNull();
    }

    @Test
    void theCaseFollowsTheChainEvenWhereItHadDriftedAndAnEventSeenTwiceChangesNothing() {
        LoanCase c = inState(CaseState.ESCALATED, null);
        LoanCaseEvent.StateChanged changed = c.followChain(CaseState.OVERDUE, CaseState.SETTLED, "chain account 0xab", LATER)
                .orElseThrow();
        assertThat(changed.from()).as("what the case showed").isEqualTo(CaseState.ESCALATED);
        assertThat(c.state()).isEqualTo(CaseState.SETTLED);
        assertThat(c.followChain(CaseState.OVERDUE, CaseState.SETTLED, "chain account 0xab", LATER)).isEmpty();
    }

    @Test
    void wrongCodesAreCountedUntilClaimsAreRefusedAndAClaimResetsTheCount() {
        LoanCase c = inState(CaseState.OVERDUE, null);
        for (int i = 0; i < LoanCase.MAX_FAILED_CLAIMS - 1; i++) {
            c.claimFailed();
        }
        assertThat(c.claimableBy("debtor-1")).isTrue();
        LoanCaseEvent.Claimed claimed = c.claim("debtor-1", LATER);
        assertThat(claimed.loanCase().failedClaims()).isZero();
        assertThat(claimed.loanCase().debtorPartyId()).isEqualTo("debtor-1");
        assertThat(claimed.custodyType()).isEqualTo(CustodyEventType.CASE_CLAIMED);
        assertThat(claimed.actor()).isEqualTo("debtor-1");
        assertThat(c.claimableBy("debtor-2")).as("claimed by another").isFalse();

        LoanCase other = inState(CaseState.OVERDUE, null);
        for (int i = 0; i < LoanCase.MAX_FAILED_CLAIMS; i++) {
            other.claimFailed();
        }
        assertThat(other.claimableBy("debtor-1")).isFalse();
        assertThatThrownBy(() -> other.claim("debtor-1", LATER)).isInstanceOf(CaseConflictException.class);
        other.newAccessCode("new-hash");
        assertThat(other.claimableBy("debtor-1")).isTrue();
        assertThat(other.accessCodeHash()).isEqualTo("new-hash");
    }

    @Test
    void aTransferChangesTheCreditorAndIsLoggedWithTheAgreement() {
        LoanCase c = inState(CaseState.ESCALATED, null);
        Bytes32 agreement = StreamingDigester.sha256("assignment agreement");
        LoanCaseEvent.DebtTransferred t = c.transferTo("bank-b", agreement, "bank-a", LATER);
        assertThat(t.fromCreditor()).isEqualTo("bank-a");
        assertThat(t.toCreditor()).isEqualTo("bank-b");
        assertThat(c.snapshot().creditor()).isEqualTo("bank-b");
        assertThat(t.custodyType()).isEqualTo(CustodyEventType.DEBT_TRANSFERRED);
        assertThat(t.digest()).isEqualTo(agreement);
        assertThat(t.subjectId()).isEqualTo("bank-b");
        assertThat(t.actor()).isEqualTo("bank-a");

        assertThatThrownBy(() -> c.transferTo("bank-b", agreement, "bank-b", LATER)).isInstanceOf(InvalidInputException.class)
                .hasMessage("toCreditor is already the creditor of record of case LOAN-1");
        assertThatThrownBy(() -> inState(CaseState.CONFIRMED, null).transferTo("bank-b", agreement, "bank-a", LATER))
                .isInstanceOf(CaseConflictException.class).hasMessage("case LOAN-1 is already CONFIRMED; there is no debt to assign");
    }

    @Test
    void anEscalationStepNamesThePolicyAndTheDayAndAReferralIsForTheCourt() {
        LoanCase c = inState(CaseState.ESCALATED, null);
        Bytes32 policy = StreamingDigester.sha256("policy v3");
        var referral = c.escalationStep(new EscalationPolicy.Step(EscalationPolicy.Action.JUDICIAL_REFERRAL, 90), 91, policy,
                "escalation-policy", LATER);
        assertThat(referral.referral()).isTrue();
        assertThat(referral.subjectId()).isEqualTo("JUDICIAL_REFERRAL@D+91");
        assertThat(referral.digest()).isEqualTo(policy);
        assertThat(c.escalationStep(new EscalationPolicy.Step(EscalationPolicy.Action.REMINDER, 1), 3, policy,
                "escalation-policy", LATER).referral()).isFalse();
    }

    @Test
    void onlyACaseBeforeTheCourtCanHaveItsReferralAccepted() {
        LoanCase c = inState(CaseState.ESCALATED, null);
        assertThatThrownBy(() -> c.referralAccepted("judge1", LATER)).isInstanceOf(IllegalStateException.class);
        c.followChain(CaseState.ESCALATED, CaseState.JUDICIAL, "judge1", LATER);
        assertThat(c.referralAccepted("judge1", LATER).loanCase().state()).isEqualTo(CaseState.JUDICIAL);
    }

    @Test
    void aRuleProfileChangeIsLoggedAsAReevaluationUnderTheNewProfile() {
        LoanCase c = inState(CaseState.OVERDUE, null);
        LoanCaseEvent.RulesChanged changed = c.changeRuleProfile("CN_STRICT", "judge1", LATER);
        assertThat(changed.loanCase().ruleProfile()).isEqualTo("CN_STRICT");
        assertThat(changed.custodyType()).isEqualTo(CustodyEventType.RULES_REEVALUATED);
        assertThat(changed.digest()).isEqualTo(StreamingDigester.sha256("profile:CN_STRICT"));
    }

    @Test
    void aMistakenClaimIsUndoneByTheCreditorAndTheCodeStopsWorking() {
        LoanCase c = inState(CaseState.OVERDUE, null);
        assertThatThrownBy(() -> c.undoClaim("bank-a", LATER)).isInstanceOf(CaseConflictException.class)
                .hasMessage("case LOAN-1 is not claimed by any debtor");
        c.claim("debtor-1", LATER);
        LoanCaseEvent.ClaimUndone undone = c.undoClaim("bank-a", LATER);
        assertThat(undone.partyId()).isEqualTo("debtor-1");
        assertThat(undone.loanCase().debtorPartyId()).isNull();
        assertThat(undone.loanCase().accessCodeHash()).as("the code that was used stops working").isNull();
        assertThat(undone.custodyType()).isEqualTo(CustodyEventType.CLAIM_UNDONE);
        assertThat(undone.actor()).isEqualTo("bank-a");
    }
}
