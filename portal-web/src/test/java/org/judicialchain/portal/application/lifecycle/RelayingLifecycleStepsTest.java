package org.judicialchain.portal.application.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.AnchorLeaf;
import org.judicialchain.evidence.domain.model.lifecycle.LifecycleStep;
import org.judicialchain.evidence.domain.service.LifecycleLedger;
import org.judicialchain.portal.domain.chain.LifecycleAccess;
import org.judicialchain.portal.domain.lifecycle.LifecycleSteps;
import org.junit.jupiter.api.Test;

/**
 * Who signs what the relay sends: the portal's own steps go out from the operator account, an institution's from its
 * hosted key (its account bound to its role first); an institution that keeps its own key is never signed for: its
 * step waits with the call for it to sign. The chain parts are fakes here; TrustAccountsIT and ChainGateIT run the
 * same paths on anvil with the SoftHSM2 token.
 */
class RelayingLifecycleStepsTest {

    private static final Bytes32 CASE = Bytes32.of(new byte[] {
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});
    private static final Bytes32 REASON = AnchorLeaf.institutionTag("a receipt");

    private final FakeLedger operator = new FakeLedger("0xoperator");
    private final FakeLedger bankA = new FakeLedger("0xbank-a");
    private final List<LifecycleSteps.Claimed> queue = new ArrayList<>();
    private final Map<Long, String> outcome = new HashMap<>();

    @Test
    void thePortalsStepsGoOutFromTheOperatorAndACreditorsFromItsOwnHostedKey() {
        queue.add(new LifecycleSteps.Claimed(1, "C-1", LifecycleStep.transition(CASE, CaseState.REMINDED, REASON)));
        queue.add(new LifecycleSteps.Claimed(2, "C-2", LifecycleStep.transition(CASE, CaseState.SETTLED, REASON,
                new LifecycleStep.Signer("bank-a", LifecycleLedger.Role.LENDER))));

        assertThat(relay().relayWave()).isEqualTo(2);

        assertThat(operator.sent).extracting(LifecycleStep::to).containsExactly(CaseState.REMINDED);
        assertThat(bankA.sent).extracting(LifecycleStep::to).containsExactly(CaseState.SETTLED);
        assertThat(operator.bound).containsExactly("0xbank-a as LENDER of " + AnchorLeaf.institutionTag("bank-a").hex());
        assertThat(outcome).containsEntry(1L, "DONE").containsEntry(2L, "DONE");
    }

    @Test
    void anInstitutionThatKeepsItsOwnKeyIsNeverSignedForItsStepWaitsWithTheCallToSign() {
        queue.add(new LifecycleSteps.Claimed(3, "C-3", LifecycleStep.transition(CASE, CaseState.SETTLED, REASON,
                new LifecycleStep.Signer("bank-self", LifecycleLedger.Role.LENDER))));

        relay().relayWave();

        assertThat(operator.sent).isEmpty();
        assertThat(bankA.sent).isEmpty();
        assertThat(outcome).containsEntry(3L, "AWAITING call-of-SETTLED");
        assertThat(operator.bound).as("its own account is bound to its role all the same")
                .containsExactly("0xself as LENDER of " + AnchorLeaf.institutionTag("bank-self").hex());
    }

    @Test
    void aStepOfAnInstitutionWithoutAnAccountIsRefusedSayingSo() {
        queue.add(new LifecycleSteps.Claimed(4, "C-4", LifecycleStep.transition(CASE, CaseState.JUDICIAL, REASON,
                new LifecycleStep.Signer("court-nowhere", LifecycleLedger.Role.COURT))));

        relay().relayWave();

        assertThat(outcome).containsEntry(4L, "REFUSED court-nowhere has no chain account");
        assertThat(operator.sent).isEmpty();
    }

    // ------------------------------------------------------------------ fakes

    private RelayingLifecycleSteps relay() {
        RelayingLifecycleSteps relay = new RelayingLifecycleSteps();
        relay.gateway = new LifecycleAccess() {
            @Override
            public LifecycleLedger lifecycle() {
                return operator;
            }

            @Override
            public Optional<LifecycleLedger> connected() {
                return Optional.of(operator);
            }

            @Override
            public Optional<InstitutionAccount> accountOf(String institution, boolean create) {
                return switch (institution) {
                    case "bank-a" -> Optional.of(new InstitutionAccount(institution, "0xbank-a", true));
                    case "bank-self" -> Optional.of(new InstitutionAccount(institution, "0xself", false));
                    default -> Optional.empty();
                };
            }

            @Override
            public Optional<LifecycleLedger> signedBy(String institution) {
                return institution.equals("bank-a") ? Optional.of(bankA) : Optional.empty();
            }
        };
        relay.steps = new FakeSteps();
        return relay;
    }

    private final class FakeSteps implements LifecycleSteps {
        @Override
        public List<Claimed> claim(int max) {
            List<Claimed> wave = List.copyOf(queue);
            queue.clear();
            return wave;
        }

        @Override
        public void done(long id, String txHash, long block, Instant now) {
            outcome.put(id, "DONE");
        }

        @Override
        public void refused(long id, String reason, Instant now) {
            outcome.put(id, "REFUSED " + reason);
        }

        @Override
        public void awaitingSignature(long id, String callData) {
            outcome.put(id, "AWAITING " + callData);
        }

        @Override
        public long enqueue(String caseRef, LifecycleStep step, String requestedBy, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long enqueueTransfer(String caseRef, LifecycleStep step, TransferRequest request, String requestedBy,
                                    Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void enqueueOpenings(List<String> caseRefs, List<String> creditors, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long pending() {
            return queue.size();
        }

        @Override
        public long refusedCount() {
            return 0;
        }

        @Override
        public List<StepView> ofCase(String caseRef) {
            return List.of();
        }

        @Override
        public Optional<SentStep> sentIn(String txHash) {
            return Optional.empty();
        }

        @Override
        public void applied(String txHash, Instant now) {
        }

        @Override
        public void markApplied(long id, Instant now) {
        }

        @Override
        public boolean transitionPending(String caseRef) {
            return false;
        }

        @Override
        public List<StepView> byIds(List<Long> ids) {
            return List.of();
        }

        @Override
        public Optional<SentStep> signedElsewhere(String caseRef, String toState, String txHash, long block, Instant now) {
            return Optional.empty();
        }
    }

    /** A contract that accepts every step and records what it was sent and which accounts it was asked to bind. */
    private static final class FakeLedger implements LifecycleLedger {
        final String account;
        final List<LifecycleStep> sent = new ArrayList<>();
        final List<String> bound = new ArrayList<>();

        FakeLedger(String account) {
            this.account = account;
        }

        @Override
        public String operatorAccount() {
            return account;
        }

        @Override
        public String callData(LifecycleStep step) {
            return "call-of-" + step.to();
        }

        @Override
        public String contractAddress() {
            return "0xcontract";
        }

        @Override
        public Optional<String> refusal(LifecycleStep step) {
            return Optional.empty();
        }

        @Override
        public List<Outcome> send(List<LifecycleStep> steps) {
            sent.addAll(steps);
            return steps.stream().map(s -> new Outcome(true, "0xtx", 1, null)).toList();
        }

        @Override
        public Optional<OnChainCase> stateOf(Bytes32 caseId) {
            return Optional.empty();
        }

        @Override
        public void ensureBound(String account, Role role, Bytes32 org) {
            bound.add(account + " as " + role + " of " + org.hex());
        }

        @Override
        public long headBlock() {
            return 1;
        }

        @Override
        public List<CaseEvent> caseEvents(long fromBlock, long toBlock) {
            return List.of();
        }

        @Override
        public List<TitleEvent> titleOf(Bytes32 caseId) {
            return List.of();
        }
    }
}
