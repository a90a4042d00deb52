package org.judicialchain.portal.application.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.lifecycle.EscalationPolicy;
import org.judicialchain.portal.config.PortalConfig;
import org.judicialchain.portal.config.WorkflowConfig;
import org.judicialchain.portal.domain.cases.LoanCase;
import org.judicialchain.portal.domain.cases.LoanCaseEvent;
import org.judicialchain.portal.domain.cases.LoanCases;
import org.judicialchain.portal.domain.lifecycle.EscalationRecords;
import org.judicialchain.portal.domain.lifecycle.LifecycleSteps;

/**
 * Runs the escalation policy: each day every unpaid case is looked at once, and the steps due by its days
 * overdue (counted in the court's time zone) and not yet taken are taken: the case is asked to move (reminded,
 * escalated) through {@link ChangingCaseState}, straight to the furthest state when several steps are due, unless
 * the chain has yet to answer an earlier request on the case;
 * and a referral tells the court. Each step is appended to the custody log with the
 * policy version's digest, so the anchored log says which rules applied.
 */
@ApplicationScoped
public class EscalatingCases {

    public static final String ACTOR = "escalation-policy";
    private static final int ROUND = 500;

    @Inject
    EscalationRecords repository;
    @Inject
    LoanCases cases;
    @Inject
    ChangingCaseState transitions;
    @Inject
    LifecycleSteps steps;
    /** Observed by the custody log and the notices (a referral tells the court), in this transaction. */
    @Inject
    Event<LoanCaseEvent> events;
    @Inject
    WorkflowConfig workflow;
    @Inject
    PortalConfig config;

    private final Clock clock = Clock.systemUTC();

    public EscalationPolicy policy() {
        return EscalationPolicy.parse(workflow.escalationPolicy());
    }

    /** One round over up to 500 cases; @return how many cases were looked at (0: nothing left for today). */
    @Transactional
    public int runRound() {
        EscalationPolicy policy = policy();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneId.of(config.courtZone()));
        repository.rememberPolicy(policy, now);
        var candidates = repository.claimCandidates(today, today.minusDays(policy.firstDay()), ROUND);
        for (var candidate : candidates) {
            long days = ChronoUnit.DAYS.between(candidate.dueDate(), today);
            List<EscalationPolicy.Step> due = policy.dueSteps(days, candidate.taken());
            if (!due.isEmpty()) {
                take(candidate.caseRef(), due, days, policy.digest(), now);
            }
        }
        return candidates.size();
    }

    private void take(String caseRef, List<EscalationPolicy.Step> due, long days, Bytes32 policyDigest, Instant now) {
        LoanCase loanCase = cases.locked(caseRef).orElseThrow();
        if (steps.transitionPending(caseRef)) {
            return; // the chain has yet to decide on a step asked for (a settlement, perhaps): look again tomorrow
        }
        Optional<CaseState> target = EscalationPolicy.furthestTarget(due);
        if (target.isPresent() && loanCase.allows(target.get())) {
            transitions.move(loanCase, target.get(), policyDigest, ChangingCaseState.Authority.portal(), ACTOR, now);
        }
        for (EscalationPolicy.Step step : due) {
            repository.recordStep(caseRef, step, days, policyDigest, now);
            events.fire(loanCase.escalationStep(step, days, policyDigest, ACTOR, now));
        }
    }
}
