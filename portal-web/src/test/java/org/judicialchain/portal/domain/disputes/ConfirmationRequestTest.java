package org.judicialchain.portal.domain.disputes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.judicialchain.portal.domain.cases.CaseConflictException;
import org.junit.jupiter.api.Test;

class ConfirmationRequestTest {

    private static final Instant ASKED = Instant.parse("2026-04-01T09:00:00Z");
    private static final Instant DECIDED = Instant.parse("2026-04-03T15:00:00Z");

    private static ConfirmationRequest requested(boolean clean, boolean autoDraft) {
        return ConfirmationRequest.of(ConfirmationRequest.request("CASE-1", "bank-a", "lender-a1", List.of("e1"), "{}",
                clean, autoDraft, ASKED).request());
    }

    @Test
    void aDraftIsPreparedAtOnceOnlyForACleanPreCheckWhenTheCourtAsksForIt() {
        assertThat(requested(true, true).snapshot().draftReady()).isTrue();
        assertThat(requested(false, true).snapshot().draftReady()).isFalse();
        assertThat(requested(true, false).snapshot().draftReady()).isFalse();
        assertThat(requested(true, true).snapshot().status()).isEqualTo("REQUESTED");
    }

    @Test
    void aGrantRecordsTheJudgeTheTimeAndTheSignedDocumentAndIsLoggedByTheJudge() {
        UUID document = UUID.randomUUID();
        ConfirmationEvent.Decided granted = requested(true, true).grant("settled in full", "judge1", DECIDED, document);
        assertThat(granted.request().status()).isEqualTo("GRANTED");
        assertThat(granted.request().documentId()).isEqualTo(document);
        assertThat(granted.actor()).isEqualTo("judge1");
        assertThat(granted.at()).isEqualTo(DECIDED);
        assertThat(granted.subjectId()).isEqualTo(granted.request().id().toString());
    }

    @Test
    void aDecidedRequestCannotBeDecidedAgain() {
        ConfirmationRequest request = requested(true, true);
        request.refuse("a repayment is missing", "judge1", DECIDED);
        assertThatThrownBy(() -> request.grant("settled", "judge2", DECIDED, UUID.randomUUID()))
                .isInstanceOf(CaseConflictException.class).hasMessageContaining("already REFUSED");
    }
}
