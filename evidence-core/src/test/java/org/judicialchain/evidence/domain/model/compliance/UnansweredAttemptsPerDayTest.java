package org.judicialchain.evidence.domain.model.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.judicialchain.evidence.domain.model.compliance.Fixtures.SHANGHAI;
import static org.judicialchain.evidence.domain.model.compliance.Fixtures.call;
import static org.judicialchain.evidence.domain.model.compliance.Fixtures.context;
import static org.judicialchain.evidence.domain.model.compliance.Fixtures.local;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.collection.Call;
import org.judicialchain.evidence.domain.model.collection.CollectionRecord;
import org.judicialchain.evidence.domain.model.collection.ContactTarget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnansweredAttemptsPerDayTest {

    private final UnansweredAttemptsPerDay policy = new UnansweredAttemptsPerDay();

    @ParameterizedTest(name = "{0} unanswered + {1} answered + {2} unanswered to third parties earlier, new answered={3} -> attempt {4}")
    @CsvSource({
            // earlierUnanswered, earlierAnswered, earlierUnansweredThirdParty, newAnswered, expectedAttemptOrZero
            "0, 0, 0, false, 0",
            "5, 0, 0, false, 0",   // 6th unanswered: allowed
            "6, 0, 0, false, 7",   // 7th unanswered: the violation
            "7, 0, 0, false, 8",   // and every one after it
            "5, 4, 0, false, 0",   // answered calls do not count
            "6, 0, 0, true,  0",   // an answered 7th call is not an unanswered attempt
            "4, 0, 2, false, 7",   // attempts on third parties' numbers count (per case)
            "3, 0, 2, false, 0",
    })
    void atMostSixUnansweredAttemptsADay(int unanswered, int answered, int unansweredThirdParty, boolean newAnswered, int expectedAttempt) {
        List<Call> earlier = new ArrayList<>();
        Instant start = local("2026-03-10T09:00:00", SHANGHAI);
        int minute = 0;
        for (int i = 0; i < unanswered; i++) {
            earlier.add(call(start.plusSeconds(60L * minute++)).build());
        }
        for (int i = 0; i < answered; i++) {
            earlier.add(call(start.plusSeconds(60L * minute++)).answeredBy(ContactTarget.DEBTOR).build());
        }
        for (int i = 0; i < unansweredThirdParty; i++) {
            earlier.add(call(start.plusSeconds(60L * minute++)).toThirdParty().build());
        }
        Fixtures.CallBuilder builder = call(local("2026-03-10T18:00:00", SHANGHAI));
        Call next = newAnswered ? builder.answeredBy(ContactTarget.DEBTOR).build() : builder.build();

        List<Finding> findings = policy.check(context(RuleProfile.CN_2026, SHANGHAI).history(earlier).of(next), next);

        if (expectedAttempt == 0) {
            assertThat(findings).isEmpty();
            return;
        }
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo(UnansweredAttemptsPerDay.RULE_ID);
            assertThat(finding.recordIds()).hasSize(expectedAttempt).first().isEqualTo(next.id());
            assertThat(finding.explanationEn()).contains("the " + Wording.ordinal(expectedAttempt) + " unanswered call attempt on 2026-03-10");
            assertThat(finding.explanationZh()).contains("第 " + expectedAttempt + " 次未接通拨打");
        });
    }

    @ParameterizedTest(name = "six at {1}..+5h UTC, next at {2} in {0} -> finding={3}")
    @CsvSource({
            // The count restarts at local midnight.
            "Asia/Shanghai,    2026-03-10T01:00:00Z, 2026-03-10T15:59:59Z, true",   // 23:59:59 same local day
            "Asia/Shanghai,    2026-03-10T01:00:00Z, 2026-03-10T16:00:00Z, false",  // 00:00:00 next local day
            // The same instants split differently over New York's days: three fall on 9 March there.
            "Asia/Shanghai,    2026-03-10T01:00:00Z, 2026-03-10T07:00:00Z, true",
            "America/New_York, 2026-03-10T01:00:00Z, 2026-03-10T07:00:00Z, false",
            "America/New_York, 2026-03-10T04:00:00Z, 2026-03-10T12:00:00Z, true",   // all six on 10 March (00:00-05:00 EDT)
            "America/New_York, 2026-03-10T04:00:00Z, 2026-03-11T04:00:00Z, false",  // 00:00 EDT on 11 March
    })
    void daysAreTheDebtorsCalendarDays(String zone, String firstOfSix, String seventh, boolean expected) {
        ZoneId debtorZone = ZoneId.of(zone);
        List<CollectionRecord> earlier = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            earlier.add(call(Instant.parse(firstOfSix).plusSeconds(3600L * i)).build());
        }
        Call next = call(Instant.parse(seventh)).build();

        List<Finding> findings = policy.check(context(RuleProfile.CN_2026, debtorZone).history(earlier).of(next), next);

        assertThat(!findings.isEmpty()).isEqualTo(expected);
        if (expected) {
            List<UUID> all = new ArrayList<>(List.of(next.id()));
            earlier.forEach(record -> all.add(record.id()));
            assertThat(findings.getFirst().recordIds()).containsExactlyElementsOf(all);
        }
    }
}
