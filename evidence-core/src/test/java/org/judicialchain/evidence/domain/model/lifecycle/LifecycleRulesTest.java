package org.judicialchain.evidence.domain.model.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Java mirror of CaseLifecycle's allowed set (the contract's own table is tested on anvil in besu-config). */
class LifecycleRulesTest {

    @ParameterizedTest(name = "{0} (before dispute {1}) -> {2}: {3}")
    @CsvSource(nullValues = "-", value = {
            "OVERDUE,   -,         REMINDED,  true",
            "OVERDUE,   -,         ESCALATED, true",
            "REMINDED,  -,         ESCALATED, true",
            "ESCALATED, -,         REMINDED,  false",
            "REMINDED,  -,         DISPUTED,  true",
            "DISPUTED,  REMINDED,  REMINDED,  true",
            "DISPUTED,  REMINDED,  OVERDUE,   false",
            "DISPUTED,  REMINDED,  JUDICIAL,  true",
            "OVERDUE,   -,         JUDICIAL,  false",
            "JUDICIAL,  -,         SETTLED,   true",
            "SETTLED,   -,         CONFIRMED, true",
            "SETTLED,   -,         REMINDED,  false",
            "CONFIRMED, -,         SETTLED,   false",
            "OVERDUE,   -,         CONFIRMED, false",
    })
    void mirrorsTheContract(CaseState from, CaseState before, CaseState to, boolean allowed) {
        assertThat(LifecycleRules.allowed(from, before, to)).isEqualTo(allowed);
    }

    @Test
    void chainNumbersLeaveZeroForAnUnknownCase() {
        assertThat(LifecycleRules.onChain(CaseState.OVERDUE)).isEqualTo(1);
        assertThat(LifecycleRules.onChain(CaseState.CONFIRMED)).isEqualTo(7);
        assertThat(LifecycleRules.fromChain(0)).isNull();
        assertThat(LifecycleRules.fromChain(7)).isEqualTo(CaseState.CONFIRMED);
    }
}
