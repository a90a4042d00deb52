package org.judicialchain.identity.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.judicialchain.identity.access.PolicyFixture.AGENCY_X;
import static org.judicialchain.identity.access.PolicyFixture.AGENCY_Y;
import static org.judicialchain.identity.access.PolicyFixture.COURT;
import static org.judicialchain.identity.access.PolicyFixture.NOW;
import static org.judicialchain.identity.access.PolicyFixture.OWN_CASE;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.judicialchain.evidence.domain.model.compliance.CollectionAuthorisation;
import org.judicialchain.identity.Role;
import org.judicialchain.identity.access.Decision.Outcome;
import org.junit.jupiter.api.Test;

/** What the table cannot show well: several roles, missing claims, claims over time, misuse. */
class AccessPolicyTest {

    private final AccessPolicy policy = new AccessPolicy();

    private static final CaseAccessFacts OTHER_COURT_CASE = new CaseAccessFacts("CASE-2026-0002",
            "court-shanghai-financial", "bank-b", List.of(AGENCY_Y), "party-debtor-0002");

    @Test
    void theMostPermissiveRoleWinsAndItsLoggingDutyIsKept() {
        Caller judgeAndAuditor = new Caller("s", Set.of(Role.JUDGE, Role.AUDITOR), null, COURT, null);

        Decision ownCourt = policy.decide(judgeAndAuditor, Action.VIEW_CASE, OWN_CASE, NOW);
        Decision otherCourt = policy.decide(judgeAndAuditor, Action.VIEW_CASE, OTHER_COURT_CASE, NOW);
        Decision grant = policy.decide(judgeAndAuditor, Action.GRANT_CONFIRMATION, OTHER_COURT_CASE, NOW);

        assertThat(ownCourt.isAllowed()).isTrue();
        assertThat(ownCourt.mustLogRead()).as("the auditor role reads logged").isTrue();
        assertThat(otherCourt.isAllowed()).isTrue();
        assertThat(grant.outcome()).as("the auditor writes nothing; the judge sees no other court")
                .isEqualTo(Outcome.HIDE);
    }

    @Test
    void aCaseOutOfSightIsHiddenEvenWhenAnotherRoleIsDeniedOutright() {
        Caller adminAndDebtor = new Caller("s", Set.of(Role.COURT_ADMIN, Role.DEBTOR), null, COURT, "party-debtor-0001");

        assertThat(policy.decide(adminAndDebtor, Action.VIEW_CASE, OTHER_COURT_CASE, NOW).outcome())
                .isEqualTo(Outcome.HIDE);
        assertThat(policy.decide(adminAndDebtor, Action.MANAGE_INSTITUTIONS, NOW).isAllowed()).isTrue();
    }

    @Test
    void aRoleWithoutTheClaimItNeedsIsDeniedNotHidden() {
        Caller judgeWithoutCourt = new Caller("s", Set.of(Role.JUDGE), null, " ", null);
        Caller lenderWithoutInstitution = new Caller("s", Set.of(Role.LENDER), null, null, null);
        Caller collectorWithoutInstitution = new Caller("s", Set.of(Role.COLLECTOR), null, null, null);
        Caller debtorWithoutParty = new Caller("s", Set.of(Role.DEBTOR), "bank-a", null, null);

        assertThat(policy.decide(judgeWithoutCourt, Action.VIEW_CASE, OWN_CASE, NOW))
                .extracting(Decision::outcome, Decision::reason).containsExactly(Outcome.DENY, "token carries no court claim");
        assertThat(policy.decide(lenderWithoutInstitution, Action.VIEW_CASE, OWN_CASE, NOW).reason())
                .isEqualTo("token carries no institution claim");
        assertThat(policy.decide(collectorWithoutInstitution, Action.VIEW_CASE, OWN_CASE, NOW).reason())
                .isEqualTo("token carries no institution claim");
        assertThat(policy.decide(debtorWithoutParty, Action.VIEW_CASE, OWN_CASE, NOW).reason())
                .isEqualTo("token carries no party_id claim");
    }

    @Test
    void aCollectorIsJudgedByAuthorisationsValidAtTheInstantAsked() {
        Caller collector = PolicyFixture.caller("collector");
        CollectionAuthorisation expired = new CollectionAuthorisation("agency-x",
                Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"));
        CaseAccessFacts renewed = new CaseAccessFacts("C-1", COURT, "bank-a", List.of(expired, AGENCY_X), null);
        CaseAccessFacts lapsed = new CaseAccessFacts("C-1", COURT, "bank-a", List.of(expired), null);

        assertThat(policy.decide(collector, Action.ADD_COLLECTION_RECORD, renewed, NOW).isAllowed()).isTrue();
        assertThat(policy.decide(collector, Action.ADD_COLLECTION_RECORD, lapsed, NOW))
                .extracting(Decision::outcome, Decision::reason)
                .containsExactly(Outcome.DENY, "collection authorisation expired");
        assertThat(policy.decide(collector, Action.ADD_COLLECTION_RECORD, lapsed, Instant.parse("2025-06-01T00:00:00Z"))
                .isAllowed()).as("the same facts, asked while the authorisation ran").isTrue();
        assertThat(policy.decide(collector, Action.VIEW_CASE,
                new CaseAccessFacts("C-1", COURT, "bank-a", List.of(AGENCY_X.revoke(NOW)), null), NOW).reason())
                .isEqualTo("collection authorisation revoked");
    }

    @Test
    void anAuthorisationRevokedOnlyAfterItHadExpiredIsDeniedAsExpired() {
        Caller collector = PolicyFixture.caller("collector");
        CollectionAuthorisation expiredThenRevoked = new CollectionAuthorisation("agency-x",
                Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"))
                .revoke(Instant.parse("2026-03-01T00:00:00Z"));
        CaseAccessFacts facts = new CaseAccessFacts("C-1", COURT, "bank-a", List.of(expiredThenRevoked), null);

        assertThat(policy.decide(collector, Action.ADD_COLLECTION_RECORD, facts, NOW))
                .as("no access either way; the revocation came after the end, so the reason is the expiry")
                .extracting(Decision::outcome, Decision::reason)
                .containsExactly(Outcome.DENY, "collection authorisation expired");
        assertThat(policy.decide(collector, Action.VIEW_CASE, facts, NOW).isAllowed()).isFalse();
    }

    @Test
    void aDebtorClaimsAnUnclaimedCaseAndThenOnlyTheySeeIt() {
        Caller debtor1 = PolicyFixture.caller("debtor");
        Caller debtor2 = new Caller("sub-debtor2", Set.of(Role.DEBTOR), null, null, "party-debtor-0002");
        CaseAccessFacts unclaimed = OWN_CASE.claimedBy(null);

        assertThat(policy.decide(debtor1, Action.CLAIM_CASE, unclaimed, NOW).isAllowed()).isTrue();
        assertThat(policy.decide(debtor1, Action.VIEW_CASE, unclaimed, NOW).outcome()).isEqualTo(Outcome.HIDE);

        CaseAccessFacts claimed = unclaimed.claimedBy("party-debtor-0001");
        assertThat(policy.decide(debtor1, Action.VIEW_CASE, claimed, NOW).isAllowed()).isTrue();
        assertThat(policy.decide(debtor1, Action.FILE_OBJECTION, claimed, NOW).isAllowed()).isTrue();
        assertThat(policy.decide(debtor2, Action.VIEW_CASE, claimed, NOW).outcome()).isEqualTo(Outcome.HIDE);
        assertThat(policy.decide(debtor2, Action.CLAIM_CASE, claimed, NOW).outcome())
                .as("a claimed case cannot be taken over, nor its existence probed").isEqualTo(Outcome.HIDE);
        assertThat(policy.decide(debtor2, Action.FILE_OBJECTION, claimed, NOW).outcome()).isEqualTo(Outcome.HIDE);
    }

    @Test
    void theCaseListHoldsOnlyCasesInSight() {
        CaseAccessFacts bankBAgencyX = new CaseAccessFacts("CASE-3", COURT, "bank-b", List.of(AGENCY_X), null);
        List<CaseAccessFacts> all = List.of(OWN_CASE, OTHER_COURT_CASE, bankBAgencyX);

        assertThat(visibleRefs("judge", all)).containsExactly("CASE-2026-0001", "CASE-3");
        assertThat(visibleRefs("lender", all)).containsExactly("CASE-2026-0001");
        assertThat(visibleRefs("collector", all)).containsExactly("CASE-2026-0001", "CASE-3");
        assertThat(visibleRefs("debtor", all)).containsExactly("CASE-2026-0001");
        assertThat(visibleRefs("auditor", all)).hasSize(3);
        assertThat(visibleRefs("court-admin", all)).isEmpty();
        assertThat(visibleRefs("anonymous", all)).isEmpty();
    }

    @Test
    void anonymousCallersMayOnlyVerify() {
        assertThat(policy.decide(Caller.ANONYMOUS, Action.VERIFY_PUBLIC, NOW))
                .extracting(Decision::outcome, Decision::mustLogRead).containsExactly(Outcome.ALLOW, false);
        assertThat(policy.decide(Caller.ANONYMOUS, Action.LIST_CASES, NOW))
                .extracting(Decision::outcome, Decision::reason).containsExactly(Outcome.DENY, "sign-in required");
    }

    @Test
    void aMalformedRequestIsAProgrammingErrorNotADecision() {
        Caller judge = PolicyFixture.caller("judge");

        assertThatThrownBy(() -> policy.decide(judge, Action.VIEW_CASE, NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs case facts");
        assertThatThrownBy(() -> policy.decide(judge, Action.LIST_CASES, OWN_CASE, NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takes no case facts");
        assertThatThrownBy(() -> policy.decide(judge, Action.VIEW_INTERNAL_NOTE, OWN_CASE, NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs item owner");
        assertThatThrownBy(() -> policy.decide(judge, Action.VIEW_CASE, OWN_CASE, Party.court(COURT), NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takes no item owner");
        assertThatThrownBy(() -> policy.decide(judge, Action.VIEW_COLLECTION_RECORD, OWN_CASE,
                Party.debtor("party-debtor-0001"), NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("owned by an agency");
    }

    @Test
    void identifiersOfDifferentKindsNeverMatch() {
        Caller debtorNamedLikeABank = new Caller("s", Set.of(Role.DEBTOR), null, null, "bank-a");
        CaseAccessFacts hisCase = OWN_CASE.claimedBy("bank-a");

        assertThat(debtorNamedLikeABank.is(Party.institution("bank-a"))).isFalse();
        assertThat(policy.decide(debtorNamedLikeABank, Action.VIEW_INTERNAL_NOTE, hisCase,
                Party.institution("bank-a"), NOW).outcome()).isEqualTo(Outcome.HIDE);
        assertThat(policy.decide(debtorNamedLikeABank, Action.VIEW_INTERNAL_NOTE, hisCase,
                Party.debtor("bank-a"), NOW).isAllowed()).isTrue();
    }

    @Test
    void onlyThoseWithTheCaseInSightOrAnEndedAuthorisationKnowItExists() {
        CaseAccessFacts expired = PolicyFixture.facts("auth-expired");

        assertThat(policy.knowsOfCase(PolicyFixture.caller("lender"), OWN_CASE, NOW)).isTrue();
        assertThat(policy.knowsOfCase(PolicyFixture.caller("lender"), OTHER_COURT_CASE, NOW))
                .as("another creditor's case").isFalse();
        assertThat(policy.knowsOfCase(PolicyFixture.caller("collector"), expired, NOW))
                .as("an agency whose authorisation expired is told so, not that the case is missing").isTrue();
        assertThat(policy.knowsOfCase(PolicyFixture.caller("collector"), OTHER_COURT_CASE, NOW)).isFalse();
        assertThat(policy.knowsOfCase(PolicyFixture.caller("court-admin"), OWN_CASE, NOW))
                .as("the court administrator sees no case, so existing and missing answer alike").isFalse();
        assertThat(policy.knowsOfCase(Caller.ANONYMOUS, OWN_CASE, NOW)).isFalse();
    }

    private List<String> visibleRefs(String role, List<CaseAccessFacts> cases) {
        return cases.stream().filter(c -> policy.canSeeCase(PolicyFixture.caller(role), c, NOW))
                .map(CaseAccessFacts::caseRef).toList();
    }
}
