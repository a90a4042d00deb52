package org.judicialchain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void mapsTokenClaimsToRolesAndIgnoresUnknownOnes() {
        assertThat(Role.fromClaim("court-admin")).contains(Role.COURT_ADMIN);
        assertThat(Role.fromClaim("offline_access")).isEmpty();
        assertThat(Role.values()).extracting(Role::claim)
                .containsExactly("judge", "arbitrator", "court-admin", "lender", "collector", "debtor", "auditor");
    }

    @Test
    void onlyJudgesAndArbitratorsAreCourtSide() {
        assertThat(Role.values()).filteredOn(Role::isCourtSide).containsExactly(Role.JUDGE, Role.ARBITRATOR);
    }
}
