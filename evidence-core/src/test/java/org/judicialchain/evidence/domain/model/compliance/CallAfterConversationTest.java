package org.judicialchain.evidence.domain.model.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.judicialchain.evidence.domain.model.compliance.Fixtures.call;
import static org.judicialchain.evidence.domain.model.compliance.Fixtures.context;
import static org.judicialchain.evidence.domain.model.compliance.Fixtures.local;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.judicialchain.evidence.domain.model.collection.Call;
import org.judicialchain.evidence.domain.model.collection.ContactTarget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallAfterConversationTest {

    private final CallAfterConversation policy = new CallAfterConversation();

    @ParameterizedTest(name = "[{index}] {0}: {2} at {1}, call at {3} -> day {4}")
    @CsvSource(nullValues = "-", value = {
            // zone, earlier call (local), who answered it, new call (local), day of the period or 0 = no finding
            "America/New_York,    2026-06-01T10:00,    DEBTOR,      2026-06-01T15:00,    1",
            "America/New_York,    2026-06-01T10:00,    DEBTOR,      2026-06-07T23:59:59, 7",
            "America/New_York,    2026-06-01T10:00,    DEBTOR,      2026-06-08T00:00,    0",
            // 6 days 23 hours after the conversation: inside the period when that is still day 7 ...
            "America/New_York,    2026-06-01T00:30,    DEBTOR,      2026-06-07T23:30,    7",
            // ... but not when it is already day 8: the regulation counts dates, not hours
            "America/New_York,    2026-06-01T10:00,    DEBTOR,      2026-06-08T09:00,    0",
            // exactly 7 days after
            "America/New_York,    2026-06-01T10:00,    DEBTOR,      2026-06-08T10:00,    0",
            // only a conversation with the debtor starts the period
            "America/New_York,    2026-06-01T10:00,    THIRD_PARTY, 2026-06-02T10:00,    0",
            "America/New_York,    2026-06-01T10:00,    -,           2026-06-02T10:00,    0",
            // spring forward (8 March 2026, a 23-hour day) inside the period
            "America/New_York,    2026-03-07T10:00,    DEBTOR,      2026-03-13T23:30,    7",
            "America/New_York,    2026-03-07T10:00,    DEBTOR,      2026-03-14T00:00,    0",
            // fall back (1 November 2026, a 25-hour day) inside the period
            "America/Los_Angeles, 2026-10-27T22:00,    DEBTOR,      2026-11-02T23:59,    7",
            "America/Los_Angeles, 2026-10-27T22:00,    DEBTOR,      2026-11-03T00:00,    0",
            // dates are the debtor's: 23:30 in Shanghai
            "Asia/Shanghai,       2026-06-01T23:30,    DEBTOR,      2026-06-07T23:59,    7",
            "Asia/Shanghai,       2026-06-01T23:30,    DEBTOR,      2026-06-08T00:00,    0",
    })
    void noCallWithinSevenDaysAfterAConversation(String zone, String earlier, ContactTarget answeredBy, String next, int expectedDay) {
        ZoneId debtorZone = ZoneId.of(zone);
        Fixtures.CallBuilder first = call(local(earlier, debtorZone));
        Call conversation = answeredBy == null ? first.build() : first.answeredBy(answeredBy).build();
        Call followUp = call(local(next, debtorZone)).build();

        List<Finding> findings = policy.check(context(RuleProfile.US_REG_F, debtorZone).history(conversation).of(followUp), followUp);

        if (expectedDay == 0) {
            assertThat(findings).isEmpty();
            return;
        }
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo(CallAfterConversation.RULE_ID);
            assertThat(finding.recordIds()).containsExactly(followUp.id(), conversation.id());
            assertThat(finding.explanationEn()).contains("falls on day " + expectedDay + " of the seven-day period")
                    .contains(earlier.replace('T', ' ')).contains(zone);
            assertThat(finding.explanationZh()).contains("第 " + expectedDay + " 日");
        });
    }

    @ParameterizedTest(name = "call to a third party {0} after a conversation with the debtor")
    @CsvSource({"PT1H", "P1D"})
    void callsToThirdPartiesAreOutsideThisRule(String after) {
        ZoneId zone = Fixtures.NEW_YORK;
        Call conversation = call(local("2026-06-01T10:00", zone)).answeredBy(ContactTarget.DEBTOR).build();
        Call toRelative = call(conversation.occurredAt().plus(Duration.parse(after))).toThirdParty().build();
        assertThat(policy.check(context(RuleProfile.US_REG_F, zone).history(conversation).of(toRelative), toRelative)).isEmpty();
    }
}
