package org.judicialchain.identity.access;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.judicialchain.evidence.domain.model.compliance.CollectionAuthorisation;
import org.judicialchain.identity.Role;

/** The callers, cases and items the rows of the policy table name. */
final class PolicyFixture {

    static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    static final String COURT = "court-beijing-internet";
    static final String OTHER_COURT = "court-shanghai-financial";

    static final Map<String, Caller> CALLERS = Map.of(
            "judge", new Caller("sub-judge1", Set.of(Role.JUDGE), null, COURT, null),
            "arbitrator", new Caller("sub-arbitrator1", Set.of(Role.ARBITRATOR), null, COURT, null),
            "court-admin", new Caller("sub-courtadmin1", Set.of(Role.COURT_ADMIN), null, COURT, null),
            "lender", new Caller("sub-lender-a1", Set.of(Role.LENDER), "bank-a", null, null),
            "collector", new Caller("sub-collector-x1", Set.of(Role.COLLECTOR), "agency-x", null, null),
            "debtor", new Caller("sub-debtor1", Set.of(Role.DEBTOR), null, null, "party-debtor-0001"),
            "auditor", new Caller("sub-auditor1", Set.of(Role.AUDITOR), null, null, null),
            "anonymous", Caller.ANONYMOUS,
            "no-role", new Caller("sub-nobody", Set.of(), null, null, null));

    static final CollectionAuthorisation AGENCY_X = new CollectionAuthorisation("agency-x",
            Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"));
    static final CollectionAuthorisation AGENCY_Y = new CollectionAuthorisation("agency-y",
            Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"));

    static final CaseAccessFacts OWN_CASE = new CaseAccessFacts("CASE-2026-0001", COURT, "bank-a",
            List.of(AGENCY_X), "party-debtor-0001");

    static final Map<String, CaseAccessFacts> CASES = Map.of(
            "own-case", OWN_CASE,
            "other-item", OWN_CASE,
            "other-case", new CaseAccessFacts("CASE-2026-0002", OTHER_COURT, "bank-b",
                    List.of(AGENCY_Y), "party-debtor-0002"),
            "auth-expired", withAuthorisation(new CollectionAuthorisation("agency-x",
                    Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"))),
            "auth-revoked", withAuthorisation(AGENCY_X.revoke(Instant.parse("2026-03-01T00:00:00Z"))),
            "auth-not-yet-valid", withAuthorisation(new CollectionAuthorisation("agency-x",
                    Instant.parse("2026-09-01T00:00:00Z"), Instant.parse("2027-09-01T00:00:00Z"))),
            "unclaimed-case", OWN_CASE.claimedBy(null));

    private PolicyFixture() {
    }

    static Caller caller(String role) {
        return require(CALLERS, role, "role");
    }

    static CaseAccessFacts facts(String situation) {
        return require(CASES, situation, "situation");
    }

    /** The owner of the item a row reads: the caller's own party, or another one. */
    static Party itemOwner(String role, String situation, Action action) {
        boolean own = !situation.equals("other-item");
        if (action == Action.VIEW_COLLECTION_RECORD) {
            return Party.institution(own ? "agency-x" : "agency-y");
        }
        if (!own) {
            return Party.institution(role.equals("lender") ? "agency-x" : "bank-a");
        }
        return switch (role) {
            case "judge", "arbitrator", "court-admin" -> Party.court(COURT);
            case "lender" -> Party.institution("bank-a");
            case "collector" -> Party.institution("agency-x");
            case "debtor" -> Party.debtor("party-debtor-0001");
            default -> Party.institution("bank-a"); // roles that own no items: any note of the case
        };
    }

    private static CaseAccessFacts withAuthorisation(CollectionAuthorisation authorisation) {
        return new CaseAccessFacts(OWN_CASE.caseRef(), COURT, "bank-a", List.of(authorisation, AGENCY_Y),
                "party-debtor-0001");
    }

    private static <T> T require(Map<String, T> map, String key, String what) {
        T value = map.get(key);
        if (value == null) {
            throw new IllegalArgumentException("unknown " + what + " in policy table: " + key);
        }
        return value;
    }
}
