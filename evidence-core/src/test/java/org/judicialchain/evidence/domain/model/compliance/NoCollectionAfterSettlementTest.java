package org.judicialchain.evidence.domain.model.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.judicialchain.evidence.domain.model.compliance.Fixtures.SHANGHAI;
import static org.judicialchain.evidence.domain.model.compliance.Fixtures.context;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.judicialchain.evidence.domain.model.collection.CollectionRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoCollectionAfterSettlementTest {

    private static final Instant SETTLED = Instant.parse("2026-05-01T02:00:00Z");

    private final NoCollectionAfterSettlement policy = new NoCollectionAfterSettlement();

    @ParameterizedTest(name = "{0} {1} after settlement -> finding={2}")
    @CsvSource({
            "CALL,   -P1D,      false",
            "CALL,   -PT1S,     false",
            "CALL,   PT0S,      false",   // at the settlement instant nobody can know yet
            "CALL,   PT0.001S,  true",
            "CALL,   PT1S,      true",
            "SMS,    P1D,       true",
            "LETTER, P30D,      true",
            "VISIT,  PT2H,      true",
            "LETTER, -PT1S,     false",
    })
    void nothingAfterTheBalanceReachedZero(String kind, String offset, boolean expected) {
        CollectionRecord record = Fixtures.ofKind(kind, SETTLED.plus(Duration.parse(offset)), false);

        List<Finding> findings = policy.check(context(RuleProfile.CN_2026, SHANGHAI).settledAt(SETTLED).of(record), record);

        assertThat(!findings.isEmpty()).isEqualTo(expected);
        if (expected) {
            assertThat(findings).singleElement().satisfies(finding -> {
                assertThat(finding.severity()).isEqualTo(Severity.HIGH);
                assertThat(finding.recordIds()).containsExactly(record.id());
                assertThat(finding.explanationEn()).contains("settled at 2026-05-01 10:00:00 +08:00 (Asia/Shanghai)").contains("repeat collection");
                assertThat(finding.explanationZh()).contains("已于 2026-05-01 10:00:00 +08:00 (Asia/Shanghai) 结清").contains("重复催收");
            });
        }
    }

    @Test
    void anUnsettledCaseHasNoSuchFinding() {
        CollectionRecord record = Fixtures.call(SETTLED.plus(Duration.ofDays(400))).build();
        assertThat(policy.check(context(RuleProfile.US_REG_F, SHANGHAI).of(record), record)).isEmpty();
    }
}
