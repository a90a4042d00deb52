package org.judicialchain.evidence.domain.model.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.judicialchain.evidence.domain.model.compliance.Fixtures.SHANGHAI;
import static org.judicialchain.evidence.domain.model.compliance.Fixtures.context;
import static org.judicialchain.evidence.domain.model.compliance.Fixtures.local;

import java.time.Instant;
import java.util.List;
import org.judicialchain.evidence.domain.model.collection.CollectionRecord;
import org.judicialchain.evidence.domain.model.collection.ContactTarget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EveryCallRecordedTest {

    private static final Instant AT = local("2026-03-20T10:00:00", SHANGHAI);

    private final EveryCallRecorded policy = new EveryCallRecorded();

    @ParameterizedTest(name = "{0} answered={1} recorded={2} -> {3}")
    @CsvSource(nullValues = "-", value = {
            "CALL,   true,  true,  -",
            "CALL,   false, true,  -",
            "CALL,   true,  false, MEDIUM",
            "CALL,   false, false, LOW",
            "SMS,    false, false, -",
            "VISIT,  false, false, -",
            "LETTER, false, false, -",
    })
    void everyCallCarriesARecordingDigest(String kind, boolean answered, boolean recorded, Severity expected) {
        CollectionRecord record = switch (kind) {
            case "CALL" -> {
                Fixtures.CallBuilder call = Fixtures.call(AT);
                if (answered) {
                    call.answeredBy(ContactTarget.DEBTOR);
                }
                if (!recorded) {
                    call.unrecorded();
                }
                yield call.build();
            }
            case "SMS" -> Fixtures.sms(AT, ContactTarget.DEBTOR, false, false);
            case "VISIT" -> Fixtures.visit(AT, 2, true, true);
            default -> Fixtures.letter(AT, ContactTarget.DEBTOR, false);
        };

        List<Finding> findings = policy.check(context(RuleProfile.CN_2026, SHANGHAI).of(record), record);

        if (expected == null) {
            assertThat(findings).isEmpty();
            return;
        }
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(expected);
            assertThat(finding.recordIds()).containsExactly(record.id());
            assertThat(finding.explanationEn()).contains("no recording digest").contains("2026-03-20 10:00:00 +08:00");
            assertThat(finding.explanationZh()).contains("没有录音摘要");
        });
    }
}
