package org.judicialchain.evidence.domain.model.disputes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecisionEffectTest {

    @ParameterizedTest(name = "{0} {1} on {2} (was {3}), owed {4} -> {5}, pause ends {6}")
    @CsvSource(nullValues = "-", value = {
            // a dismissed dispute resumes where it was
            "ILLEGAL_COLLECTION, DISMISSED,        DISPUTED,  REMINDED,  100, REMINDED,  true",
            "AMOUNT_DISPUTED,    DISMISSED,        DISPUTED,  ESCALATED, 100, ESCALATED, true",
            // upheld illegal collection: collection stays stopped, the court takes the case
            "ILLEGAL_COLLECTION, UPHELD,           DISPUTED,  OVERDUE,   100, JUDICIAL,  false",
            "NOT_MY_DEBT,        UPHELD,           ESCALATED, -,         100, JUDICIAL,  false",
            "NOT_MY_DEBT,        UPHELD,           REMINDED,  -,         100, -,         false",
            // partly upheld: resumes (the amount may change)
            "ILLEGAL_COLLECTION, PARTIALLY_UPHELD, DISPUTED,  OVERDUE,   100, OVERDUE,   true",
            // nothing owed any more, or already repaid: settled
            "AMOUNT_DISPUTED,    UPHELD,           DISPUTED,  REMINDED,  0,   SETTLED,   true",
            "ALREADY_REPAID,     UPHELD,           REMINDED,  -,         50,  SETTLED,   true",
            "ALREADY_REPAID,     DISMISSED,        REMINDED,  -,         50,  -,         true",
            // objections that do not pause collection leave the state alone
            "PRIVACY_BREACH,     UPHELD,           ESCALATED, -,         100, -,         true",
            "OTHER,              DISMISSED,        OVERDUE,   -,         100, -,         true",
            // a case settled meanwhile stays settled
            "AMOUNT_DISPUTED,    UPHELD,           SETTLED,   -,         0,   -,         true",
    })
    void decisionMovesTheCase(ObjectionType type, DecisionOutcome outcome, CaseState current, CaseState before,
                              BigDecimal owed, CaseState expected, boolean pauseEnds) {
        DecisionEffect effect = DecisionEffect.of(type, outcome, current, before, Optional.empty(), owed);
        assertThat(effect.newState()).isEqualTo(Optional.ofNullable(expected));
        assertThat(effect.pauseEnds()).isEqualTo(pauseEnds);
    }

    @ParameterizedTest
    @CsvSource({"ILLEGAL_COLLECTION, true", "AMOUNT_DISPUTED, true", "NOT_MY_DEBT, false", "ALREADY_REPAID, false",
            "PRIVACY_BREACH, false", "OTHER, false"})
    void onlyConductAndAmountDisputesPauseCollection(ObjectionType type, boolean pauses) {
        assertThat(type.pausesCollection()).isEqualTo(pauses);
    }
}
