package org.judicialchain.portal.application.directory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.directory.AccountChange;
import org.judicialchain.evidence.domain.model.directory.AccountStanding;
import org.judicialchain.evidence.domain.model.evidence.AnchorLeaf;
import org.judicialchain.evidence.domain.service.ChainDirectory;
import org.judicialchain.evidence.domain.service.LifecycleLedger.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The chain directory named with the portal's institutions, from a snapshot made by hand (no chain). */
class ChainAccountsReportTest {

    private static final String PORTAL = "0x" + "11".repeat(20);
    private static final String OPERATOR = "0x" + "22".repeat(20);
    private static final String BANK = "0x" + "33".repeat(20);
    private static final String REVOKED = "0x" + "44".repeat(20);
    private static final String STRANGER = "0x" + "55".repeat(20);
    private static final String ADMIN_ONLY = "0x" + "66".repeat(20);
    private static final AccountChange CHANGE = new AccountChange(12, 3, "0xabc", PORTAL);

    private static Bytes32 tag(String id) {
        return AnchorLeaf.institutionTag(id);
    }

    private static ChainDirectory.Account account(String address, Bytes32 institution, Bytes32 former, boolean registryAdmin,
                                                  Role role, Bytes32 org) {
        return new ChainDirectory.Account(new AccountStanding(address, institution, former, registryAdmin, false, role, org,
                Optional.of(CHANGE)), true);
    }

    private final ChainDirectory.Snapshot snapshot = new ChainDirectory.Snapshot("0xregistry", "0xlifecycle", 40, List.of(
            account(PORTAL, tag("court-portal"), tag("court-portal"), true, Role.NONE, Bytes32.ZERO),
            account(OPERATOR, Bytes32.ZERO, Bytes32.ZERO, false, Role.PORTAL, tag("court-portal")),
            account(BANK, tag("bank-a"), tag("bank-a"), false, Role.LENDER, tag("bank-a")),
            account(REVOKED, Bytes32.ZERO, tag("bank-a"), false, Role.NONE, Bytes32.ZERO),
            account(STRANGER, tag("bank-unknown"), tag("bank-unknown"), false, Role.NONE, Bytes32.ZERO),
            account(ADMIN_ONLY, Bytes32.ZERO, Bytes32.ZERO, true, Role.NONE, Bytes32.ZERO)));

    private final ChainAccountsReport report = ChainAccountsReport.of(snapshot, List.of(
            new ChainAccountsReport.Known("bank-a", Set.of("CREDITOR"), 3),
            new ChainAccountsReport.Known("bank-a", Set.of("EVIDENCE_SUBMITTER"), 2),
            new ChainAccountsReport.Known("bank-b", Set.of("CREDITOR"), 1),
            new ChainAccountsReport.Known("court-portal", Set.of("PORTAL_OPERATOR"), 0)),
            Map.of(PORTAL, "ANCHORING", OPERATOR, "LIFECYCLE_OPERATOR"));

    private ChainAccountsReport.Institution institution(String id) {
        return report.institutions().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void eachAccountIsListedUnderTheInstitutionItsTagNames() {
        assertThat(institution("court-portal").accounts()).extracting(ChainAccountsReport.AccountRow::account)
                .containsExactly(PORTAL, OPERATOR);
        assertThat(institution("court-portal").accounts()).extracting(ChainAccountsReport.AccountRow::portalUse)
                .containsExactly("ANCHORING", "LIFECYCLE_OPERATOR");
        ChainAccountsReport.AccountRow bank = institution("bank-a").accounts().getFirst();
        assertThat(bank.allowlisted()).isTrue();
        assertThat(bank.allowlistedFor()).isEqualTo("bank-a");
        assertThat(bank.lifecycleRole()).isEqualTo("LENDER");
        assertThat(bank.lifecycleOrg()).isEqualTo("bank-a");
        assertThat(bank.lastChange()).isEqualTo(new ChainAccountsReport.LastChange(12, "0xabc", PORTAL));
    }

    @Test
    void aRevokedAccountStaysWithTheInstitutionItServedAndSaysItIsNoLongerAllowlisted() {
        ChainAccountsReport.AccountRow revoked = institution("bank-a").accounts().get(1);
        assertThat(revoked.account()).isEqualTo(REVOKED);
        assertThat(revoked.allowlisted()).isFalse();
        assertThat(revoked.allowlistedFor()).isNull();
    }

    @Test
    void anUnknownTagIsShownAsATagAndAnAccountWithoutInstitutionIsListedToo() {
        assertThat(report.accountsWithoutKnownInstitution()).extracting(ChainAccountsReport.AccountRow::account)
                .containsExactly(STRANGER, ADMIN_ONLY);
        ChainAccountsReport.AccountRow stranger = report.accountsWithoutKnownInstitution().getFirst();
        assertThat(stranger.allowlisted()).isTrue();
        assertThat(stranger.allowlistedFor()).isNull();
        assertThat(stranger.institutionTag()).isEqualTo(tag("bank-unknown").hex0x());
        assertThat(report.accountsWithoutKnownInstitution().get(1).institutionTag()).isNull();
        assertThat(report.accountsWithoutKnownInstitution().get(1).registryCourtAdmin()).isTrue();
    }

    @Test
    void everyKnownInstitutionIsListedOnceWithItsKindsEvenWithoutAccounts() {
        assertThat(report.institutions()).extracting(ChainAccountsReport.Institution::id)
                .containsExactly("bank-a", "bank-b", "court-portal");
        assertThat(institution("bank-a").kinds()).containsExactly("CREDITOR", "EVIDENCE_SUBMITTER");
        assertThat(institution("bank-a").cases()).isEqualTo(3);
        assertThat(institution("bank-a").tag()).isEqualTo(tag("bank-a").hex0x());
        assertThat(institution("bank-b").accounts()).isEmpty();
        assertThat(report.readAtBlock()).isEqualTo(40);
        assertThat(report.registry()).isEqualTo("0xregistry");
    }
}
