package org.judicialchain.evidence.domain.model.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.judicialchain.evidence.domain.model.compliance.Fixtures.call;
import static org.judicialchain.evidence.domain.model.compliance.Fixtures.context;
import static org.judicialchain.evidence.domain.model.compliance.Fixtures.local;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.judicialchain.evidence.domain.model.collection.Call;
import org.judicialchain.evidence.domain.model.collection.CollectionRecord;
import org.judicialchain.evidence.domain.model.collection.ContactTarget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallFrequencyTest {

    private final CallFrequency policy = new CallFrequency();

    /**
     * Earlier calls are given as debtor-local times; a leading {@code A} marks an answered call, a
     * leading {@code T} a call to a third party.
     */
    @ParameterizedTest(name = "[{index}] {0}: call at {2} -> call number {3}")
    @CsvSource(delimiter = '|', value = {
            // zone | earlier calls (local) | new call (local) | expected count, 0 = no finding
            "America/New_York | 2026-06-10T09:00;2026-06-10T10:00;2026-06-10T11:00;2026-06-10T12:00;2026-06-10T13:00;2026-06-10T14:00 | 2026-06-10T15:00 | 0",
            "America/New_York | 2026-06-10T09:00;2026-06-10T10:00;2026-06-10T11:00;2026-06-10T12:00;2026-06-10T13:00;2026-06-10T14:00;2026-06-10T15:00 | 2026-06-10T16:00 | 8",
            "America/New_York | 2026-06-04T10:00;2026-06-05T10:00;2026-06-06T10:00;2026-06-07T10:00;2026-06-08T10:00;2026-06-09T10:00 | 2026-06-10T10:00 | 0",
            "America/New_York | 2026-06-04T10:00;2026-06-05T10:00;2026-06-06T10:00;2026-06-07T10:00;2026-06-08T10:00;2026-06-09T10:00;2026-06-10T09:00 | 2026-06-10T10:00 | 8",
            // the first call on day D-6 at 00:00 is inside the seven days; on D-7 at 23:59:59 it is not
            "America/New_York | 2026-06-04T00:00;2026-06-05T10:00;2026-06-06T10:00;2026-06-07T10:00;2026-06-08T10:00;2026-06-09T10:00;2026-06-10T09:00 | 2026-06-10T20:00 | 8",
            "America/New_York | 2026-06-03T23:59:59;2026-06-05T10:00;2026-06-06T10:00;2026-06-07T10:00;2026-06-08T10:00;2026-06-09T10:00;2026-06-10T09:00 | 2026-06-10T08:00 | 0",
            // answered and unanswered calls both count; calls to third parties do not
            "America/New_York | A2026-06-04T10:00;2026-06-05T10:00;A2026-06-06T10:00;2026-06-07T10:00;2026-06-08T10:00;2026-06-09T10:00;A2026-06-10T09:00 | 2026-06-10T10:00 | 8",
            "America/New_York | T2026-06-04T10:00;2026-06-05T10:00;2026-06-06T10:00;2026-06-07T10:00;2026-06-08T10:00;2026-06-09T10:00;2026-06-10T09:00 | 2026-06-10T10:00 | 0",
            // a ninth call is a finding too
            "America/New_York | 2026-06-04T10:00;2026-06-05T10:00;2026-06-06T10:00;2026-06-07T10:00;2026-06-08T10:00;2026-06-09T10:00;2026-06-10T09:00;2026-06-10T10:00 | 2026-06-10T11:00 | 9",
            // spring forward (8 March 2026): seven calendar days, not 168 hours. From 23:00 EDT on 8 March,
            // 168 hours back is 22:00 EST on 1 March, yet a call on 1 March is outside the period.
            "America/New_York | 2026-03-02T00:00;2026-03-03T10:00;2026-03-04T10:00;2026-03-05T10:00;2026-03-06T10:00;2026-03-07T10:00;2026-03-08T10:00 | 2026-03-08T23:00 | 8",
            "America/New_York | 2026-03-01T23:59;2026-03-03T10:00;2026-03-04T10:00;2026-03-05T10:00;2026-03-06T10:00;2026-03-07T10:00;2026-03-08T10:00 | 2026-03-08T23:00 | 0",
            // fall back (1 November 2026): the 25-hour day does not stretch the period
            "America/Los_Angeles | 2026-10-26T00:00;2026-10-27T10:00;2026-10-28T10:00;2026-10-29T10:00;2026-10-30T10:00;2026-10-31T10:00;2026-11-01T01:30 | 2026-11-01T23:59 | 8",
            "America/Los_Angeles | 2026-10-25T23:59;2026-10-27T10:00;2026-10-28T10:00;2026-10-29T10:00;2026-10-30T10:00;2026-10-31T10:00;2026-11-01T01:30 | 2026-11-01T23:59 | 0",
            // the same instants, judged on another clock: Shanghai's dates start 12 hours earlier
            "Asia/Shanghai | 2026-06-04T10:00;2026-06-05T10:00;2026-06-06T10:00;2026-06-07T10:00;2026-06-08T10:00;2026-06-09T10:00;2026-06-10T09:00 | 2026-06-10T10:00 | 8",
    })
    void moreThanSevenCallsInSevenConsecutiveDays(String zone, String earlierCalls, String newCall, int expected) {
        ZoneId debtorZone = ZoneId.of(zone);
        List<CollectionRecord> earlier = new ArrayList<>();
        for (String spec : earlierCalls.split(";")) {
            char mark = spec.charAt(0);
            String time = Character.isLetter(mark) ? spec.substring(1) : spec;
            Fixtures.CallBuilder builder = call(local(time, debtorZone));
            if (mark == 'A') {
                builder.answeredBy(ContactTarget.DEBTOR);
            } else if (mark == 'T') {
                builder.toThirdParty();
            }
            earlier.add(builder.build());
        }
        Call next = call(local(newCall, debtorZone)).build();

        List<Finding> findings = policy.check(context(RuleProfile.US_REG_F, debtorZone).history(earlier).of(next), next);

        if (expected == 0) {
            assertThat(findings).isEmpty();
            return;
        }
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo(CallFrequency.RULE_ID);
            assertThat(finding.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(finding.recordIds()).hasSize(expected).first().isEqualTo(next.id());
            assertThat(finding.explanationEn()).contains("the " + Wording.ordinal(expected) + " call to the debtor")
                    .contains(zone).contains("seven consecutive days");
            assertThat(finding.explanationZh()).contains("第 " + expected + " 次拨打");
            assertThat(finding.source()).startsWith("12 CFR 1006.14(b)(2)(i)");
        });
    }

    @ParameterizedTest(name = "a {0} is not a call")
    @CsvSource({"SMS", "VISIT", "LETTER"})
    void onlyCallsCount(String kind) {
        ZoneId zone = Fixtures.NEW_YORK;
        List<CollectionRecord> earlier = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            earlier.add(call(local("2026-06-10T09:00", zone).plusSeconds(60L * i)).build());
        }
        CollectionRecord other = Fixtures.ofKind(kind, local("2026-06-10T12:00", zone), false);
        assertThat(policy.check(context(RuleProfile.US_REG_F, zone).history(earlier).of(other), other)).isEmpty();
    }
}
