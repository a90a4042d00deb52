package org.judicialchain.besu.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.judicialchain.besu.contracts.generated.CaseLifecycle;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.tuples.generated.Tuple3;
import org.web3j.tuples.generated.Tuple4;
import org.web3j.tx.FastRawTransactionManager;
import org.web3j.tx.gas.StaticGasProvider;

/**
 * CaseLifecycle's roles on the shared anvil chain ({@link CaseLifecycleFixture}): only the right roles may make each
 * transition, each signing its own (the portal operator reminds, escalates and records disputes, and never settles),
 * agency authorisation within its window and revocation, the creditor's transfer of the debt to another lender,
 * binding and revoking roles by court admins, and the last court admin that cannot be removed.
 */
class CaseLifecycleRolesIT extends CaseLifecycleFixture {
    // ------------------------------------------------------------------ roles

    @Test
    void onlyTheRightRolesMayMakeEachTransition() throws Exception {
        Party unbound = party("revokedLender");
        List<byte[]> cases = openCases(7);
        byte[] overdue = cases.get(0), settled = cases.get(1), disputed = cases.get(2), escalated = cases.get(3);
        byte[] judicial = cases.get(4), withAgency = cases.get(5), reminded = cases.get(6);
        wave(List.of(move(lender, S.SETTLED), move(operator, S.DISPUTED), move(lender, S.ESCALATED),
                move(lender, S.ESCALATED), authorise(lender, AGENCY), move(operator, S.REMINDED),
                bind(unbound, LENDER, INSTITUTION)),
                Arrays.asList(settled, disputed, escalated, judicial, withAgency, reminded, null));
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
                notAllowed(operator, settled, S.CONFIRMED),          // nor can the portal
                notAllowed(collector, withAgency, S.SETTLED),        // a collector cannot settle...
                notAllowed(collector, withAgency, S.ESCALATED),      // ...or escalate, only remind
                notAllowed(otherCollector, withAgency, S.REMINDED),  // an agency not authorised on the case
                notAllowed(collector, overdue, S.REMINDED),          // no agency authorised at all
                notAllowed(otherLender, overdue, S.REMINDED),        // another institution's case
                notAllowed(otherLender, overdue, S.SETTLED),
                notAllowed(lender, overdue, S.DISPUTED),             // disputes are the debtor's, via the portal
                notAllowed(collector, withAgency, S.DISPUTED),
                notAllowed(lender, disputed, S.OVERDUE),             // resolving a dispute is the court's
                notAllowed(operator, disputed, S.OVERDUE),
                notAllowed(lender, disputed, S.SETTLED),
                notAllowed(operator, escalated, S.JUDICIAL),         // only a court accepts a case
                notAllowed(lender, escalated, S.JUDICIAL),
                // only the creditor settles a debt: the portal never does, whatever the state
                notAllowed(operator, overdue, S.SETTLED),
                notAllowed(operator, reminded, S.SETTLED),
                notAllowed(operator, escalated, S.SETTLED),
                notAllowed(operator, judicial, S.SETTLED),
                notAllowed(operator, disputed, S.SETTLED),
                notAllowed(judge, overdue, S.REMINDED),              // courts do not collect
                notAllowed(otherJudge, judicial, S.SETTLED),         // the case belongs to the seizing court
                notAllowed(outsider, overdue, S.REMINDED),           // unbound account
                notAllowed(admin, overdue, S.REMINDED),              // a court admin is not a party
                notAllowed(unbound, overdue, S.REMINDED),            // binding revoked
                // opening cases
                new Revert(lender, overdue, c -> lender.contract().openCase(random32(), OTHER_INSTITUTION),
                        CaseLifecycle.NOTALLOWED_ERROR, new Address(lender.address()), new Uint8(S.OVERDUE.ordinal())),
                new Revert(collector, overdue, c -> collector.contract().openCase(random32(), AGENCY),
                        CaseLifecycle.NOTALLOWED_ERROR, new Address(collector.address()), new Uint8(S.OVERDUE.ordinal())),
                new Revert(judge, overdue, c -> judge.contract().openCase(random32(), INSTITUTION),
                        CaseLifecycle.NOTALLOWED_ERROR, new Address(judge.address()), new Uint8(S.OVERDUE.ordinal())),
                // authorising an agency is the creditor's alone: not another lender's, an agency's or the portal's
                notCreditorToAuthorise(otherLender, overdue, OTHER_AGENCY),
                notCreditorToAuthorise(collector, overdue, AGENCY),
                notCreditorToAuthorise(operator, overdue, AGENCY),
                notCreditorToAuthorise(operator, withAgency, new byte[32]), // nor may the portal revoke one
                notCreditorToAuthorise(judge, overdue, AGENCY),
                notCreditorToAuthorise(unbound, overdue, AGENCY)));

        assertThat(state(overdue)).isEqualTo(S.OVERDUE);
        assertThat(state(settled)).isEqualTo(S.SETTLED);
        assertThat(state(disputed)).isEqualTo(S.DISPUTED);
        assertThat(state(escalated)).isEqualTo(S.ESCALATED);
        assertThat(state(judicial)).isEqualTo(S.JUDICIAL);
        assertThat(state(withAgency)).isEqualTo(S.OVERDUE);
        assertThat(state(reminded)).isEqualTo(S.REMINDED);
        assertThat(lender.contract().caseParties(overdue).send().component2()).isEqualTo(new byte[32]);
        assertThat(lender.contract().caseParties(withAgency).send().component2()).isEqualTo(AGENCY);

        // and the right roles can, each signing itself: the seizing court settles, the authorised agency
        // reminds, the creditor settles what the portal could not
        List<TransactionReceipt> ok = wave(List.of(move(judge, S.SETTLED), move(collector, S.REMINDED),
                move(lender, S.SETTLED)), List.of(judicial, withAgency, reminded));
        assertThat(CaseLifecycle.getStateChangedEvents(ok.get(0)).get(0).by).isEqualTo(judge.address());
        assertThat(CaseLifecycle.getStateChangedEvents(ok.get(1)).get(0).by).isEqualTo(collector.address());
        assertThat(CaseLifecycle.getStateChangedEvents(ok.get(2)).get(0).by).isEqualTo(lender.address());
        assertThat(state(judicial)).isEqualTo(S.SETTLED);
        assertThat(state(withAgency)).isEqualTo(S.REMINDED);
        assertThat(state(reminded)).isEqualTo(S.SETTLED);
    }

    // ------------------------------------------------------------------ agencies

    @Test
    void revokingAnAgencyStopsItsCollectorFromThatMomentOn() throws Exception {
        List<byte[]> cases = openCases(1);
        byte[] caseId = cases.get(0);
        byte[] authorisation = random32();
        byte[] revocation = random32();
        List<TransactionReceipt> set = wave(
                List.of(authorise(lender, AGENCY, BigInteger.ZERO, END_OF_TIME, authorisation)), cases);
        List<CaseLifecycle.AgencyChangedEventResponse> events = CaseLifecycle.getAgencyChangedEvents(set.get(0));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).caseId).isEqualTo(caseId);
        assertThat(events.get(0).agency).isEqualTo(AGENCY);
        assertThat(events.get(0).by).isEqualTo(lender.address());
        assertThat(events.get(0).reasonDigest).isEqualTo(authorisation);
        assertThat(events.get(0).validFrom).isZero();
        assertThat(events.get(0).validTo).isEqualTo(END_OF_TIME);
        Tuple3<byte[], BigInteger, BigInteger> authorised = lender.contract().agencyOf(caseId).send();
        assertThat(authorised.component1()).isEqualTo(AGENCY);
        assertThat(authorised.component2()).isZero();
        assertThat(authorised.component3()).isEqualTo(END_OF_TIME);

        // a revocation has no window: whatever window is passed (here an invalid one), none is recorded
        List<TransactionReceipt> revoked = wave(
                List.of(authorise(lender, new byte[32], BigInteger.TEN, BigInteger.ONE, revocation)), cases);
        CaseLifecycle.AgencyChangedEventResponse revocationEvent =
                CaseLifecycle.getAgencyChangedEvents(revoked.get(0)).get(0);
        assertThat(revocationEvent.agency).isEqualTo(new byte[32]);
        assertThat(revocationEvent.reasonDigest).isEqualTo(revocation);
        assertThat(revocationEvent.validFrom).isZero();
        assertThat(revocationEvent.validTo).isZero();
        Tuple3<byte[], BigInteger, BigInteger> none = lender.contract().agencyOf(caseId).send();
        assertThat(none.component1()).isEqualTo(new byte[32]);
        assertThat(none.component2()).isZero();
        assertThat(none.component3()).isZero();
        assertAllRevert(List.of(notAllowed(collector, caseId, S.REMINDED)));
        assertThat(state(caseId)).isEqualTo(S.OVERDUE);
    }

    /**
     * One authorisation, [validFrom, validTo) well ahead of the chain's clock, which the test then moves forward:
     * refused before the window opens, the agency reminds inside it, refused again once it has ended, though nobody
     * revoked it. The chain's clock only moves forward, so this works on the shared chain.
     */
    @Test
    void anAgencyRemindsOnlyInsideItsAuthorisationWindowAndNobodyHasToRevokeIt() throws Exception {
        List<byte[]> cases = openCases(2);
        byte[] remindedInside = cases.get(0), leftUntilAfter = cases.get(1);
        long now = latestTimestamp();
        // an hour from now for an hour: far enough that no block mined before the jump falls into the window
        BigInteger validFrom = BigInteger.valueOf(now + 3_600);
        BigInteger validTo = BigInteger.valueOf(now + 7_200);
        byte[] authorisation = random32();
        List<TransactionReceipt> set = wave(List.of(authorise(lender, AGENCY, validFrom, validTo, authorisation),
                authorise(lender, AGENCY, validFrom, validTo, authorisation)), cases);
        CaseLifecycle.AgencyChangedEventResponse event = CaseLifecycle.getAgencyChangedEvents(set.get(0)).get(0);
        assertThat(event.agency).isEqualTo(AGENCY);
        assertThat(event.by).isEqualTo(lender.address());
        assertThat(event.reasonDigest).isEqualTo(authorisation);
        assertThat(event.validFrom).isEqualTo(validFrom);
        assertThat(event.validTo).isEqualTo(validTo);
        for (byte[] caseId : cases) {
            Tuple3<byte[], BigInteger, BigInteger> window = lender.contract().agencyOf(caseId).send();
            assertThat(window.component1()).isEqualTo(AGENCY);
            assertThat(window.component2()).isEqualTo(validFrom);
            assertThat(window.component3()).isEqualTo(validTo);
        }

        // before validFrom: on record, not yet in force
        assertAllRevert(List.of(notAllowed(collector, remindedInside, S.REMINDED),
                notAllowed(collector, leftUntilAfter, S.REMINDED)));

        // inside the window
        long opened = advanceChainTimeTo(validFrom.longValueExact());
        assertThat(opened).as("the jump lands well inside the window").isLessThan(validTo.longValueExact() - 600);
        TransactionReceipt reminded = wave(List.of(move(collector, S.REMINDED)), List.of(remindedInside)).get(0);
        CaseLifecycle.StateChangedEventResponse reminder = CaseLifecycle.getStateChangedEvents(reminded).get(0);
        assertThat(reminder.by).isEqualTo(collector.address());
        assertThat(reminder.to).isEqualTo(S.REMINDED.big());
        assertThat(blockTimestamp(reminded)).isBetween(validFrom, validTo.subtract(BigInteger.ONE));
        // the window is the authorised agency's, not any agency's
        assertAllRevert(List.of(notAllowed(otherCollector, leftUntilAfter, S.REMINDED)));

        // from validTo on: refused, although the authorisation was never revoked
        advanceChainTimeTo(validTo.longValueExact());
        assertAllRevert(List.of(notAllowed(collector, leftUntilAfter, S.REMINDED)));
        Tuple3<byte[], BigInteger, BigInteger> stillOnRecord = lender.contract().agencyOf(leftUntilAfter).send();
        assertThat(stillOnRecord.component1()).isEqualTo(AGENCY);
        assertThat(stillOnRecord.component2()).isEqualTo(validFrom);
        assertThat(stillOnRecord.component3()).isEqualTo(validTo);
        assertThat(state(leftUntilAfter)).isEqualTo(S.OVERDUE);
        assertThat(state(remindedInside)).isEqualTo(S.REMINDED);

        // the window bounds the agency, not the creditor, who may also authorise it again
        List<TransactionReceipt> renewed = wave(List.of(move(lender, S.ESCALATED),
                authorise(lender, AGENCY, BigInteger.valueOf(opened), END_OF_TIME, random32())),
                List.of(remindedInside, leftUntilAfter));
        assertThat(CaseLifecycle.getStateChangedEvents(renewed.get(0)).get(0).by).isEqualTo(lender.address());
        wave(List.of(move(collector, S.REMINDED)), List.of(leftUntilAfter));
        assertThat(state(leftUntilAfter)).isEqualTo(S.REMINDED);
    }

    @Test
    void anAuthorisationWindowMustEndAfterItStarts() throws Exception {
        byte[] caseId = openCases(1).get(0);
        BigInteger from = BigInteger.valueOf(latestTimestamp() + 60);
        assertAllRevert(List.of(
                invalidWindow(lender, caseId, AGENCY, from, from),                       // empty
                invalidWindow(lender, caseId, AGENCY, from, from.subtract(BigInteger.ONE)), // ends before it starts
                invalidWindow(lender, caseId, AGENCY, BigInteger.ZERO, BigInteger.ZERO),
                invalidWindow(lender, caseId, AGENCY, END_OF_TIME, BigInteger.ZERO)));
        Tuple3<byte[], BigInteger, BigInteger> none = lender.contract().agencyOf(caseId).send();
        assertThat(none.component1()).isEqualTo(new byte[32]);
        assertThat(none.component2()).isZero();
        assertThat(none.component3()).isZero();
        // a one-second window is a window
        TransactionReceipt shortest = wave(
                List.of(authorise(lender, AGENCY, from, from.add(BigInteger.ONE), random32())), List.of(caseId)).get(0);
        assertThat(CaseLifecycle.getAgencyChangedEvents(shortest).get(0).validTo).isEqualTo(from.add(BigInteger.ONE));
    }

    // ------------------------------------------------------------------ chain of title

    @Test
    void transferringTheDebtMakesTheOtherLenderTheCreditorAndEndsTheOldCreditorsRights() throws Exception {
        Party colleague = party("colleague"); // a second account of the same institution
        List<byte[]> cases = openCases(2);
        byte[] withAgency = cases.get(0), escalated = cases.get(1);
        wave(List.of(authorise(lender, AGENCY), move(lender, S.ESCALATED), bind(colleague, LENDER, INSTITUTION)),
                Arrays.asList(withAgency, escalated, null));

        // any lender account of the creditor may sign the transfer
        byte[] agreement = random32();
        byte[] otherAgreement = random32();
        List<TransactionReceipt> transferred = wave(List.of(
                new Step(lender, c -> lender.contract().transferCreditor(c, otherLender.address(), agreement)),
                new Step(colleague, c -> colleague.contract().transferCreditor(c, otherLender.address(), otherAgreement))),
                cases);
        List<CaseLifecycle.CreditorTransferredEventResponse> events =
                CaseLifecycle.getCreditorTransferredEvents(transferred.get(0));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).caseId).isEqualTo(withAgency);
        assertThat(events.get(0).from).isEqualTo(INSTITUTION);
        assertThat(events.get(0).to).isEqualTo(OTHER_INSTITUTION);
        assertThat(events.get(0).by).isEqualTo(lender.address());
        assertThat(events.get(0).toAccount).isEqualTo(otherLender.address());
        assertThat(events.get(0).agreementDigest).isEqualTo(agreement);
        CaseLifecycle.CreditorTransferredEventResponse byColleague =
                CaseLifecycle.getCreditorTransferredEvents(transferred.get(1)).get(0);
        assertThat(byColleague.caseId).isEqualTo(escalated);
        assertThat(byColleague.by).isEqualTo(colleague.address());
        assertThat(byColleague.agreementDigest).isEqualTo(otherAgreement);
        // a transfer is not a transition: the case keeps its state and its count
        assertThat(CaseLifecycle.getStateChangedEvents(transferred.get(1))).isEmpty();
        Tuple3<BigInteger, BigInteger, BigInteger> st = lender.contract().stateOf(escalated).send();
        assertThat(st.component1()).isEqualTo(S.ESCALATED.big());
        assertThat(st.component3()).isEqualTo(BigInteger.ONE);
        // the new creditor, and no agency: the old creditor's authorisation ended with its rights
        for (byte[] caseId : cases) {
            Tuple4<byte[], byte[], byte[], BigInteger> parties = lender.contract().caseParties(caseId).send();
            assertThat(parties.component1()).isEqualTo(OTHER_INSTITUTION);
            assertThat(parties.component2()).isEqualTo(new byte[32]);
            Tuple3<byte[], BigInteger, BigInteger> agency = lender.contract().agencyOf(caseId).send();
            assertThat(agency.component1()).isEqualTo(new byte[32]);
            assertThat(agency.component2()).isZero();
            assertThat(agency.component3()).isZero();
        }

        // the old creditor's accounts, and the agency it had authorised, have no rights left on the case
        assertAllRevert(List.of(
                notCreditorToAuthorise(lender, withAgency, AGENCY),
                notCreditorToAuthorise(colleague, escalated, AGENCY),
                notAllowed(lender, escalated, S.SETTLED),
                notAllowed(colleague, escalated, S.SETTLED),
                notAllowed(lender, withAgency, S.REMINDED),
                notCreditorToTransfer(lender, withAgency, lender),   // nor can it take the debt back
                notAllowed(collector, withAgency, S.REMINDED)));

        // the new creditor acts: authorises its own agency, whose collector reminds, and settles
        List<TransactionReceipt> byNewCreditor = wave(List.of(authorise(otherLender, OTHER_AGENCY),
                move(otherLender, S.SETTLED)), cases);
        assertThat(CaseLifecycle.getAgencyChangedEvents(byNewCreditor.get(0)).get(0).by).isEqualTo(otherLender.address());
        CaseLifecycle.StateChangedEventResponse settlement =
                CaseLifecycle.getStateChangedEvents(byNewCreditor.get(1)).get(0);
        assertThat(settlement.by).isEqualTo(otherLender.address());
        assertThat(settlement.from).isEqualTo(S.ESCALATED.big());
        assertThat(settlement.to).isEqualTo(S.SETTLED.big());
        TransactionReceipt reminded = wave(List.of(move(otherCollector, S.REMINDED)), List.of(withAgency)).get(0);
        assertThat(CaseLifecycle.getStateChangedEvents(reminded).get(0).by).isEqualTo(otherCollector.address());
        assertThat(state(withAgency)).isEqualTo(S.REMINDED);
        assertThat(state(escalated)).isEqualTo(S.SETTLED);
    }

    @Test
    void onlyTheCreditorTransfersAnOpenDebtAndOnlyToAnotherInstitutionsLender() throws Exception {
        Party colleague = party("colleague"); // a second account of the same institution
        List<byte[]> cases = openCases(3);
        byte[] open = cases.get(0), settled = cases.get(1), confirmed = cases.get(2);
        wave(List.of(move(lender, S.SETTLED), move(lender, S.SETTLED), bind(colleague, LENDER, INSTITUTION)),
                Arrays.asList(settled, confirmed, null));
        wave(List.of(move(judge, S.CONFIRMED)), List.of(confirmed));

        assertAllRevert(List.of(
                // the debt goes to a lender of another institution, nobody else
                notALender(lender, open, collector),
                notALender(lender, open, judge),
                notALender(lender, open, operator),
                notALender(lender, open, outsider),                  // unbound
                notALender(lender, open, admin),                     // a court admin is not a party
                notALender(lender, open, colleague),                 // its own institution: nothing is transferred
                notALender(lender, open, lender),
                // only the creditor transfers: not another lender, an agency, a court or the portal
                notCreditorToTransfer(otherLender, open, otherLender),
                notCreditorToTransfer(collector, open, otherLender),
                notCreditorToTransfer(judge, open, otherLender),
                notCreditorToTransfer(operator, open, otherLender),
                notCreditorToTransfer(outsider, open, otherLender),
                // a settled or confirmed debt is closed, even for its creditor
                caseClosed(lender, settled, otherLender),
                caseClosed(lender, confirmed, otherLender),
                caseClosed(otherLender, settled, lender)));         // closed comes before who asks

        for (byte[] caseId : cases) {
            assertThat(lender.contract().caseParties(caseId).send().component1()).isEqualTo(INSTITUTION);
        }
        assertThat(state(open)).isEqualTo(S.OVERDUE);
        assertThat(state(settled)).isEqualTo(S.SETTLED);
        assertThat(state(confirmed)).isEqualTo(S.CONFIRMED);
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
}
