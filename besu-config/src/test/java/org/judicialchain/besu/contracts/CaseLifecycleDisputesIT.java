package org.judicialchain.besu.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigInteger;
import java.util.List;
import org.judicialchain.besu.contracts.generated.CaseLifecycle;
import org.junit.jupiter.api.Test;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.exceptions.TransactionException;
import org.web3j.tuples.generated.Tuple3;
import org.web3j.utils.Numeric;

/**
 * CaseLifecycle's disputes, events and gas on the shared anvil chain ({@link CaseLifecycleFixture}): a resolved
 * dispute resumes the state it interrupted, openCase and its event, free gas for unfunded accounts, and how the
 * generated wrapper reports a reverted transaction.
 */
class CaseLifecycleDisputesIT extends CaseLifecycleFixture {
    // ------------------------------------------------------------------ disputes, events, gas

    @Test
    void aResolvedDisputeResumesTheStateItInterrupted() throws Exception {
        List<byte[]> cases = openCases(1);
        byte[] caseId = cases.get(0);
        wave(List.of(move(operator, S.REMINDED)), cases);
        byte[] filing = random32();
        TransactionReceipt filed = wave(
                List.of(new Step(operator, c -> operator.contract().transition(c, S.DISPUTED.big(), filing))), cases).get(0);
        CaseLifecycle.StateChangedEventResponse fileEvent = CaseLifecycle.getStateChangedEvents(filed).get(0);
        assertThat(fileEvent.from).isEqualTo(S.REMINDED.big());
        assertThat(fileEvent.to).isEqualTo(S.DISPUTED.big());
        assertThat(fileEvent.by).isEqualTo(operator.address());
        assertThat(fileEvent.reasonDigest).isEqualTo(filing);
        assertThat(lender.contract().caseParties(caseId).send().component4()).isEqualTo(S.REMINDED.big());

        // while disputed, collection is paused: no reminder, no escalation, no settlement by the lender
        assertAllRevert(List.of(
                forbidden(operator, caseId, S.DISPUTED, S.ESCALATED),
                forbidden(judge, caseId, S.DISPUTED, S.OVERDUE),
                notAllowed(lender, caseId, S.REMINDED),
                notAllowed(operator, caseId, S.SETTLED)));

        // the court signs its decision itself
        byte[] decision = random32();
        TransactionReceipt resumed = wave(
                List.of(new Step(judge, c -> judge.contract().transition(c, S.REMINDED.big(), decision))), cases).get(0);
        CaseLifecycle.StateChangedEventResponse resumeEvent = CaseLifecycle.getStateChangedEvents(resumed).get(0);
        assertThat(resumeEvent.from).isEqualTo(S.DISPUTED.big());
        assertThat(resumeEvent.to).isEqualTo(S.REMINDED.big());
        assertThat(resumeEvent.by).isEqualTo(judge.address());
        assertThat(resumeEvent.reasonDigest).isEqualTo(decision);
        assertThat(resumed.getFrom()).isEqualTo(judge.address());
        assertThat(CaseLifecycle.getCourtSeizedEvents(resumed).get(0).court).isEqualTo(COURT_ID);
        assertThat(lender.contract().caseParties(caseId).send().component4()).isZero();

        // collection resumes from REMINDED; a second dispute, from ESCALATED, resumes to ESCALATED
        wave(List.of(move(lender, S.ESCALATED)), cases);
        wave(List.of(move(operator, S.DISPUTED)), cases);
        assertThat(lender.contract().caseParties(caseId).send().component4()).isEqualTo(S.ESCALATED.big());
        assertAllRevert(List.of(forbidden(judge, caseId, S.DISPUTED, S.REMINDED)));
        // and only the court that seized the case resolves it
        assertAllRevert(List.of(notAllowed(otherJudge, caseId, S.ESCALATED)));
        TransactionReceipt last = wave(List.of(move(judge, S.ESCALATED)), cases).get(0);
        assertThat(CaseLifecycle.getCourtSeizedEvents(last)).isEmpty();

        Tuple3<BigInteger, BigInteger, BigInteger> st = lender.contract().stateOf(caseId).send();
        assertThat(st.component1()).isEqualTo(S.ESCALATED.big());
        assertThat(st.component2()).isEqualTo(blockTimestamp(last));
        assertThat(st.component3()).isEqualTo(BigInteger.valueOf(6));
    }

    @Test
    void openCaseStartsOverdueAndEmitsCaseOpened() throws Exception {
        byte[] byLender = random32();
        byte[] byPortal = random32();
        List<TransactionReceipt> opened = wave(List.of(
                new Step(lender, c -> lender.contract().openCase(c, INSTITUTION)),
                new Step(operator, c -> operator.contract().openCase(c, OTHER_INSTITUTION))), List.of(byLender, byPortal));

        CaseLifecycle.CaseOpenedEventResponse e1 = CaseLifecycle.getCaseOpenedEvents(opened.get(0)).get(0);
        assertThat(e1.caseId).isEqualTo(byLender);
        assertThat(e1.creditor).isEqualTo(INSTITUTION);
        assertThat(e1.by).isEqualTo(lender.address());
        assertThat(e1.log.getAddress()).isEqualTo(contractAddress);
        CaseLifecycle.CaseOpenedEventResponse e2 = CaseLifecycle.getCaseOpenedEvents(opened.get(1)).get(0);
        assertThat(e2.caseId).isEqualTo(byPortal);
        assertThat(e2.creditor).isEqualTo(OTHER_INSTITUTION);
        assertThat(e2.by).isEqualTo(operator.address());
        // opening is not a transition
        assertThat(CaseLifecycle.getStateChangedEvents(opened.get(0))).isEmpty();

        Tuple3<BigInteger, BigInteger, BigInteger> st = lender.contract().stateOf(byLender).send();
        assertThat(st.component1()).isEqualTo(S.OVERDUE.big());
        assertThat(st.component2()).isEqualTo(blockTimestamp(opened.get(0)));
        assertThat(st.component3()).isZero();
        assertThat(lender.contract().caseParties(byPortal).send().component1()).isEqualTo(OTHER_INSTITUTION);

        // the case opened by the portal for the other institution is that institution's, not this lender's
        assertAllRevert(List.of(notAllowed(lender, byPortal, S.REMINDED)));
        assertThat(wave(List.of(move(otherLender, S.REMINDED)), List.of(byPortal)).get(0).isStatusOK()).isTrue();
    }

    @Test
    void transactionsFromUnfundedAccountsAtZeroGasPriceAreMined() throws Exception {
        for (Party p : List.of(admin, lender, collector, judge, operator)) assertThat(balance(p)).as(p.name()).isZero();
        List<byte[]> cases = openCases(1);
        TransactionReceipt receipt = wave(List.of(move(lender, S.REMINDED)), cases).get(0);
        assertThat(Numeric.decodeQuantity(receipt.getEffectiveGasPrice())).isZero();
        for (Party p : List.of(admin, lender, collector, judge, operator)) assertThat(balance(p)).as(p.name()).isZero();
    }

    /** The generated wrapper's send() reports a reverted transaction as a TransactionException with the receipt. */
    @Test
    void theWrapperReportsAForbiddenTransitionAsATransactionException() throws Exception {
        List<byte[]> cases = openCases(1);
        TransactionException failure = catchThrowableOfType(TransactionException.class,
                () -> judge.contract().transition(cases.get(0), S.CONFIRMED.big(), random32()).send());
        assertThat(failure).isNotNull();
        assertThat(failure.getTransactionReceipt()).isPresent();
        assertThat(failure.getTransactionReceipt().get().getStatus()).isEqualTo("0x0");
        assertThat(state(cases.get(0))).isEqualTo(S.OVERDUE);
    }
}
