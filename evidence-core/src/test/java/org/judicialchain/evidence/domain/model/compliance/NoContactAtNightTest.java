package org.judicialchain.evidence.domain.model.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.judicialchain.evidence.domain.model.compliance.Fixtures.context;
import static org.judicialchain.evidence.domain.model.compliance.Fixtures.local;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.judicialchain.evidence.domain.model.collection.CollectionRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoContactAtNightTest {

    private final NoContactAtNight policy = new NoContactAtNight();

    @ParameterizedTest(name = "{1} {0} {2} consent={3} -> finding={4}")
    @CsvSource({
            "Asia/Shanghai,    2026-03-10T21:59:59, CALL,   false, false",
            "Asia/Shanghai,    2026-03-10T22:00:00, CALL,   false, true",
            "Asia/Shanghai,    2026-03-10T23:30:00, CALL,   false, true",
            "Asia/Shanghai,    2026-03-11T00:00:00, CALL,   false, true",
            "Asia/Shanghai,    2026-03-11T07:59:59, CALL,   false, true",
            "Asia/Shanghai,    2026-03-11T08:00:00, CALL,   false, false",
            "Asia/Shanghai,    2026-03-11T13:00:00, CALL,   false, false",
            "Asia/Shanghai,    2026-03-10T22:00:00, CALL,   true,  false",
            "Asia/Shanghai,    2026-03-11T07:59:59, CALL,   true,  false",
            "Asia/Shanghai,    2026-03-10T22:00:00, SMS,    false, true",
            "Asia/Shanghai,    2026-03-10T22:00:00, SMS,    true,  false",
            "Asia/Shanghai,    2026-03-10T21:59:59, SMS,    false, false",
            "Asia/Shanghai,    2026-03-10T22:00:00, VISIT,  false, true",
            "Asia/Shanghai,    2026-03-11T07:59:59, VISIT,  false, true",
            "Asia/Shanghai,    2026-03-11T08:00:00, VISIT,  false, false",
            "Asia/Shanghai,    2026-03-10T23:00:00, LETTER, false, false",
            "America/New_York, 2026-03-10T22:00:00, CALL,   false, true",
            "America/New_York, 2026-03-10T21:59:59, CALL,   false, false",
    })
    void quietHoursAreTwentyTwoToEightOnTheDebtorsClock(String zone, String localTime, String kind, boolean consent, boolean expected) {
        ZoneId debtorZone = ZoneId.of(zone);
        CollectionRecord record = Fixtures.ofKind(kind, local(localTime, debtorZone), consent);

        List<Finding> findings = policy.check(context(RuleProfile.CN_2026, debtorZone).of(record), record);

        assertThat(!findings.isEmpty()).isEqualTo(expected);
        if (expected) {
            Finding finding = findings.getFirst();
            assertThat(finding.ruleId()).isEqualTo(NoContactAtNight.RULE_ID);
            assertThat(finding.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(finding.recordIds()).containsExactly(record.id());
            String shown = localTime.replace('T', ' ');
            assertThat(finding.explanationEn()).contains(shown).contains(zone).contains("22:00-08:00");
            assertThat(finding.explanationZh()).contains(shown).contains(zone).contains("22:00 至次日 08:00");
            assertThat(finding.source()).startsWith("CBA consumer-loan collection guideline 2026");
        }
    }

    @ParameterizedTest(name = "{0} in {1} -> finding={2}")
    @CsvSource({
            "2026-03-10T14:30:00Z, Asia/Shanghai,    true,  2026-03-10 22:30:00 +08:00",
            "2026-03-10T14:30:00Z, America/New_York, false, 2026-03-10 10:30:00 -04:00",
            "2026-03-11T02:30:00Z, Asia/Shanghai,    false, 2026-03-11 10:30:00 +08:00",
            "2026-03-11T02:30:00Z, America/New_York, true,  2026-03-10 22:30:00 -04:00",
    })
    void theSameInstantIsJudgedInTheDebtorsZone(String instant, String zone, boolean expected, String shownLocal) {
        ZoneId debtorZone = ZoneId.of(zone);
        CollectionRecord record = Fixtures.call(Instant.parse(instant)).build();

        List<Finding> findings = policy.check(context(RuleProfile.CN_2026, debtorZone).of(record), record);

        assertThat(!findings.isEmpty()).isEqualTo(expected);
        findings.forEach(finding -> assertThat(finding.explanationEn()).contains(shownLocal + " (" + zone + ")"));
    }
}
