package org.judicialchain.evidence.domain.model.lifecycle;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.digest.StreamingDigester;

/**
 * What the portal does to a case as it stays unpaid: steps by days overdue, for example a reminder at
 * D+1, a graded collection strategy at D+30 and a referral to the court at D+90. Written as
 * "REMINDER@1,GRADED_STRATEGY@30,JUDICIAL_REFERRAL@90"; its digest (of the canonical text) is recorded
 * with every step taken, so every party can tell which version of the rules applied.
 */
public record EscalationPolicy(List<Step> steps) {

    /** What a step does; REMINDER and GRADED_STRATEGY move the case, a referral puts it before the court. */
    public enum Action {
        REMINDER(CaseState.REMINDED),
        GRADED_STRATEGY(CaseState.ESCALATED),
        JUDICIAL_REFERRAL(null);

        private final CaseState target;

        Action(CaseState target) {
            this.target = target;
        }

        /** The state the step moves the case to; empty for a referral (the court accepts the case itself). */
        public Optional<CaseState> target() {
            return Optional.ofNullable(target);
        }
    }

    public record Step(Action action, int daysOverdue) {
    }

    public EscalationPolicy {
        steps = steps.stream().sorted(Comparator.comparingInt(Step::daysOverdue)).toList();
    }

    /** Parses "ACTION@DAYS,..." with messages that say what is wrong. */
    public static EscalationPolicy parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the escalation policy is empty");
        }
        List<Step> steps = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] p = part.strip().split("@");
            if (p.length != 2) {
                throw new IllegalArgumentException("escalation step '" + part.strip() + "' must read ACTION@DAYS");
            }
            Action action;
            int days;
            try {
                action = Action.valueOf(p[0].strip());
                days = Integer.parseInt(p[1].strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("escalation step '" + part.strip() + "': ACTION is one of "
                        + List.of(Action.values()) + " and DAYS a whole number");
            }
            if (days < 0) {
                throw new IllegalArgumentException("escalation step '" + part.strip() + "': days overdue cannot be negative");
            }
            if (steps.stream().anyMatch(s -> s.action() == action)) {
                throw new IllegalArgumentException("escalation step " + action + " appears twice");
            }
            steps.add(new Step(action, days));
        }
        return new EscalationPolicy(steps);
    }

    /** One step per line in the order they apply: the text whose digest identifies this version. */
    public String canonicalText() {
        StringBuilder text = new StringBuilder("escalation-policy/1\n");
        steps.forEach(s -> text.append(s.action()).append('@').append(s.daysOverdue()).append('\n'));
        return text.toString();
    }

    public Bytes32 digest() {
        return StreamingDigester.sha256(canonicalText().getBytes(StandardCharsets.UTF_8));
    }

    /** The fewest days overdue at which any step applies. */
    public int firstDay() {
        return steps.isEmpty() ? Integer.MAX_VALUE : steps.get(0).daysOverdue();
    }

    /**
     * The steps to take now on a case {@code daysOverdue} days overdue: every step already due that has not
     * been taken, in order. A case found late (an old debt imported at D+151) takes them all at once; its
     * state moves straight to the furthest target ({@link #furthestTarget}), one change on chain, not three.
     */
    public List<Step> dueSteps(long daysOverdue, Set<Action> taken) {
        return steps.stream().filter(s -> s.daysOverdue() <= daysOverdue && !taken.contains(s.action())).toList();
    }

    /** The state the last of these steps that moves a case moves it to. */
    public static Optional<CaseState> furthestTarget(List<Step> due) {
        Optional<CaseState> target = Optional.empty();
        for (Step s : due) {
            if (s.action().target().isPresent()) {
                target = s.action().target();
            }
        }
        return target;
    }
}
