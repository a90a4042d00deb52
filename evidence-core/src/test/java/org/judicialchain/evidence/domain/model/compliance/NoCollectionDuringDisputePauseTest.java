package org.judicialchain.evidence.domain.model.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.judicialchain.evidence.domain.model.compliance.Fixtures.NEW_YORK;
import static org.judicialchain.evidence.domain.model.compliance.Fixtures.context;

import java.time.Instant;
import java.util.List;
import org.judicialchain.evidence.domain.model.collection.CollectionRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoCollectionDuringDisputePauseTest {

    private static final DisputePause ENDED = DisputePause.between(Instant.parse("2026-04-01T00:00:00Z"), Instant.parse("2026-04-15T00:00:00Z"));
    private static final DisputePause OPEN = DisputePause.since(Instant.parse("2026-06-01T00:00:00Z"));

    private final NoCollectionDuringDisputePause policy = new NoCollectionDuringDisputePause();

    @ParameterizedTest(name = "{0} at {1} -> finding={2}")
    @CsvSource({
            "CALL,   2026-03-31T23:59:59Z, false, -",
            "CALL,   2026-04-01T00:00:00Z, true,  until 2026-04-14 20:00:00 -04:00",
            "SMS,    2026-04-10T12:00:00Z, true,  until 2026-04-14 20:00:00 -04:00",
            "CALL,   2026-04-14T23:59:59Z, true,  until 2026-04-14 20:00:00 -04:00",
            "CALL,   2026-04-15T00:00:00Z, false, -",
            "VISIT,  2026-05-31T23:59:59Z, false, -",
            "CALL,   2026-06-01T00:00:00Z, true,  and is still in force",
            "LETTER, 2027-01-01T00:00:00Z, true,  and is still in force",
    })
    void nothingWhileADisputePausesTheCase(String kind, Instant at, boolean expected, String expectedEnd) {
        CollectionRecord record = Fixtures.ofKind(kind, at, false);

        List<Finding> findings = policy.check(context(RuleProfile.US_REG_F, NEW_YORK).pause(ENDED).pause(OPEN).of(record), record);

        assertThat(!findings.isEmpty()).isEqualTo(expected);
        if (expected) {
            assertThat(findings).singleElement().satisfies(finding -> {
                assertThat(finding.severity()).isEqualTo(Severity.HIGH);
                assertThat(finding.recordIds()).containsExactly(record.id());
                assertThat(finding.explanationEn()).contains("paused by a dispute").contains(expectedEnd);
                assertThat(finding.explanationZh()).contains("暂停催收").contains("处于暂停期内");
            });
        }
    }
}
