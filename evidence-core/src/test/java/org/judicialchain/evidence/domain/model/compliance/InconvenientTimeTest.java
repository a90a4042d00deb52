package org.judicialchain.evidence.domain.model.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.judicialchain.evidence.domain.model.compliance.Fixtures.context;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.judicialchain.evidence.domain.model.collection.CollectionRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class InconvenientTimeTest {

    private final InconvenientTime policy = new InconvenientTime();

    @ParameterizedTest(name = "{0} in {1} = {2}, {3} consent={4} -> finding={5}")
    @CsvFileSource(resources = "/compliance/us-reg-f-inconvenient-time.csv")
    void convenientHoursAreEightToNineOnTheDebtorsClockThroughDaylightSaving(String instant, String zone, String wallClock,
                                                                            String kind, boolean consent, boolean expected) {
        ZoneId debtorZone = ZoneId.of(zone);
        CollectionRecord record = Fixtures.ofKind(kind, Instant.parse(instant), consent);
        ComplianceContext context = context(RuleProfile.US_REG_F, debtorZone).of(record);
        // The table states the wall clock it means, so a wrong row cannot pass unnoticed.
        assertThat(Wording.local(context, record.occurredAt())).isEqualTo(wallClock + " (" + zone + ")");

        List<Finding> findings = policy.check(context, record);

        assertThat(!findings.isEmpty()).isEqualTo(expected);
        if (expected) {
            assertThat(findings).singleElement().satisfies(finding -> {
                assertThat(finding.ruleId()).isEqualTo(InconvenientTime.RULE_ID);
                assertThat(finding.recordIds()).containsExactly(record.id());
                assertThat(finding.explanationEn()).contains(wallClock).contains("8:00 a.m. to 9:00 p.m.");
                assertThat(finding.explanationZh()).contains(wallClock).contains("08:00 至 21:00");
                assertThat(finding.source()).startsWith("12 CFR 1006.6(b)(1)(i)");
            });
        }
    }
}
