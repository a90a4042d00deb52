package org.judicialchain.evidence.domain.model.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.evidence.domain.model.lifecycle.EscalationPolicy.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EscalationPolicyTest {

    private final EscalationPolicy policy = EscalationPolicy.parse("REMINDER@1, GRADED_STRATEGY@30, JUDICIAL_REFERRAL@90");

    @ParameterizedTest(name = "D+{0} with {1} taken -> {2}, state {3}")
    @CsvSource(nullValues = "-", value = {
            "0,   -,                          -,                                            -",
            "1,   -,                          REMINDER,                                     REMINDED",
            "29,  REMINDER,                   -,                                            -",
            "30,  REMINDER,                   GRADED_STRATEGY,                              ESCALATED",
            "45,  -,                          REMINDER;GRADED_STRATEGY,                     ESCALATED",
            "89,  REMINDER;GRADED_STRATEGY,   -,                                            -",
            "90,  REMINDER;GRADED_STRATEGY,   JUDICIAL_REFERRAL,                            -",
            "151, -,                          REMINDER;GRADED_STRATEGY;JUDICIAL_REFERRAL,   ESCALATED",
            "400, JUDICIAL_REFERRAL,          REMINDER;GRADED_STRATEGY,                     ESCALATED",
    })
    void takesEveryDueStepNotTakenYetAndMovesToTheFurthest(long days, String taken, String expected, CaseState state) {
        List<Action> due = policy.dueSteps(days, actions(taken)).stream().map(EscalationPolicy.Step::action).toList();
        assertThat(due).containsExactlyElementsOf(actions(expected));
        assertThat(EscalationPolicy.furthestTarget(policy.dueSteps(days, actions(taken)))).isEqualTo(Optional.ofNullable(state));
    }

    private static Set<Action> actions(String list) {
        Set<Action> out = EnumSet.noneOf(Action.class);
        if (list != null) {
            for (String t : list.split(";")) {
                out.add(Action.valueOf(t.strip()));
            }
        }
        return out;
    }

    @Test
    void digestNamesTheVersionWhateverTheSpacingOrOrder() {
        EscalationPolicy same = EscalationPolicy.parse("JUDICIAL_REFERRAL@90,REMINDER@1,GRADED_STRATEGY@30");
        assertThat(same.digest()).isEqualTo(policy.digest());
        assertThat(EscalationPolicy.parse("REMINDER@2,GRADED_STRATEGY@30,JUDICIAL_REFERRAL@90").digest())
                .isNotEqualTo(policy.digest());
        assertThat(policy.canonicalText()).isEqualTo("escalation-policy/1\nREMINDER@1\nGRADED_STRATEGY@30\nJUDICIAL_REFERRAL@90\n");
    }

    @Test
    void badPoliciesAreRefusedWithTheirFault() {
        assertThatThrownBy(() -> EscalationPolicy.parse("REMIND@1")).hasMessageContaining("ACTION is one of");
        assertThatThrownBy(() -> EscalationPolicy.parse("REMINDER@-1")).hasMessageContaining("negative");
        assertThatThrownBy(() -> EscalationPolicy.parse("REMINDER@1,REMINDER@2")).hasMessageContaining("twice");
        assertThatThrownBy(() -> EscalationPolicy.parse("REMINDER")).hasMessageContaining("ACTION@DAYS");
    }
}
