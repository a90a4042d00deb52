package org.judicialchain.portal.domain.disputes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.evidence.domain.model.custody.CustodyEventType;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.disputes.ObjectionType;
import org.judicialchain.portal.domain.cases.CaseConflictException;
import org.junit.jupiter.api.Test;

class ObjectionTest {

    private static final Instant FILED = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant LATER = FILED.plus(Duration.ofDays(2));

    private static ObjectionEvent.Filed filed(boolean pauses) {
        return Objection.file("OBJ-2026-000001", "CASE-1", "debtor-1", ObjectionType.AMOUNT_DISPUTED, "not what I owe",
                List.of("r1"), List.of(), List.of(), pauses, Duration.ofDays(7), FILED);
    }

    @Test
    void aFiledObjectionAwaitsAnAnswerByItsDeadlineAndIsLoggedAsFiledByTheDebtor() {
        ObjectionEvent.Filed filed = filed(true);
        ObjectionRow o = filed.objection();
        assertThat(o.status()).isEqualTo("FILED");
        assertThat(o.responseDueAt()).isEqualTo(FILED.plus(Duration.ofDays(7)));
        assertThat(o.pauseFrom()).isEqualTo(FILED);
        assertThat(filed.custodyType()).isEqualTo(CustodyEventType.OBJECTION_FILED);
        assertThat(filed.actor()).isEqualTo("debtor-1");
        assertThat(filed(false).objection().pauseFrom()).isNull();
    }

    @Test
    void theFirstAnswerMovesItToAnsweredAndAnAssignmentToAssigned() {
        Objection objection = Objection.of(filed(true).objection());
        ObjectionEvent.Answered answered = objection.answer("bank-a", "LENDER", "the amount is right", List.of(), "lender-a1", LATER);
        assertThat(objection.status()).isEqualTo(ObjectionStatus.ANSWERED);
        assertThat(answered.actor()).isEqualTo("bank-a");
        assertThat(answered.response().respondedAt()).isEqualTo(LATER);

        ObjectionEvent.Assigned assigned = objection.assign("judge1", "court-1", LATER);
        assertThat(objection.status()).isEqualTo(ObjectionStatus.ASSIGNED);
        assertThat(assigned.objection().assignedTo()).isEqualTo("judge1");
        // a later answer keeps it with the judge
        objection.answer("agency-x", "COLLECTOR", "we called once", List.of(), "collector-x1", LATER);
        assertThat(objection.status()).isEqualTo(ObjectionStatus.ASSIGNED);
    }

    @Test
    void aDecisionThatLetsCollectionResumeEndsThePauseAndOneThatDoesNotKeepsItFromNowOn() {
        Objection paused = Objection.of(filed(true).objection());
        ObjectionRow resumed = paused.decide("DISMISSED", "owed", Optional.empty(), "judge1", LATER, UUID.randomUUID(),
                Bytes32.ZERO, true, CaseState.OVERDUE).objection();
        assertThat(resumed.status()).isEqualTo("DECIDED");
        assertThat(resumed.pauseFrom()).isEqualTo(FILED);
        assertThat(resumed.pauseTo()).isEqualTo(LATER);

        Objection unpaused = Objection.of(filed(false).objection());
        ObjectionRow stopped = unpaused.decide("UPHELD", "illegal calls", Optional.empty(), "judge1", LATER,
                UUID.randomUUID(), Bytes32.ZERO, false, CaseState.DISPUTED).objection();
        assertThat(stopped.pauseFrom()).isEqualTo(LATER);
        assertThat(stopped.pauseTo()).isNull();
    }

    @Test
    void aDecidedObjectionRefusesEveryFurtherStep() {
        Objection objection = Objection.of(filed(true).objection());
        objection.decide("DISMISSED", "owed", Optional.empty(), "judge1", LATER, UUID.randomUUID(), Bytes32.ZERO, true,
                CaseState.OVERDUE);
        assertThatThrownBy(() -> objection.answer("bank-a", "LENDER", "late", List.of(), "lender-a1", LATER))
                .isInstanceOf(CaseConflictException.class).hasMessageContaining("already decided");
        assertThatThrownBy(() -> objection.assign("judge2", "court-1", LATER)).isInstanceOf(CaseConflictException.class);
        assertThatThrownBy(() -> objection.decide("UPHELD", "again", Optional.empty(), "judge2", LATER, UUID.randomUUID(),
                Bytes32.ZERO, true, CaseState.OVERDUE)).isInstanceOf(CaseConflictException.class);
    }
}
