package org.judicialchain.portal.application.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.portal.config.WorkflowConfig;
import org.judicialchain.portal.domain.cases.CaseRow;
import org.judicialchain.portal.domain.cases.LoanCases;
import org.judicialchain.portal.domain.lifecycle.LifecycleSteps;
import org.judicialchain.portal.domain.lifecycle.LifecycleSteps.StepView;

/**
 * Lets a request that asked for state changes answer with the chain's decision: it waits, for a bounded time, until
 * every step it asked for was refused or accepted and projected onto its case. Call it after the request's
 * transaction committed (the relay must see the steps).
 */
@ApplicationScoped
public class AwaitingTheChain {

    private static final long POLL_MILLIS = 100;

    @Inject
    LifecycleSteps steps;
    @Inject
    RequestedSteps requested;
    @Inject
    WorkflowConfig workflow;
    @Inject
    LoanCases cases;

    /**
     * What became of the steps: all answered (refused ones listed), or some still awaiting the chain; and the
     * case's state afterwards, as projected from the chain.
     */
    public record Decision(List<StepView> steps, CaseState state) {

        public boolean pending() {
            return steps.stream().anyMatch(s -> !s.settled());
        }

        /** The first step the chain refused, if any. */
        public Optional<StepView> refused() {
            return steps.stream().filter(s -> "REFUSED".equals(s.status())).findFirst();
        }

        /** The first step still awaiting the chain, if any. */
        public Optional<StepView> awaiting() {
            return steps.stream().filter(s -> !s.settled()).findFirst();
        }
    }

    /**
     * What a case's page says about the chain: its latest state change when the chain has not answered it yet, or
     * refused it; empty once the latest was accepted.
     */
    public Optional<Decision> openQuestion(String caseRef) {
        List<StepView> transitions = steps.ofCase(caseRef).stream()
                .filter(s -> "TRANSITION".equals(s.kind()) || "TRANSITION_FOR".equals(s.kind())).toList();
        if (transitions.isEmpty() || "DONE".equals(transitions.getLast().status()) && transitions.getLast().settled()) {
            return Optional.empty();
        }
        return Optional.of(new Decision(List.of(transitions.getLast()), null));
    }

    /** Waits for the steps this request asked for (none: answers at once); @param caseRef the case they are on */
    public Decision decision(String caseRef) {
        List<Long> ids = requested.ids();
        Instant deadline = Instant.now().plus(workflow.awaitChain());
        List<StepView> seen = steps.byIds(ids);
        while (seen.stream().anyMatch(s -> !s.settled()) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            seen = steps.byIds(ids);
        }
        return new Decision(seen, cases.find(caseRef).map(CaseRow::state).orElse(null));
    }
}
