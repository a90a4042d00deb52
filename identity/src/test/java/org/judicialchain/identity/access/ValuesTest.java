package org.judicialchain.identity.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.judicialchain.evidence.domain.model.compliance.AuthorisationStanding;
import org.judicialchain.evidence.domain.model.compliance.CollectionAuthorisation;
import org.judicialchain.identity.Role;
import org.judicialchain.identity.access.Decision.Outcome;
import org.junit.jupiter.api.Test;

class ValuesTest {

    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2027-01-01T00:00:00Z");

    @Test
    void callerFromTokenKeepsPortalRolesAndDropsKeycloaksOwn() {
        Caller caller = Caller.fromToken("sub-1", List.of("lender", "offline_access", "default-roles-court"),
                "bank-a", "", null);

        assertThat(caller.roles()).containsExactly(Role.LENDER);
        assertThat(caller.institution()).isEqualTo("bank-a");
        assertThat(caller.court()).as("blank claim counts as absent").isNull();
        assertThat(caller.isAnonymous()).isFalse();
        assertThat(Caller.ANONYMOUS.isAnonymous()).isTrue();
        assertThat(Caller.fromToken("sub-2", null, null, null, null).roles()).isEmpty();
    }

    @Test
    void callerRejectsAnonymousWithClaimsAndBlankSubjects() {
        assertThatThrownBy(() -> new Caller(null, Set.of(Role.JUDGE), null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Caller(" ", Set.of(), null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Caller.fromToken(null, List.of(), null, null, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void authorisationIsValidFromItsStartUntilJustBeforeItsEnd() {
        CollectionAuthorisation a = new CollectionAuthorisation("agency-x", FROM, TO);

        assertThat(a.standingAt(FROM.minusNanos(1))).isEqualTo(AuthorisationStanding.NOT_YET_VALID);
        assertThat(a.standingAt(FROM)).isEqualTo(AuthorisationStanding.VALID);
        assertThat(a.standingAt(TO.minusNanos(1))).isEqualTo(AuthorisationStanding.VALID);
        assertThat(a.standingAt(TO)).isEqualTo(AuthorisationStanding.EXPIRED);
    }

    @Test
    void revocationTakesEffectAtItsInstantAndOutlastsTheNaturalEnd() {
        Instant revoked = Instant.parse("2026-03-01T00:00:00Z");
        CollectionAuthorisation a = new CollectionAuthorisation("agency-x", FROM, TO).revoke(revoked);

        assertThat(a.standingAt(revoked.minusNanos(1))).isEqualTo(AuthorisationStanding.VALID);
        assertThat(a.standingAt(revoked)).isEqualTo(AuthorisationStanding.REVOKED);
        assertThat(a.standingAt(TO.plusSeconds(1))).isEqualTo(AuthorisationStanding.REVOKED);
        assertThat(a.standingAt(revoked)).isNotEqualTo(AuthorisationStanding.VALID);
    }

    @Test
    void authorisationAndCaseFactsCheckTheirInput() {
        assertThatThrownBy(() -> new CollectionAuthorisation("agency-x", TO, FROM))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CollectionAuthorisation("agency-x", FROM, FROM))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CollectionAuthorisation(" ", FROM, TO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaseAccessFacts("C", "court", "", List.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaseAccessFacts("C", "court", "bank-a", List.of(), " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void caseFactsReportWhichAgenciesMayCollectNow() {
        CollectionAuthorisation x = new CollectionAuthorisation("agency-x", FROM, TO);
        CollectionAuthorisation y = new CollectionAuthorisation("agency-y", FROM, TO).revoke(FROM.plusSeconds(60));
        CaseAccessFacts facts = new CaseAccessFacts("C", "court", "bank-a", List.of(x, y), null);
        Instant now = FROM.plusSeconds(3600);

        assertThat(facts.agenciesAuthorisedAt(now)).containsExactly("agency-x");
        assertThat(facts.authorisationStanding("agency-y", now)).contains(AuthorisationStanding.REVOKED);
        assertThat(facts.authorisationStanding("agency-z", now)).isEmpty();
        assertThat(facts.isClaimed()).isFalse();
        assertThat(facts.claimedBy("party-1").isClaimed()).isTrue();
    }

    @Test
    void decisionsMapToHttpStatusesAndOnlyAllowedReadsAreLogged() {
        assertThat(Outcome.ALLOW.httpStatus()).isEqualTo(200);
        assertThat(Outcome.DENY.httpStatus()).isEqualTo(403);
        assertThat(Outcome.HIDE.httpStatus()).isEqualTo(404);
        assertThat(Decision.allowLogged("r").mustLogRead()).isTrue();
        assertThatThrownBy(() -> new Decision(Outcome.HIDE, "r", true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Decision.deny(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
