package org.judicialchain.evidence.domain.model.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.judicialchain.evidence.domain.model.compliance.Fixtures.SHANGHAI;
import static org.judicialchain.evidence.domain.model.compliance.Fixtures.call;
import static org.judicialchain.evidence.domain.model.compliance.Fixtures.context;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.collection.Call;
import org.judicialchain.evidence.domain.model.collection.ContactTarget;
import org.junit.jupiter.api.Test;

class ComplianceContextTest {

    private static final Instant T = Instant.parse("2026-06-10T02:00:00Z");

    @Test
    void priorRecordsAreTheEarlierOnesInTimeOrderWithTiesBrokenById() {
        Call before = call(T.minusSeconds(60)).build();
        Call sameInstantLowerId = call(T).build();
        Call record = call(T).build();
        Call sameInstantHigherId = call(T).build();
        Call after = call(T.plusSeconds(60)).build();

        ComplianceContext context = context(RuleProfile.CN_2026, SHANGHAI)
                .history(after, sameInstantHigherId, before, sameInstantLowerId).of(record);

        assertThat(context.history()).containsExactly(before, sameInstantLowerId, sameInstantHigherId, after);
        assertThat(context.priorRecords()).containsExactly(before, sameInstantLowerId);
        assertThat(context.priorRecordsSince(T)).containsExactly(sameInstantLowerId);
        assertThat(context.priorRecordsSince(T.minus(Duration.ofDays(1)))).containsExactly(before, sameInstantLowerId);
    }

    @Test
    void refusesRecordsOfAnotherCaseAndTheRecordInItsOwnHistory() {
        Call record = call(T).build();
        Call otherCase = new Call(UUID.randomUUID(), "CASE-OTHER", "agency-a", T, Duration.ZERO, ContactTarget.DEBTOR,
                "sha:x", false, null, false, false, null);

        assertThatThrownBy(() -> context(RuleProfile.CN_2026, SHANGHAI).history(record).of(record))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("appears twice");
        assertThatThrownBy(() -> context(RuleProfile.CN_2026, SHANGHAI).history(otherCase).of(record))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("belongs to case CASE-OTHER");
        assertThatThrownBy(() -> new ComplianceContext(Fixtures.CASE, RuleProfile.CN_2026, null, List.of(), Optional.empty(), List.of(), List.of(), record))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("debtorZone is missing");
    }

    @Test
    void authorisationsAndPausesRefuseEmptyIntervals() {
        assertThatThrownBy(() -> new CollectionAuthorisation("agency-a", T, T))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be before validTo");
        assertThatThrownBy(() -> DisputePause.between(T, T.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be before its end");
        assertThatThrownBy(() -> new Finding("R", Severity.LOW, List.of(), "中", "en", "src"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recordIds");
    }
}
