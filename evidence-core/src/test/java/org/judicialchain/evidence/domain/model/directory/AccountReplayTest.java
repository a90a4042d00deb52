package org.judicialchain.evidence.domain.model.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.AnchorLeaf;
import org.judicialchain.evidence.domain.service.LifecycleLedger.Role;
import org.junit.jupiter.api.Test;

class AccountReplayTest {

    private static final String ADMIN = "0x" + "aa".repeat(20);
    private static final String BANK_ACCOUNT = "0x" + "0B".repeat(20);
    private static final String COURT_ACCOUNT = "0x" + "cc".repeat(20);
    private static final Bytes32 BANK_A = AnchorLeaf.institutionTag("bank-a");
    private static final Bytes32 BANK_B = AnchorLeaf.institutionTag("bank-b");
    private static final Bytes32 COURT = AnchorLeaf.institutionTag("court-beijing-internet");

    private static AccountChange at(long block, long logIndex) {
        return new AccountChange(block, logIndex, "0xtx" + block + "-" + logIndex, ADMIN);
    }

    @Test
    void theLastChangeInChainOrderWinsWhateverOrderTheLogsCameIn() {
        Map<String, AccountStanding> now = AccountReplay.replay(List.of(
                new AccountEvent.SubmitterAllowed(BANK_ACCOUNT, BANK_B, at(9, 0)),
                new AccountEvent.SubmitterAllowed(BANK_ACCOUNT, BANK_A, at(3, 1)),
                new AccountEvent.SubmitterRevoked(BANK_ACCOUNT, at(9, 2))));

        AccountStanding bank = now.get(BANK_ACCOUNT.toLowerCase());
        assertThat(bank.allowlisted()).isFalse();
        assertThat(bank.formerInstitution()).as("the revoked account still belongs with the last institution it served")
                .isEqualTo(BANK_B);
        assertThat(bank.affiliation()).isEqualTo(BANK_B);
        assertThat(bank.lastChange()).contains(at(9, 2));
    }

    @Test
    void reAllowlistingMovesTheAccountToTheNewInstitution() {
        AccountStanding bank = AccountReplay.replay(List.of(
                new AccountEvent.SubmitterAllowed(BANK_ACCOUNT, BANK_A, at(3, 0)),
                new AccountEvent.SubmitterRevoked(BANK_ACCOUNT, at(4, 0)),
                new AccountEvent.SubmitterAllowed(BANK_ACCOUNT, BANK_B, at(5, 0)))).get(BANK_ACCOUNT.toLowerCase());
        assertThat(bank.allowlisted()).isTrue();
        assertThat(bank.institution()).isEqualTo(BANK_B);
    }

    @Test
    void adminRightsOfTheTwoContractsAreKeptApart() {
        AccountStanding admin = AccountReplay.replay(List.of(
                new AccountEvent.CourtAdminChanged(DirectoryContract.REGISTRY, ADMIN, true, at(1, 0)),
                new AccountEvent.CourtAdminChanged(DirectoryContract.LIFECYCLE, ADMIN, true, at(2, 0)),
                new AccountEvent.CourtAdminChanged(DirectoryContract.REGISTRY, ADMIN, false, at(2, 1)))).get(ADMIN);
        assertThat(admin.registryCourtAdmin()).isFalse();
        assertThat(admin.lifecycleCourtAdmin()).isTrue();
        assertThat(admin.allowlisted()).isFalse();
        assertThat(admin.affiliation()).as("an admin that anchors for nobody belongs to no institution").isEqualTo(Bytes32.ZERO);
    }

    @Test
    void aRoleBindingIsReplacedAndThenRevoked() {
        Map<String, AccountStanding> now = AccountReplay.replay(List.of(
                new AccountEvent.RoleBound(COURT_ACCOUNT, Role.LENDER, BANK_A, at(5, 0)),
                new AccountEvent.RoleBound(COURT_ACCOUNT, Role.COURT, COURT, at(6, 0))));
        assertThat(now.get(COURT_ACCOUNT).lifecycleRole()).isEqualTo(Role.COURT);
        assertThat(now.get(COURT_ACCOUNT).lifecycleOrg()).isEqualTo(COURT);
        assertThat(now.get(COURT_ACCOUNT).affiliation()).isEqualTo(COURT);

        AccountStanding revoked = AccountReplay.replay(List.of(
                new AccountEvent.RoleBound(COURT_ACCOUNT, Role.COURT, COURT, at(6, 0)),
                new AccountEvent.RoleRevoked(COURT_ACCOUNT, at(7, 0)))).get(COURT_ACCOUNT);
        assertThat(revoked.lifecycleRole()).isEqualTo(Role.NONE);
        assertThat(revoked.lifecycleOrg()).isEqualTo(Bytes32.ZERO);
    }

    @Test
    void accountsAreOrderedByAddressAndSpelledInLowerCase() {
        Map<String, AccountStanding> now = AccountReplay.replay(List.of(
                new AccountEvent.RoleBound(COURT_ACCOUNT, Role.COURT, COURT, at(1, 0)),
                new AccountEvent.SubmitterAllowed(BANK_ACCOUNT, BANK_A, at(1, 1)),
                new AccountEvent.CourtAdminChanged(DirectoryContract.REGISTRY, ADMIN, true, at(0, 0))));
        assertThat(now.keySet()).containsExactly(BANK_ACCOUNT.toLowerCase(), ADMIN, COURT_ACCOUNT);
    }

    @Test
    void rightsAreComparedWithoutTheHistory() {
        AccountStanding fromEvents = AccountReplay.replay(List.of(
                new AccountEvent.SubmitterAllowed(BANK_ACCOUNT, BANK_A, at(3, 0)))).get(BANK_ACCOUNT.toLowerCase());
        AccountStanding fromViews = new AccountStanding(BANK_ACCOUNT, BANK_A, Bytes32.ZERO, false, false, Role.NONE,
                Bytes32.ZERO, java.util.Optional.empty());
        assertThat(fromViews.sameRightsAs(fromEvents)).isTrue();
        AccountStanding revokedSinceOnChain = new AccountStanding(BANK_ACCOUNT, Bytes32.ZERO, BANK_A, false, false, Role.NONE,
                Bytes32.ZERO, java.util.Optional.empty());
        assertThat(revokedSinceOnChain.sameRightsAs(fromEvents)).as("a revocation missing from the logs shows").isFalse();
    }

    @Test
    void aStandingRefusesEventsAboutAnotherAccountAndMalformedAddresses() {
        assertThatThrownBy(() -> AccountStanding.unknown(ADMIN).after(new AccountEvent.SubmitterRevoked(BANK_ACCOUNT, at(1, 0))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AccountEvent.SubmitterRevoked("0x1234", at(1, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0x1234");
        assertThatThrownBy(() -> new AccountStanding(ADMIN, Bytes32.ZERO, Bytes32.ZERO, false, false, Role.COURT, Bytes32.ZERO,
                java.util.Optional.empty())).as("a role without an organisation").isInstanceOf(IllegalArgumentException.class);
    }
}
