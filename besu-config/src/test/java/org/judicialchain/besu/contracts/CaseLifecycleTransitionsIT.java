package org.judicialchain.besu.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.judicialchain.besu.contracts.generated.CaseLifecycle;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.tuples.generated.Tuple3;
import org.web3j.tuples.generated.Tuple4;

/**
 * CaseLifecycle's transition table on the shared anvil chain ({@link CaseLifecycleFixture}): every allowed pair made
 * by each role that may make it, signed by that role's own account and recorded with its reason, the allowed set as
 * the contract reports it, and forbidden transitions, unknown cases, duplicates and zero values refused with exactly
 * the expected custom error.
 */
class CaseLifecycleTransitionsIT extends CaseLifecycleFixture {

    /** The allowed set (from, to), as specified; every other pair must be refused. */
    private static final Set<List<S>> ALLOWED = Set.of(
            List.of(S.OVERDUE, S.REMINDED), List.of(S.REMINDED, S.ESCALATED), List.of(S.OVERDUE, S.ESCALATED),
            List.of(S.OVERDUE, S.DISPUTED), List.of(S.REMINDED, S.DISPUTED), List.of(S.ESCALATED, S.DISPUTED),
            List.of(S.DISPUTED, S.OVERDUE), List.of(S.DISPUTED, S.REMINDED), List.of(S.DISPUTED, S.ESCALATED),
            List.of(S.ESCALATED, S.JUDICIAL), List.of(S.DISPUTED, S.JUDICIAL),
            List.of(S.OVERDUE, S.SETTLED), List.of(S.REMINDED, S.SETTLED), List.of(S.ESCALATED, S.SETTLED),
            List.of(S.JUDICIAL, S.SETTLED), List.of(S.DISPUTED, S.SETTLED), List.of(S.SETTLED, S.CONFIRMED));

    // ------------------------------------------------------------------ the allowed set, mined

    /** One row of the table: reach {@code from} with {@code setup}, then {@code by} moves the case to {@code to}. */
    record Row(S from, S to, String who, List<Step> setup, Party by) {}

    @Test
    void everyAllowedTransitionIsMadeByItsRolesAndRecordedWithItsReason() throws Exception {
        // every (pair, role) of the contract's table: the portal only reminds, escalates and records disputes
        List<Row> rows = List.of(
                new Row(S.OVERDUE, S.REMINDED, "lender", List.of(), lender),
                new Row(S.OVERDUE, S.REMINDED, "collector of the authorised agency",
                        List.of(authorise(lender, AGENCY)), collector),
                new Row(S.OVERDUE, S.REMINDED, "portal (scheduler)", List.of(), operator),
                new Row(S.OVERDUE, S.ESCALATED, "lender", List.of(), lender),
                new Row(S.OVERDUE, S.ESCALATED, "portal (scheduler)", List.of(), operator),
                new Row(S.REMINDED, S.ESCALATED, "lender", List.of(move(operator, S.REMINDED)), lender),
                new Row(S.REMINDED, S.ESCALATED, "portal (scheduler)", List.of(move(lender, S.REMINDED)), operator),
                new Row(S.OVERDUE, S.DISPUTED, "portal (debtor's filing)", List.of(), operator),
                new Row(S.REMINDED, S.DISPUTED, "portal (debtor's filing)", List.of(move(lender, S.REMINDED)), operator),
                new Row(S.ESCALATED, S.DISPUTED, "portal (debtor's filing)", List.of(move(lender, S.ESCALATED)), operator),
                new Row(S.DISPUTED, S.OVERDUE, "court, resuming OVERDUE", List.of(move(operator, S.DISPUTED)), judge),
                new Row(S.DISPUTED, S.REMINDED, "court, resuming REMINDED",
                        List.of(move(lender, S.REMINDED), move(operator, S.DISPUTED)), judge),
                new Row(S.DISPUTED, S.ESCALATED, "court, resuming ESCALATED",
                        List.of(move(lender, S.ESCALATED), move(operator, S.DISPUTED)), judge),
                new Row(S.ESCALATED, S.JUDICIAL, "court", List.of(move(lender, S.ESCALATED)), judge),
                new Row(S.DISPUTED, S.JUDICIAL, "court", List.of(move(operator, S.DISPUTED)), judge),
                new Row(S.OVERDUE, S.SETTLED, "lender", List.of(), lender),
                new Row(S.REMINDED, S.SETTLED, "lender", List.of(move(operator, S.REMINDED)), lender),
                new Row(S.ESCALATED, S.SETTLED, "lender", List.of(move(operator, S.ESCALATED)), lender),
                // a court decision that finds the debt paid (an objection "already repaid" upheld)
                new Row(S.OVERDUE, S.SETTLED, "court (decision)", List.of(), judge),
                new Row(S.REMINDED, S.SETTLED, "court (decision)", List.of(move(operator, S.REMINDED)), judge),
                new Row(S.ESCALATED, S.SETTLED, "court (decision)", List.of(move(operator, S.ESCALATED)), judge),
                new Row(S.JUDICIAL, S.SETTLED, "lender",
                        List.of(move(lender, S.ESCALATED), move(judge, S.JUDICIAL)), lender),
                new Row(S.JUDICIAL, S.SETTLED, "court",
                        List.of(move(lender, S.ESCALATED), move(judge, S.JUDICIAL)), judge),
                new Row(S.DISPUTED, S.SETTLED, "court", List.of(move(operator, S.DISPUTED)), judge),
                new Row(S.SETTLED, S.CONFIRMED, "court", List.of(move(lender, S.SETTLED)), judge));

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
            last.add(new Step(r.by(), c -> r.by().contract().transition(c, r.to().big(), reason)));
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
            // the account recorded is the one that signed
            assertThat(event.by).as(what).isEqualTo(r.by().address());
            assertThat(receipt.getFrom()).as(what).isEqualTo(r.by().address());
            assertThat(event.reasonDigest).as(what).isEqualTo(reasons.get(i));
            assertThat(event.log.getAddress()).as(what).isEqualTo(contractAddress);

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
                forbidden(lender, settled, S.SETTLED, S.SETTLED));      // a debt is settled once
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
                new Revert(lender, open, c -> lender.contract().setAgency(c, AGENCY, BigInteger.ZERO, END_OF_TIME,
                        new byte[32]), CaseLifecycle.ZEROVALUE_ERROR),
                new Revert(lender, unknown, c -> lender.contract().setAgency(c, AGENCY, BigInteger.ZERO, END_OF_TIME,
                        random32()), CaseLifecycle.UNKNOWNCASE_ERROR, new Bytes32(unknown)),
                // a transfer carries the agreement's digest and names the account it goes to
                new Revert(lender, open, c -> lender.contract().transferCreditor(c, otherLender.address(), new byte[32]),
                        CaseLifecycle.ZEROVALUE_ERROR),
                new Revert(lender, open, c -> lender.contract().transferCreditor(c, zeroAddress(), random32()),
                        CaseLifecycle.ZEROVALUE_ERROR),
                new Revert(lender, unknown, c -> lender.contract().transferCreditor(c, otherLender.address(), random32()),
                        CaseLifecycle.UNKNOWNCASE_ERROR, new Bytes32(unknown))));

        Tuple3<BigInteger, BigInteger, BigInteger> none = lender.contract().stateOf(unknown).send();
        assertThat(none.component1()).isZero();
        assertThat(none.component2()).isZero();
        assertThat(none.component3()).isZero();
        Tuple4<byte[], byte[], byte[], BigInteger> parties = lender.contract().caseParties(open).send();
        assertThat(parties.component1()).isEqualTo(INSTITUTION);
        assertThat(parties.component2()).isEqualTo(new byte[32]);
        assertThat(parties.component3()).isEqualTo(new byte[32]);
        Tuple3<byte[], BigInteger, BigInteger> noAgency = lender.contract().agencyOf(unknown).send();
        assertThat(noAgency.component1()).isEqualTo(new byte[32]);
        assertThat(noAgency.component2()).isZero();
        assertThat(noAgency.component3()).isZero();
    }
}
