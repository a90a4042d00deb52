package org.judicialchain.evidence.domain.model.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.judicialchain.evidence.domain.model.compliance.Fixtures.SHANGHAI;
import static org.judicialchain.evidence.domain.model.compliance.Fixtures.context;

import java.time.Instant;
import java.util.List;
import org.judicialchain.evidence.domain.model.collection.Call;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgencyAuthorisedTest {

    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-07-01T00:00:00Z");

    private final AgencyAuthorised policy = new AgencyAuthorised();

    @ParameterizedTest(name = "{0} revoked={1} at {2} -> {3}")
    @CsvSource(nullValues = "-", value = {
            "agency-a, -,                    2025-12-31T23:59:59Z, NOT_YET_VALID",
            "agency-a, -,                    2026-01-01T00:00:00Z, VALID",
            "agency-a, -,                    2026-06-30T23:59:59Z, VALID",
            "agency-a, -,                    2026-07-01T00:00:00Z, EXPIRED",
            "agency-a, 2026-04-01T00:00:00Z, 2026-03-31T23:59:59Z, VALID",
            "agency-a, 2026-04-01T00:00:00Z, 2026-04-01T00:00:00Z, REVOKED",
            "agency-a, 2026-04-01T00:00:00Z, 2026-08-01T00:00:00Z, REVOKED",
            "agency-a, 2026-08-01T00:00:00Z, 2026-07-15T00:00:00Z, EXPIRED",
            "agency-a, 2025-12-01T00:00:00Z, 2025-12-15T00:00:00Z, REVOKED",   // withdrawn before it began
            "agency-b, -,                    2026-03-01T00:00:00Z, NONE",
    })
    void onlyUnderAValidAuthorisation(String agency, Instant revokedAt, Instant at, String expected) {
        CollectionAuthorisation authorisation = new CollectionAuthorisation("agency-a", FROM, TO);
        if (revokedAt != null) {
            authorisation = authorisation.revoke(revokedAt);
        }
        Call call = Fixtures.call(at).by(agency).build();

        List<Finding> findings = policy.check(context(RuleProfile.CN_2026, SHANGHAI).authorisations(authorisation).of(call), call);

        if (expected.equals("VALID")) {
            assertThat(findings).isEmpty();
            assertThat(authorisation.standingAt(at)).isEqualTo(AuthorisationStanding.VALID);
            return;
        }
        if (!expected.equals("NONE")) {
            assertThat(authorisation.standingAt(at)).isEqualTo(AuthorisationStanding.valueOf(expected));
        }
        String expectedEn = switch (expected) {
            case "NOT_YET_VALID" -> "only takes effect at 2026-01-01 08:00:00 +08:00";
            case "EXPIRED" -> "expired at 2026-07-01 08:00:00 +08:00";
            case "REVOKED" -> "was revoked at " + Wording.local(context(RuleProfile.CN_2026, SHANGHAI).of(call), revokedAt);
            default -> "Agency agency-b had no collection authorisation for this case at all";
        };
        String expectedZh = switch (expected) {
            case "NOT_YET_VALID" -> "授权尚未生效";
            case "EXPIRED" -> "到期";
            case "REVOKED" -> "被撤销";
            default -> "没有任何催收授权";
        };
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo(AgencyAuthorised.RULE_ID);
            assertThat(finding.severity()).isEqualTo(Severity.HIGH);
            assertThat(finding.recordIds()).containsExactly(call.id());
            assertThat(finding.explanationEn()).contains(expectedEn);
            assertThat(finding.explanationZh()).contains(expectedZh);
        });
    }

    @ParameterizedTest(name = "renewed authorisations, call at {0} -> {1}")
    @CsvSource({
            "2026-06-30T23:59:59Z, -",
            "2026-07-01T00:00:00Z, -",                                        // the renewal starts where the first ends
            "2026-12-31T23:59:59Z, -",
            "2027-01-01T00:00:00Z, expired at 2027-01-01 08:00:00 +08:00",   // the latest one is cited
    })
    void consecutiveAuthorisationsLeaveNoGap(Instant at, String expectedEn) {
        CollectionAuthorisation first = new CollectionAuthorisation("agency-a", FROM, TO);
        CollectionAuthorisation renewal = new CollectionAuthorisation("agency-a", TO, Instant.parse("2027-01-01T00:00:00Z"));
        Call call = Fixtures.call(at).build();

        List<Finding> findings = policy.check(context(RuleProfile.US_REG_F, SHANGHAI).authorisations(renewal, first).of(call), call);

        if (expectedEn.equals("-")) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings).singleElement().extracting(Finding::explanationEn).asString().contains(expectedEn);
        }
    }

    @Test
    void anotherAgencysAuthorisationDoesNotCount() {
        Call call = Fixtures.call(Instant.parse("2026-03-01T00:00:00Z")).build();
        CollectionAuthorisation others = new CollectionAuthorisation("agency-b", FROM, TO);
        assertThat(policy.check(context(RuleProfile.CN_2026, SHANGHAI).authorisations(others).of(call), call))
                .singleElement().extracting(Finding::explanationEn).asString()
                .contains("Agency agency-a had no collection authorisation");
    }

    @Test
    void aFutureAuthorisationIsCitedWhenNoneHasStarted() {
        CollectionAuthorisation later = new CollectionAuthorisation("agency-a", Instant.parse("2026-09-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"));
        Call call = Fixtures.call(Instant.parse("2026-03-01T00:00:00Z")).build();
        assertThat(policy.check(context(RuleProfile.CN_2026, SHANGHAI).authorisations(later, new CollectionAuthorisation("agency-a", Instant.parse("2026-06-01T00:00:00Z"), Instant.parse("2026-07-01T00:00:00Z"))).of(call), call))
                .singleElement().extracting(Finding::explanationEn).asString()
                .contains("only takes effect at 2026-06-01 08:00:00 +08:00");
    }
}
