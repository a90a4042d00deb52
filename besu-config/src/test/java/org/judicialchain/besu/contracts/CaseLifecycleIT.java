package org.judicialchain.besu.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import org.judicialchain.besu.contracts.generated.CaseLifecycle;
import org.judicialchain.besu.localchain.LocalChain;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.web3j.abi.CustomErrorEncoder;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.CustomError;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Keys;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.RemoteFunctionCall;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthCall;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.exceptions.TransactionException;
import org.web3j.protocol.http.HttpService;
import org.web3j.tuples.generated.Tuple3;
import org.web3j.tuples.generated.Tuple4;
import org.web3j.tx.FastRawTransactionManager;
import org.web3j.tx.gas.StaticGasProvider;
import org.web3j.tx.response.PollingTransactionReceiptProcessor;
import org.web3j.utils.Numeric;

/**
 * CaseLifecycle against a real anvil chain, the way the portal uses it: zero gas price, freshly generated
 * and unfunded keys, raw signed transactions with the chain id.
 *
 * <p>With one block a second, a transaction per block would make this test slow, so independent cases
 * advance together in "waves": every account's transactions of a wave are signed with consecutive nonces
 * (web3j's {@link FastRawTransactionManager} counts them locally), all sent, and then all receipts awaited.
 *
 * <p>Reverts are checked twice, like EvidenceRegistryIT: eth_call (same sender, same data, current state)
 * must return exactly the expected custom error with its arguments, and the mined transaction must fail
 * with status 0x0.
 */
class CaseLifecycleIT {

    private static final long CHAIN_ID = 31_337_002L;
    private static final BigInteger DEPLOY_GAS_LIMIT = BigInteger.valueOf(3_000_000);
    private static final BigInteger CALL_GAS_LIMIT = BigInteger.valueOf(500_000);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The contract's states, in ABI order (uint8). */
    enum S {
        NONE, OVERDUE, REMINDED, ESCALATED, DISPUTED, JUDICIAL, SETTLED, CONFIRMED;

        BigInteger big() {
            return BigInteger.valueOf(ordinal());
        }
    }

    /** The contract's roles, in ABI order (uint8). */
    private static final BigInteger LENDER = BigInteger.ONE;
    private static final BigInteger COLLECTOR = BigInteger.TWO;
    private static final BigInteger COURT = BigInteger.valueOf(3);
    private static final BigInteger PORTAL = BigInteger.valueOf(4);

    /** The allowed set (from, to), as specified; every other pair must be refused. */
    private static final Set<List<S>> ALLOWED = Set.of(
            List.of(S.OVERDUE, S.REMINDED), List.of(S.REMINDED, S.ESCALATED), List.of(S.OVERDUE, S.ESCALATED),
            List.of(S.OVERDUE, S.DISPUTED), List.of(S.REMINDED, S.DISPUTED), List.of(S.ESCALATED, S.DISPUTED),
            List.of(S.DISPUTED, S.OVERDUE), List.of(S.DISPUTED, S.REMINDED), List.of(S.DISPUTED, S.ESCALATED),
            List.of(S.ESCALATED, S.JUDICIAL), List.of(S.DISPUTED, S.JUDICIAL),
            List.of(S.OVERDUE, S.SETTLED), List.of(S.REMINDED, S.SETTLED), List.of(S.ESCALATED, S.SETTLED),
            List.of(S.JUDICIAL, S.SETTLED), List.of(S.DISPUTED, S.SETTLED), List.of(S.SETTLED, S.CONFIRMED));

    private static final byte[] INSTITUTION = bytes32("bank-of-example-001");
    private static final byte[] OTHER_INSTITUTION = bytes32("bank-of-example-002");
    private static final byte[] AGENCY = bytes32("agency-north-01");
    private static final byte[] OTHER_AGENCY = bytes32("agency-south-02");
    private static final byte[] COURT_ID = bytes32("court-first-instance-01");
    private static final byte[] OTHER_COURT_ID = bytes32("court-first-instance-02");
    private static final byte[] PORTAL_ID = bytes32("judicial-portal");

    /** An account, its nonce-counting transaction manager and the contract as seen by it. */
    record Party(String name, Credentials credentials, FastRawTransactionManager tm, CaseLifecycle contract) {
        String address() {
            return credentials.getAddress();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** One transaction of a wave: who signs what, given the case it works on; whether it is a state transition. */
    record Step(Party by, Function<byte[], RemoteFunctionCall<TransactionReceipt>> call, boolean transition) {
        Step(Party by, Function<byte[], RemoteFunctionCall<TransactionReceipt>> call) {
            this(by, call, false);
        }
    }

    private static LocalChain chain;
    private static ScheduledExecutorService scheduler;
    private static Web3j web3j;
    private static PollingTransactionReceiptProcessor receipts;
    private static String contractAddress;
    private static Party admin;
    private static Party lender;
    private static Party otherLender;
    private static Party collector;
    private static Party otherCollector;
    private static Party judge;
    private static Party otherJudge;
    private static Party operator;
    private static Party outsider;

    @BeforeAll
    static void startChainAndDeploy() throws Exception {
        int port = freePort();
        chain = LocalChain.start(new LocalChain.Options(LocalChain.locateAnvil(), "127.0.0.1", port, CHAIN_ID,
                null, Path.of("target", "anvil-it", "case-lifecycle-" + port)));
        scheduler = Executors.newSingleThreadScheduledExecutor();
        web3j = Web3j.build(new HttpService(chain.rpcUrl()), 100, scheduler);
        // poll receipts every 100 ms (web3j's default is 15 s) for up to 30 s
        receipts = new PollingTransactionReceiptProcessor(web3j, 100, 300);

        Credentials adminKey = newKey();
        FastRawTransactionManager adminTm = transactionManager(adminKey);
        CaseLifecycle deployed = CaseLifecycle.deploy(web3j, adminTm,
                new StaticGasProvider(BigInteger.ZERO, DEPLOY_GAS_LIMIT)).send();
        assertThat(deployed.getTransactionReceipt()).get().extracting(TransactionReceipt::getStatus).isEqualTo("0x1");
        contractAddress = deployed.getContractAddress();
        admin = party("admin", adminKey, adminTm);

        lender = party("lender");
        otherLender = party("otherLender");
        collector = party("collector");
        otherCollector = party("otherCollector");
        judge = party("judge");
        otherJudge = party("otherJudge");
        operator = party("operator");
        outsider = party("outsider");
        wave(List.of(
                bind(lender, LENDER, INSTITUTION), bind(otherLender, LENDER, OTHER_INSTITUTION),
                bind(collector, COLLECTOR, AGENCY), bind(otherCollector, COLLECTOR, OTHER_AGENCY),
                bind(judge, COURT, COURT_ID), bind(otherJudge, COURT, OTHER_COURT_ID),
                bind(operator, PORTAL, PORTAL_ID)), null);
    }

    @AfterAll
    static void stopChain() {
        if (web3j != null) web3j.shutdown();
        if (scheduler != null) scheduler.shutdownNow();
        if (chain != null) chain.close();
    }

    // ------------------------------------------------------------------ the allowed set, mined

    /**
     * One row of the table: reach {@code from} with {@code setup}, then {@code by} moves the case to {@code to},
     * signing itself, or (viaOperator) through the portal operator's transitionFor naming {@code by} as actor.
     */
    record Row(S from, S to, String who, List<Step> setup, Party by, boolean viaOperator) {}

    @Test
    void everyAllowedTransitionIsMadeByItsRolesAndRecordedWithItsReason() throws Exception {
        List<Row> rows = List.of(
                row(S.OVERDUE, S.REMINDED, "lender", List.of(), lender),
                row(S.OVERDUE, S.REMINDED, "collector of the authorised agency",
                        List.of(new Step(lender, c -> lender.contract().setAgency(c, AGENCY, random32()))), collector),
                row(S.OVERDUE, S.REMINDED, "portal (scheduler)", List.of(), operator),
                row(S.OVERDUE, S.ESCALATED, "lender", List.of(), lender),
                row(S.REMINDED, S.ESCALATED, "portal (scheduler)", List.of(move(lender, S.REMINDED)), operator),
                row(S.OVERDUE, S.DISPUTED, "portal (debtor's filing)", List.of(), operator),
                row(S.REMINDED, S.DISPUTED, "portal (debtor's filing)", List.of(move(lender, S.REMINDED)), operator),
                row(S.ESCALATED, S.DISPUTED, "portal (debtor's filing)", List.of(move(lender, S.ESCALATED)), operator),
                row(S.DISPUTED, S.OVERDUE, "court, resuming OVERDUE", List.of(move(operator, S.DISPUTED)), judge),
                row(S.DISPUTED, S.REMINDED, "court, resuming REMINDED",
                        List.of(move(lender, S.REMINDED), move(operator, S.DISPUTED)), judge),
                rowFor(S.DISPUTED, S.ESCALATED, "portal for the court, resuming ESCALATED",
                        List.of(move(lender, S.ESCALATED), move(operator, S.DISPUTED)), judge),
                row(S.ESCALATED, S.JUDICIAL, "court", List.of(move(lender, S.ESCALATED)), judge),
                row(S.DISPUTED, S.JUDICIAL, "court", List.of(move(operator, S.DISPUTED)), judge),
                row(S.OVERDUE, S.SETTLED, "lender", List.of(), lender),
                row(S.REMINDED, S.SETTLED, "portal (balance reached zero)", List.of(move(lender, S.REMINDED)), operator),
                rowFor(S.ESCALATED, S.SETTLED, "portal for the lender", List.of(move(lender, S.ESCALATED)), lender),
                row(S.JUDICIAL, S.SETTLED, "lender",
                        List.of(move(lender, S.ESCALATED), move(judge, S.JUDICIAL)), lender),
                row(S.JUDICIAL, S.SETTLED, "court",
                        List.of(move(lender, S.ESCALATED), move(judge, S.JUDICIAL)), judge),
                row(S.DISPUTED, S.SETTLED, "court", List.of(move(operator, S.DISPUTED)), judge),
                row(S.SETTLED, S.CONFIRMED, "court", List.of(move(lender, S.SETTLED)), judge),
                rowFor(S.SETTLED, S.CONFIRMED, "portal for the court", List.of(move(operator, S.SETTLED)), judge));

        Set<List<S>> covered = new LinkedHashSet<>();
        rows.forEach(r -> covered.add(List.of(r.from(), r.to())));
        assertThat(covered).as("the table covers the whole allowed set").containsExactlyInAnyOrderElementsOf(ALLOWED);

        List<byte[]> cases = openCases(rows.size());
        int setupWaves = rows.stream().mapToInt(r -> r.setup().size()).max().orElse(0);
        for (int w = 0; w < setupWaves; w++) {
            List<Step> steps = new ArrayList<>();
            List<byte[]> on = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (w < rows.get(i).setup().size()) {
                    steps.add(rows.get(i).setup().get(w));
                    on.add(cases.get(i));
                }
            }
            wave(steps, on);
        }
        for (int i = 0; i < rows.size(); i++) {
            assertThat(state(cases.get(i))).as("setup of %s", rows.get(i)).isEqualTo(rows.get(i).from());
        }

        // the reason digest of each last step is chosen here so that the event can be checked against it
        List<byte[]> reasons = new ArrayList<>();
        List<Step> last = new ArrayList<>();
        for (Row r : rows) {
            byte[] reason = random32();
            reasons.add(reason);
            last.add(r.viaOperator()
                    ? new Step(operator, c -> operator.contract().transitionFor(c, r.to().big(), reason, r.by().address()))
                    : new Step(r.by(), c -> r.by().contract().transition(c, r.to().big(), reason)));
        }
        List<TransactionReceipt> mined = wave(last, cases);

        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            String what = r.from() + " -> " + r.to() + " by " + r.who();
            TransactionReceipt receipt = mined.get(i);
            List<CaseLifecycle.StateChangedEventResponse> events = CaseLifecycle.getStateChangedEvents(receipt);
            assertThat(events).as(what).hasSize(1);
            CaseLifecycle.StateChangedEventResponse event = events.get(0);
            assertThat(event.caseId).as(what).isEqualTo(cases.get(i));
            assertThat(event.from).as(what).isEqualTo(r.from().big());
            assertThat(event.to).as(what).isEqualTo(r.to().big());
            assertThat(event.by).as(what).isEqualTo(r.by().address());
            assertThat(event.reasonDigest).as(what).isEqualTo(reasons.get(i));
            assertThat(event.log.getAddress()).as(what).isEqualTo(contractAddress);

            List<CaseLifecycle.RecordedByOperatorEventResponse> onBehalf = CaseLifecycle.getRecordedByOperatorEvents(receipt);
            if (!r.viaOperator()) {
                assertThat(onBehalf).as(what).isEmpty();
            } else {
                assertThat(onBehalf).as(what).hasSize(1);
                assertThat(onBehalf.get(0).caseId).as(what).isEqualTo(cases.get(i));
                assertThat(onBehalf.get(0).actor).as(what).isEqualTo(r.by().address());
                assertThat(onBehalf.get(0).operator).as(what).isEqualTo(operator.address());
            }

            Tuple3<BigInteger, BigInteger, BigInteger> st = lender.contract().stateOf(cases.get(i)).send();
            assertThat(st.component1()).as(what).isEqualTo(r.to().big());
            assertThat(st.component2()).as(what + ": since").isEqualTo(blockTimestamp(receipt));
            // setup steps that are transitions (setAgency is not), plus this one
            long transitions = r.setup().stream().filter(Step::transition).count() + 1;
            assertThat(st.component3()).as(what + ": transition count").isEqualTo(BigInteger.valueOf(transitions));
        }
    }

    /**
     * The allowed set as the contract reports it (isTransitionAllowed), for cases in every state and every
     * target 0..8: exactly the specified pairs, and a dispute resumes only to the state it interrupted.
     */
    @Test
    void theContractAllowsExactlyTheSpecifiedPairs() throws Exception {
        List<byte[]> cases = openCases(9);
        // 0 OVERDUE, 1 REMINDED, 2 ESCALATED, 3 JUDICIAL, 4 SETTLED, 5 CONFIRMED,
        // 6 DISPUTED from OVERDUE, 7 DISPUTED from REMINDED, 8 DISPUTED from ESCALATED
        wave(List.of(move(lender, S.REMINDED), move(lender, S.ESCALATED), move(lender, S.ESCALATED),
                move(lender, S.SETTLED), move(lender, S.SETTLED), move(operator, S.DISPUTED),
                move(lender, S.REMINDED), move(lender, S.ESCALATED)), cases.subList(1, 9));
        wave(List.of(move(judge, S.JUDICIAL), move(judge, S.CONFIRMED), move(operator, S.DISPUTED),
                move(operator, S.DISPUTED)), List.of(cases.get(3), cases.get(5), cases.get(7), cases.get(8)));

        S[] expectedState = {S.OVERDUE, S.REMINDED, S.ESCALATED, S.JUDICIAL, S.SETTLED, S.CONFIRMED,
                S.DISPUTED, S.DISPUTED, S.DISPUTED};
        S[] interrupted = {null, null, null, null, null, null, S.OVERDUE, S.REMINDED, S.ESCALATED};
        int allowedSeen = 0;
        for (int i = 0; i < cases.size(); i++) {
            S from = expectedState[i];
            assertThat(state(cases.get(i))).isEqualTo(from);
            assertThat(lender.contract().caseParties(cases.get(i)).send().component4())
                    .isEqualTo(interrupted[i] == null ? BigInteger.ZERO : interrupted[i].big());
            for (int to = 0; to <= 8; to++) {
                boolean expected = to < S.values().length && ALLOWED.contains(List.of(from, S.values()[to]))
                        && !(from == S.DISPUTED && to <= S.ESCALATED.ordinal() && to != interrupted[i].ordinal());
                assertThat(lender.contract().isTransitionAllowed(cases.get(i), BigInteger.valueOf(to)).send())
                        .as("%s%s -> %d", from, interrupted[i] == null ? "" : " (from " + interrupted[i] + ")", to)
                        .isEqualTo(expected);
                if (expected) allowedSeen++;
            }
        }
        // OVERDUE 4, REMINDED 3, ESCALATED 3, JUDICIAL 1, SETTLED 1, CONFIRMED 0, and each DISPUTED case 3
        // (its own resume, JUDICIAL, SETTLED): the 17 pairs, with the three resumes split by origin
        assertThat(allowedSeen).isEqualTo(4 + 3 + 3 + 1 + 1 + 0 + 3 * 3);
        assertThat(lender.contract().isTransitionAllowed(random32(), S.REMINDED.big()).send())
                .as("unknown case").isFalse();
    }

    // ------------------------------------------------------------------ forbidden transitions

    @Test
    void forbiddenTransitionsRevertWithForbiddenTransitionNamingFromAndTo() throws Exception {
        List<byte[]> cases = openCases(8);
        byte[] overdue = cases.get(0), reminded = cases.get(1), escalated = cases.get(2), disputed = cases.get(3);
        byte[] judicial = cases.get(4), settled = cases.get(5), confirmed = cases.get(6), disputedFromOverdue = cases.get(7);
        wave(List.of(move(lender, S.REMINDED), move(lender, S.ESCALATED), move(lender, S.REMINDED),
                move(lender, S.ESCALATED), move(lender, S.SETTLED), move(lender, S.SETTLED), move(operator, S.DISPUTED)),
                List.of(reminded, escalated, disputed, judicial, settled, confirmed, disputedFromOverdue));
        wave(List.of(move(operator, S.DISPUTED), move(judge, S.JUDICIAL), move(judge, S.CONFIRMED)),
                List.of(disputed, judicial, confirmed));

        // each attempt is made by an account that holds the role for the target: the transition itself is refused
        List<Revert> attempts = List.of(
                forbidden(judge, overdue, S.OVERDUE, S.JUDICIAL),        // no judicial stage without escalation
                forbidden(judge, overdue, S.OVERDUE, S.CONFIRMED),       // nothing to confirm before settlement
                forbidden(operator, overdue, S.OVERDUE, S.OVERDUE),      // no self-transition
                forbidden(operator, reminded, S.REMINDED, S.OVERDUE),    // no way back without a dispute
                forbidden(operator, escalated, S.ESCALATED, S.REMINDED), // no de-escalation
                forbidden(judge, disputed, S.DISPUTED, S.ESCALATED),     // a dispute resumes where it interrupted (REMINDED)...
                forbidden(judge, disputed, S.DISPUTED, S.OVERDUE),       // ...not earlier...
                forbidden(judge, disputedFromOverdue, S.DISPUTED, S.REMINDED), // ...and not later
                forbidden(operator, judicial, S.JUDICIAL, S.DISPUTED),   // disputes before the court are not filed here
                forbidden(judge, judicial, S.JUDICIAL, S.CONFIRMED),     // confirm only a settlement
                forbidden(operator, settled, S.SETTLED, S.REMINDED),     // no collection after settlement
                forbidden(operator, settled, S.SETTLED, S.DISPUTED),
                forbidden(judge, settled, S.SETTLED, S.JUDICIAL),
                forbidden(judge, confirmed, S.CONFIRMED, S.SETTLED),     // CONFIRMED is final
                forbidden(operator, confirmed, S.CONFIRMED, S.OVERDUE),
                forbiddenRaw(operator, overdue, S.OVERDUE, 0),           // NONE is not a target
                forbiddenRaw(operator, overdue, S.OVERDUE, 8),           // out of range
                // through the operator, on behalf of a court account, the same rules apply
                new Revert(operator, overdue, c -> operator.contract().transitionFor(c, S.CONFIRMED.big(), random32(),
                        judge.address()), CaseLifecycle.FORBIDDENTRANSITION_ERROR,
                        new Bytes32(overdue), new Uint8(S.OVERDUE.ordinal()), new Uint8(S.CONFIRMED.ordinal())));
        assertAllRevert(attempts);

        // nothing moved
        S[] expected = {S.OVERDUE, S.REMINDED, S.ESCALATED, S.DISPUTED, S.JUDICIAL, S.SETTLED, S.CONFIRMED, S.DISPUTED};
        for (int i = 0; i < cases.size(); i++) assertThat(state(cases.get(i))).isEqualTo(expected[i]);
        assertThat(lender.contract().stateOf(overdue).send().component3()).isZero();
        assertThat(lender.contract().stateOf(confirmed).send().component3()).isEqualTo(BigInteger.TWO);
    }

    @Test
    void unknownCasesDuplicatesAndZeroValuesAreRejected() throws Exception {
        byte[] unknown = random32();
        List<byte[]> cases = openCases(1);
        byte[] open = cases.get(0);
        assertAllRevert(List.of(
                new Revert(judge, unknown, c -> judge.contract().transition(c, S.JUDICIAL.big(), random32()),
                        CaseLifecycle.UNKNOWNCASE_ERROR, new Bytes32(unknown)),
                new Revert(lender, open, c -> lender.contract().openCase(c, INSTITUTION),
                        CaseLifecycle.CASEALREADYOPEN_ERROR, new Bytes32(open)),
                new Revert(operator, open, c -> operator.contract().openCase(c, OTHER_INSTITUTION),
                        CaseLifecycle.CASEALREADYOPEN_ERROR, new Bytes32(open)),
                new Revert(lender, open, c -> lender.contract().openCase(new byte[32], INSTITUTION),
                        CaseLifecycle.ZEROVALUE_ERROR),
                new Revert(operator, open, c -> operator.contract().openCase(random32(), new byte[32]),
                        CaseLifecycle.ZEROVALUE_ERROR),
                // every transition carries a reason digest
                new Revert(lender, open, c -> lender.contract().transition(c, S.REMINDED.big(), new byte[32]),
                        CaseLifecycle.ZEROVALUE_ERROR),
                new Revert(lender, open, c -> lender.contract().setAgency(c, AGENCY, new byte[32]),
                        CaseLifecycle.ZEROVALUE_ERROR),
                new Revert(lender, unknown, c -> lender.contract().setAgency(c, AGENCY, random32()),
                        CaseLifecycle.UNKNOWNCASE_ERROR, new Bytes32(unknown))));

        Tuple3<BigInteger, BigInteger, BigInteger> none = lender.contract().stateOf(unknown).send();
        assertThat(none.component1()).isZero();
        assertThat(none.component2()).isZero();
        assertThat(none.component3()).isZero();
        Tuple4<byte[], byte[], byte[], BigInteger> parties = lender.contract().caseParties(open).send();
        assertThat(parties.component1()).isEqualTo(INSTITUTION);
        assertThat(parties.component2()).isEqualTo(new byte[32]);
        assertThat(parties.component3()).isEqualTo(new byte[32]);
    }

    // ------------------------------------------------------------------ roles

    @Test
    void onlyTheRightRolesMayMakeEachTransition() throws Exception {
        Party unbound = party("revokedLender");
        List<byte[]> cases = openCases(6);
        byte[] overdue = cases.get(0), settled = cases.get(1), disputed = cases.get(2), escalated = cases.get(3);
        byte[] judicial = cases.get(4), withAgency = cases.get(5);
        wave(List.of(move(lender, S.SETTLED), move(operator, S.DISPUTED), move(lender, S.ESCALATED),
                move(lender, S.ESCALATED), new Step(lender, c -> lender.contract().setAgency(c, AGENCY, random32())),
                bind(unbound, LENDER, INSTITUTION)),
                Arrays.asList(settled, disputed, escalated, judicial, withAgency, null));
        // a court account seizes the case for its court
        List<TransactionReceipt> seized = wave(List.of(move(judge, S.JUDICIAL), revoke(unbound)),
                Arrays.asList(judicial, null));
        List<CaseLifecycle.CourtSeizedEventResponse> seizure = CaseLifecycle.getCourtSeizedEvents(seized.get(0));
        assertThat(seizure).hasSize(1);
        assertThat(seizure.get(0).caseId).isEqualTo(judicial);
        assertThat(seizure.get(0).court).isEqualTo(COURT_ID);
        assertThat(seizure.get(0).by).isEqualTo(judge.address());
        assertThat(lender.contract().caseParties(judicial).send().component3()).isEqualTo(COURT_ID);
        assertThat(lender.contract().caseParties(withAgency).send().component2()).isEqualTo(AGENCY);

        assertAllRevert(List.of(
                notAllowed(lender, settled, S.CONFIRMED),            // a lender cannot confirm
                notAllowed(operator, settled, S.CONFIRMED),          // nor can the portal in its own right
                notAllowed(collector, withAgency, S.SETTLED),        // a collector cannot settle...
                notAllowed(collector, withAgency, S.ESCALATED),      // ...or escalate, only remind
                notAllowed(otherCollector, withAgency, S.REMINDED),  // an agency not authorised on the case
                notAllowed(collector, overdue, S.REMINDED),          // no agency authorised at all
                notAllowed(otherLender, overdue, S.REMINDED),        // another institution's case
                notAllowed(otherLender, overdue, S.SETTLED),
                notAllowed(lender, overdue, S.DISPUTED),             // disputes are the debtor's, via the portal
                notAllowed(lender, disputed, S.OVERDUE),             // resolving a dispute is the court's
                notAllowed(operator, disputed, S.OVERDUE),
                notAllowed(lender, disputed, S.SETTLED),
                notAllowed(operator, escalated, S.JUDICIAL),         // only a court accepts a case
                notAllowed(lender, escalated, S.JUDICIAL),
                notAllowed(judge, overdue, S.REMINDED),              // courts do not collect
                notAllowed(judge, overdue, S.SETTLED),
                notAllowed(otherJudge, judicial, S.SETTLED),         // the case belongs to the seizing court
                notAllowed(outsider, overdue, S.REMINDED),           // unbound account
                notAllowed(admin, overdue, S.REMINDED),              // a court admin is not a party
                notAllowed(unbound, overdue, S.REMINDED),            // binding revoked
                // through the operator, the actor's own rights are checked
                notAllowedFor(lender, settled, S.CONFIRMED),
                notAllowedFor(collector, withAgency, S.SETTLED),
                notAllowedFor(otherLender, overdue, S.REMINDED),
                notAllowedFor(operator, overdue, S.REMINDED),         // the operator does not act "for" itself
                notAllowedFor(outsider, overdue, S.REMINDED),
                new Revert(lender, overdue, c -> lender.contract().transitionFor(c, S.REMINDED.big(), random32(),
                        lender.address()), CaseLifecycle.NOTOPERATOR_ERROR, new Address(lender.address())),
                new Revert(operator, overdue, c -> operator.contract().transitionFor(c, S.REMINDED.big(), random32(),
                        zeroAddress()), CaseLifecycle.ZEROVALUE_ERROR),
                // opening cases and authorising agencies
                new Revert(lender, overdue, c -> lender.contract().openCase(random32(), OTHER_INSTITUTION),
                        CaseLifecycle.NOTALLOWED_ERROR, new Address(lender.address()), new Uint8(S.OVERDUE.ordinal())),
                new Revert(collector, overdue, c -> collector.contract().openCase(random32(), AGENCY),
                        CaseLifecycle.NOTALLOWED_ERROR, new Address(collector.address()), new Uint8(S.OVERDUE.ordinal())),
                new Revert(judge, overdue, c -> judge.contract().openCase(random32(), INSTITUTION),
                        CaseLifecycle.NOTALLOWED_ERROR, new Address(judge.address()), new Uint8(S.OVERDUE.ordinal())),
                new Revert(otherLender, overdue, c -> otherLender.contract().setAgency(c, OTHER_AGENCY, random32()),
                        CaseLifecycle.NOTCREDITOR_ERROR, new Address(otherLender.address()), new Bytes32(overdue)),
                new Revert(collector, overdue, c -> collector.contract().setAgency(c, AGENCY, random32()),
                        CaseLifecycle.NOTCREDITOR_ERROR, new Address(collector.address()), new Bytes32(overdue))));

        assertThat(state(overdue)).isEqualTo(S.OVERDUE);
        assertThat(state(settled)).isEqualTo(S.SETTLED);
        assertThat(state(disputed)).isEqualTo(S.DISPUTED);
        assertThat(state(escalated)).isEqualTo(S.ESCALATED);
        assertThat(state(judicial)).isEqualTo(S.JUDICIAL);
        assertThat(state(withAgency)).isEqualTo(S.OVERDUE);
        assertThat(lender.contract().caseParties(overdue).send().component2()).isEqualTo(new byte[32]);

        // and the right roles can: the seizing court settles, the authorised agency reminds
        List<TransactionReceipt> ok = wave(List.of(move(judge, S.SETTLED), move(collector, S.REMINDED)),
                List.of(judicial, withAgency));
        assertThat(CaseLifecycle.getStateChangedEvents(ok.get(0)).get(0).by).isEqualTo(judge.address());
        assertThat(CaseLifecycle.getStateChangedEvents(ok.get(1)).get(0).by).isEqualTo(collector.address());
        assertThat(state(judicial)).isEqualTo(S.SETTLED);
        assertThat(state(withAgency)).isEqualTo(S.REMINDED);
    }

    @Test
    void revokingAnAgencyStopsItsCollectorFromThatMomentOn() throws Exception {
        List<byte[]> cases = openCases(1);
        byte[] caseId = cases.get(0);
        byte[] authorisation = random32();
        byte[] revocation = random32();
        List<TransactionReceipt> set = wave(
                List.of(new Step(operator, c -> operator.contract().setAgency(c, AGENCY, authorisation))), cases);
        List<CaseLifecycle.AgencyChangedEventResponse> events = CaseLifecycle.getAgencyChangedEvents(set.get(0));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).caseId).isEqualTo(caseId);
        assertThat(events.get(0).agency).isEqualTo(AGENCY);
        assertThat(events.get(0).by).isEqualTo(operator.address());
        assertThat(events.get(0).reasonDigest).isEqualTo(authorisation);

        List<TransactionReceipt> revoked = wave(
                List.of(new Step(lender, c -> lender.contract().setAgency(c, new byte[32], revocation))), cases);
        assertThat(CaseLifecycle.getAgencyChangedEvents(revoked.get(0)).get(0).agency).isEqualTo(new byte[32]);
        assertThat(CaseLifecycle.getAgencyChangedEvents(revoked.get(0)).get(0).reasonDigest).isEqualTo(revocation);
        assertAllRevert(List.of(notAllowed(collector, caseId, S.REMINDED)));
        assertThat(state(caseId)).isEqualTo(S.OVERDUE);
    }

    @Test
    void courtAdminsBindAndRevokeRolesAndNobodyElseCan() throws Exception {
        Party candidate = party("candidate");
        assertThat(admin.contract().isCourtAdmin(admin.address()).send()).isTrue();
        assertThat(admin.contract().isCourtAdmin(operator.address()).send()).isFalse();
        assertThat(admin.contract().roleOf(judge.address()).send().component1()).isEqualTo(COURT);
        assertThat(admin.contract().roleOf(judge.address()).send().component2()).isEqualTo(COURT_ID);
        assertThat(admin.contract().roleOf(operator.address()).send().component1()).isEqualTo(PORTAL);
        assertThat(admin.contract().roleOf(admin.address()).send().component1()).isZero();

        assertAllRevert(List.of(
                new Revert(operator, null, c -> operator.contract().bindRole(candidate.address(), LENDER, INSTITUTION),
                        CaseLifecycle.NOTCOURTADMIN_ERROR, new Address(operator.address())),
                new Revert(judge, null, c -> judge.contract().bindRole(candidate.address(), COURT, COURT_ID),
                        CaseLifecycle.NOTCOURTADMIN_ERROR, new Address(judge.address())),
                new Revert(outsider, null, c -> outsider.contract().revokeRole(lender.address()),
                        CaseLifecycle.NOTCOURTADMIN_ERROR, new Address(outsider.address())),
                new Revert(outsider, null, c -> outsider.contract().setCourtAdmin(outsider.address(), true),
                        CaseLifecycle.NOTCOURTADMIN_ERROR, new Address(outsider.address())),
                new Revert(admin, null, c -> admin.contract().bindRole(candidate.address(), BigInteger.ZERO, INSTITUTION),
                        CaseLifecycle.INVALIDROLE_ERROR, new Uint8(0)),
                new Revert(admin, null, c -> admin.contract().bindRole(candidate.address(), BigInteger.valueOf(5), INSTITUTION),
                        CaseLifecycle.INVALIDROLE_ERROR, new Uint8(5)),
                new Revert(admin, null, c -> admin.contract().bindRole(candidate.address(), LENDER, new byte[32]),
                        CaseLifecycle.ZEROVALUE_ERROR),
                new Revert(admin, null, c -> admin.contract().bindRole(zeroAddress(), LENDER, INSTITUTION),
                        CaseLifecycle.ZEROVALUE_ERROR)));
        assertThat(admin.contract().roleOf(candidate.address()).send().component1()).isZero();
        assertThat(admin.contract().roleOf(lender.address()).send().component1()).isEqualTo(LENDER);

        TransactionReceipt bound = wave(List.of(bind(candidate, COLLECTOR, OTHER_AGENCY)), null).get(0);
        List<CaseLifecycle.RoleBoundEventResponse> boundEvents = CaseLifecycle.getRoleBoundEvents(bound);
        assertThat(boundEvents).hasSize(1);
        assertThat(boundEvents.get(0).account).isEqualTo(candidate.address());
        assertThat(boundEvents.get(0).role).isEqualTo(COLLECTOR);
        assertThat(boundEvents.get(0).org).isEqualTo(OTHER_AGENCY);
        assertThat(boundEvents.get(0).by).isEqualTo(admin.address());
        assertThat(admin.contract().roleOf(candidate.address()).send().component2()).isEqualTo(OTHER_AGENCY);

        // rebinding replaces the role
        wave(List.of(bind(candidate, LENDER, OTHER_INSTITUTION)), null);
        assertThat(admin.contract().roleOf(candidate.address()).send().component1()).isEqualTo(LENDER);
        assertThat(admin.contract().roleOf(candidate.address()).send().component2()).isEqualTo(OTHER_INSTITUTION);

        TransactionReceipt revoked = wave(List.of(revoke(candidate)), null).get(0);
        List<CaseLifecycle.RoleRevokedEventResponse> revokedEvents = CaseLifecycle.getRoleRevokedEvents(revoked);
        assertThat(revokedEvents).hasSize(1);
        assertThat(revokedEvents.get(0).account).isEqualTo(candidate.address());
        assertThat(revokedEvents.get(0).by).isEqualTo(admin.address());
        assertThat(admin.contract().roleOf(candidate.address()).send().component1()).isZero();
        assertThat(admin.contract().roleOf(candidate.address()).send().component2()).isEqualTo(new byte[32]);
        // revoking an unbound account changes nothing and logs nothing
        assertThat(CaseLifecycle.getRoleRevokedEvents(wave(List.of(revoke(candidate)), null).get(0))).isEmpty();
    }

    @Test
    void theLastCourtAdminCannotBeRemoved() throws Exception {
        Credentials firstKey = newKey();
        FastRawTransactionManager firstTm = transactionManager(firstKey);
        CaseLifecycle fresh = CaseLifecycle.deploy(web3j, firstTm,
                new StaticGasProvider(BigInteger.ZERO, DEPLOY_GAS_LIMIT)).send();
        assertThat(fresh.getTransactionReceipt()).get().extracting(TransactionReceipt::getStatus).isEqualTo("0x1");
        List<CaseLifecycle.CourtAdminChangedEventResponse> deployEvents =
                CaseLifecycle.getCourtAdminChangedEvents(fresh.getTransactionReceipt().get());
        assertThat(deployEvents).hasSize(1);
        assertThat(deployEvents.get(0).account).isEqualTo(firstKey.getAddress());
        assertThat(deployEvents.get(0).isAdmin).isTrue();

        CaseLifecycle asFirst = CaseLifecycle.load(fresh.getContractAddress(), web3j, firstTm, callGas());
        Credentials secondKey = newKey();
        CaseLifecycle asSecond = CaseLifecycle.load(fresh.getContractAddress(), web3j, transactionManager(secondKey), callGas());

        assertRevertsOn(fresh.getContractAddress(), firstKey, asFirst.setCourtAdmin(firstKey.getAddress(), false),
                CaseLifecycle.LASTCOURTADMIN_ERROR);
        assertThat(asFirst.isCourtAdmin(firstKey.getAddress()).send()).isTrue();

        TransactionReceipt granted = asFirst.setCourtAdmin(secondKey.getAddress(), true).send();
        List<CaseLifecycle.CourtAdminChangedEventResponse> events = CaseLifecycle.getCourtAdminChangedEvents(granted);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).account).isEqualTo(secondKey.getAddress());
        assertThat(events.get(0).isAdmin).isTrue();
        assertThat(events.get(0).by).isEqualTo(firstKey.getAddress());

        // with two admins the second may remove the first...
        TransactionReceipt removed = asSecond.setCourtAdmin(firstKey.getAddress(), false).send();
        assertThat(CaseLifecycle.getCourtAdminChangedEvents(removed).get(0).isAdmin).isFalse();
        assertThat(asFirst.isCourtAdmin(firstKey.getAddress()).send()).isFalse();
        // ...who then has no rights left, and the remaining admin cannot remove itself
        assertRevertsOn(fresh.getContractAddress(), firstKey, asFirst.bindRole(firstKey.getAddress(), LENDER, INSTITUTION),
                CaseLifecycle.NOTCOURTADMIN_ERROR, new Address(firstKey.getAddress()));
        assertRevertsOn(fresh.getContractAddress(), secondKey, asSecond.setCourtAdmin(secondKey.getAddress(), false),
                CaseLifecycle.LASTCOURTADMIN_ERROR);
        assertThat(asSecond.isCourtAdmin(secondKey.getAddress()).send()).isTrue();
    }

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

        byte[] decision = random32();
        TransactionReceipt resumed = wave(List.of(new Step(operator, c -> operator.contract().transitionFor(c,
                S.REMINDED.big(), decision, judge.address()))), cases).get(0);
        CaseLifecycle.StateChangedEventResponse resumeEvent = CaseLifecycle.getStateChangedEvents(resumed).get(0);
        assertThat(resumeEvent.from).isEqualTo(S.DISPUTED.big());
        assertThat(resumeEvent.to).isEqualTo(S.REMINDED.big());
        assertThat(resumeEvent.by).isEqualTo(judge.address());
        assertThat(resumeEvent.reasonDigest).isEqualTo(decision);
        assertThat(CaseLifecycle.getRecordedByOperatorEvents(resumed).get(0).operator).isEqualTo(operator.address());
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

    // ------------------------------------------------------------------ table helpers

    private static Row row(S from, S to, String who, List<Step> setup, Party by) {
        return new Row(from, to, who, setup, by, false);
    }

    /** A row made through the operator on behalf of {@code actor}. */
    private static Row rowFor(S from, S to, String who, List<Step> setup, Party actor) {
        return new Row(from, to, who, setup, actor, true);
    }

    private static Step move(Party by, S to) {
        return new Step(by, c -> by.contract().transition(c, to.big(), random32()), true);
    }

    private static Step bind(Party who, BigInteger role, byte[] org) {
        return new Step(admin, c -> admin.contract().bindRole(who.address(), role, org));
    }

    private static Step revoke(Party who) {
        return new Step(admin, c -> admin.contract().revokeRole(who.address()));
    }

    /** Opens {@code count} new cases for INSTITUTION, by the lender, in one wave. */
    private static List<byte[]> openCases(int count) throws Exception {
        List<byte[]> ids = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(random32());
            steps.add(new Step(lender, c -> lender.contract().openCase(c, INSTITUTION)));
        }
        wave(steps, ids);
        for (byte[] id : ids) assertThat(state(id)).isEqualTo(S.OVERDUE);
        return ids;
    }

    private static S state(byte[] caseId) throws Exception {
        return S.values()[lender.contract().stateOf(caseId).send().component1().intValueExact()];
    }

    // ------------------------------------------------------------------ waves

    /**
     * Sends every step (step i works on case i; {@code cases} may be null for steps that ignore it), then
     * waits for all receipts and requires each to be successful.
     */
    private static List<TransactionReceipt> wave(List<Step> steps, List<byte[]> cases) throws Exception {
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            byte[] caseId = cases == null ? null : cases.get(i);
            hashes.add(send(step.by(), step.call().apply(caseId)));
        }
        List<TransactionReceipt> mined = new ArrayList<>();
        for (int i = 0; i < hashes.size(); i++) {
            TransactionReceipt receipt = receipts.waitForTransactionReceipt(hashes.get(i));
            assertThat(receipt.getStatus()).as("step %d of the wave, by %s", i, steps.get(i).by()).isEqualTo("0x1");
            mined.add(receipt);
        }
        return mined;
    }

    private static String send(Party by, RemoteFunctionCall<TransactionReceipt> call) throws IOException {
        EthSendTransaction sent = by.tm().sendTransaction(BigInteger.ZERO, CALL_GAS_LIMIT, contractAddress,
                call.encodeFunctionCall(), BigInteger.ZERO);
        assertThat(sent.hasError()).as("sending as %s: %s", by, sent.getError() == null ? "" : sent.getError().getMessage())
                .isFalse();
        return sent.getTransactionHash();
    }

    // ------------------------------------------------------------------ reverts

    /** A call expected to revert with exactly {@code error(args)}. */
    record Revert(Party by, byte[] caseId, Function<byte[], RemoteFunctionCall<TransactionReceipt>> call,
            CustomError error, Type<?>... args) {}

    private static Revert forbidden(Party by, byte[] caseId, S from, S to) {
        return forbiddenRaw(by, caseId, from, to.ordinal());
    }

    private static Revert forbiddenRaw(Party by, byte[] caseId, S from, int to) {
        return new Revert(by, caseId, c -> by.contract().transition(c, BigInteger.valueOf(to), random32()),
                CaseLifecycle.FORBIDDENTRANSITION_ERROR, new Bytes32(caseId), new Uint8(from.ordinal()), new Uint8(to));
    }

    private static Revert notAllowed(Party by, byte[] caseId, S to) {
        return new Revert(by, caseId, c -> by.contract().transition(c, to.big(), random32()),
                CaseLifecycle.NOTALLOWED_ERROR, new Address(by.address()), new Uint8(to.ordinal()));
    }

    /** The operator tries to record the transition on behalf of {@code actor}: refused naming the actor. */
    private static Revert notAllowedFor(Party actor, byte[] caseId, S to) {
        return new Revert(operator, caseId, c -> operator.contract().transitionFor(c, to.big(), random32(), actor.address()),
                CaseLifecycle.NOTALLOWED_ERROR, new Address(actor.address()), new Uint8(to.ordinal()));
    }

    /**
     * Checks every attempt: eth_call (same sender and data, current state) reverts with exactly the expected
     * error and arguments; then all are sent in one wave and each mined transaction must fail (status 0x0).
     */
    private static void assertAllRevert(List<Revert> attempts) throws Exception {
        List<String> data = new ArrayList<>();
        for (Revert attempt : attempts) {
            String encoded = attempt.call().apply(attempt.caseId()).encodeFunctionCall();
            data.add(encoded);
            assertRevertData(contractAddress, attempt.by().address(), encoded, attempt.error(), attempt.args(),
                    describe(attempt));
        }
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < attempts.size(); i++) {
            EthSendTransaction sent = attempts.get(i).by().tm().sendTransaction(BigInteger.ZERO, CALL_GAS_LIMIT,
                    contractAddress, data.get(i), BigInteger.ZERO);
            assertThat(sent.hasError()).as(describe(attempts.get(i))).isFalse();
            hashes.add(sent.getTransactionHash());
        }
        for (int i = 0; i < hashes.size(); i++) {
            assertThat(receipts.waitForTransactionReceipt(hashes.get(i)).getStatus())
                    .as("mined transaction fails: " + describe(attempts.get(i))).isEqualTo("0x0");
        }
    }

    /** For a contract other than the shared one: eth_call check, then the wrapper's send() must fail with 0x0. */
    private static void assertRevertsOn(String address, Credentials from, RemoteFunctionCall<TransactionReceipt> call,
            CustomError expected, Type<?>... args) throws IOException {
        assertRevertData(address, from.getAddress(), call.encodeFunctionCall(), expected, args, expected.getName());
        TransactionException failure = catchThrowableOfType(TransactionException.class, call::send);
        assertThat(failure).as("mined transaction fails").isNotNull();
        assertThat(failure.getTransactionReceipt()).isPresent();
        assertThat(failure.getTransactionReceipt().get().getStatus()).isEqualTo("0x0");
    }

    private static void assertRevertData(String address, String from, String data, CustomError expected, Type<?>[] args,
            String description) throws IOException {
        String selector = CustomErrorEncoder.encode(expected).substring(0, 10);
        @SuppressWarnings({"rawtypes", "unchecked"})
        List<Type> params = (List) List.of(args);
        String expectedData = selector + FunctionEncoder.encodeConstructor(params);
        EthCall simulated = web3j.ethCall(Transaction.createEthCallTransaction(from, address, data),
                DefaultBlockParameterName.LATEST).send();
        assertThat(simulated.isReverted()).as("eth_call reverts: " + description).isTrue();
        assertThat(simulated.getError()).as("revert carries error data: " + description).isNotNull();
        // web3j keeps the raw JSON of the error's data field, quotes included
        assertThat(simulated.getError().getData().replace("\"", "")).as(description).isEqualTo(expectedData);
    }

    private static String describe(Revert attempt) {
        List<String> args = new ArrayList<>();
        for (Type<?> arg : attempt.args()) {
            Object value = arg.getValue();
            args.add(value instanceof byte[] bytes ? Numeric.toHexString(bytes, 0, 4, true) + "..." : String.valueOf(value));
        }
        return attempt.error().getName() + "(" + String.join(", ", args) + ") expected, signed by " + attempt.by();
    }

    // ------------------------------------------------------------------ accounts and chain

    private static Party party(String name) throws Exception {
        Credentials key = newKey();
        return party(name, key, transactionManager(key));
    }

    private static Party party(String name, Credentials key, FastRawTransactionManager tm) {
        return new Party(name, key, tm, CaseLifecycle.load(contractAddress, web3j, tm, callGas()));
    }

    private static FastRawTransactionManager transactionManager(Credentials credentials) {
        // counts nonces locally, so one account can have several transactions in the same block
        return new FastRawTransactionManager(web3j, credentials, CHAIN_ID, receipts);
    }

    private static StaticGasProvider callGas() {
        return new StaticGasProvider(BigInteger.ZERO, CALL_GAS_LIMIT);
    }

    private static Credentials newKey() throws Exception {
        return Credentials.create(Keys.createEcKeyPair());
    }

    private static BigInteger balance(Party who) throws IOException {
        return web3j.ethGetBalance(who.address(), DefaultBlockParameterName.LATEST).send().getBalance();
    }

    private static BigInteger blockTimestamp(TransactionReceipt receipt) throws IOException {
        return web3j.ethGetBlockByNumber(DefaultBlockParameter.valueOf(receipt.getBlockNumber()), false)
                .send().getBlock().getTimestamp();
    }

    private static byte[] random32() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static byte[] bytes32(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[32];
        System.arraycopy(utf8, 0, bytes, 0, Math.min(32, utf8.length));
        return bytes;
    }

    private static String zeroAddress() {
        return "0x0000000000000000000000000000000000000000";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
