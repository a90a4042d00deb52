package org.judicialchain.portal.application.notifications;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NoticeTest {

    @Test
    void theEnglishSubjectIsTheEventsSentenceWithItsParameters() {
        Notice filed = Notice.of(Notice.Event.OBJECTION_FILED, "reference", "OBJ-2026-000042", "type", "ILLEGAL_COLLECTION",
                "caseRef", "C-1", "dueAt", "2026-12-06T10:00:00Z");

        assertThat(filed.subject()).isEqualTo("objection OBJ-2026-000042 (ILLEGAL_COLLECTION) filed on case C-1; answer by 2026-12-06T10:00:00Z");
        assertThat(filed.paramsJson()).isEqualTo(
                "{\"caseRef\":\"C-1\",\"dueAt\":\"2026-12-06T10:00:00Z\",\"reference\":\"OBJ-2026-000042\",\"type\":\"ILLEGAL_COLLECTION\"}");
    }

    @Test
    void aMissingParameterShowsAsAQuestionMarkAndReplacementCharactersAreTakenLiterally() {
        assertThat(Notice.of(Notice.Event.CASE_ACCEPTED).subject()).isEqualTo("case ? accepted by the court");
        assertThat(Notice.of(Notice.Event.CASE_ACCEPTED, "caseRef", "A$1\\B").subject()).isEqualTo("case A$1\\B accepted by the court");
    }

    @Test
    void parametersComeInPairs() {
        assertThatThrownBy(() -> Notice.of(Notice.Event.CASE_ACCEPTED, "caseRef")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void storedParametersReadBackAsTheyWereGiven() {
        Notice decided = Notice.of(Notice.Event.CONFIRMATION_DECIDED, "status", "GRANTED", "caseRef", "C-1");

        assertThat(Notice.params(decided.paramsJson())).isEqualTo(decided.params());
        assertThat(Notice.params(null)).as("a notice from before events").isEmpty();
    }
}
