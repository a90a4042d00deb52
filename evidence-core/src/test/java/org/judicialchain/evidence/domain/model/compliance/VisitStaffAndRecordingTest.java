package org.judicialchain.evidence.domain.model.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.judicialchain.evidence.domain.model.compliance.Fixtures.SHANGHAI;
import static org.judicialchain.evidence.domain.model.compliance.Fixtures.context;
import static org.judicialchain.evidence.domain.model.compliance.Fixtures.local;

import java.util.List;
import org.judicialchain.evidence.domain.model.collection.Visit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VisitStaffAndRecordingTest {

    private final VisitStaffAndRecording policy = new VisitStaffAndRecording();

    @ParameterizedTest(name = "staff={0} audio={1} video={2} -> missing [{3}]")
    @CsvSource(nullValues = "-", value = {
            "2, true,  true,  -",
            "3, true,  true,  -",
            "1, true,  true,  staff",
            "2, false, true,  audio",
            "2, true,  false, video",
            "2, false, false, audio;video",
            "1, false, false, staff;audio;video",
    })
    void twoStaffWithAudioAndVideo(int staff, boolean audio, boolean video, String missing) {
        Visit visit = Fixtures.visit(local("2026-03-20T15:00:00", SHANGHAI), staff, audio, video);

        List<Finding> findings = policy.check(context(RuleProfile.CN_2026, SHANGHAI).of(visit), visit);

        if (missing == null) {
            assertThat(findings).isEmpty();
            return;
        }
        List<String> expected = List.of(missing.split(";"));
        Finding finding = findings.getFirst();
        assertThat(findings).hasSize(1);
        assertThat(finding.recordIds()).containsExactly(visit.id());
        assertThat(finding.explanationEn().contains("only " + staff + " staff member(s) attended")).isEqualTo(expected.contains("staff"));
        assertThat(finding.explanationEn().contains("no audio recording digest")).isEqualTo(expected.contains("audio"));
        assertThat(finding.explanationEn().contains("no video recording digest")).isEqualTo(expected.contains("video"));
        assertThat(finding.explanationZh().contains("仅 " + staff + " 名催收人员到场")).isEqualTo(expected.contains("staff"));
        assertThat(finding.explanationZh().contains("没有录音摘要")).isEqualTo(expected.contains("audio"));
        assertThat(finding.explanationZh().contains("没有录像摘要")).isEqualTo(expected.contains("video"));
    }
}
