package org.judicialchain.besu.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.judicialchain.besu.contracts.generated.CaseLifecycle;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.tx.FastRawTransactionManager;
import org.web3j.tx.gas.StaticGasProvider;

/**
 * CaseLifecycle's roles on the shared anvil chain ({@link CaseLifecycleFixture}): only the right roles may make each
 * transition (directly or through the portal operator), agency authorisation and revocation, binding and revoking
 * roles by court admins, and the last court admin that cannot be removed.
 */
class CaseLifecycleRolesIT extends CaseLifecycleFixture {
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
}
