package org.judicialchain.portal.application.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.evidence.domain.service.LifecycleLedger;
import org.judicialchain.evidence.domain.service.LifecycleLedger.StateChange;
import org.judicialchain.portal.config.WorkflowConfig;
import org.judicialchain.portal.domain.cases.LoanCase;
import org.judicialchain.portal.domain.cases.LoanCaseEvent;
import org.judicialchain.portal.domain.cases.LoanCases;
import org.judicialchain.portal.domain.chain.LifecycleAccess;
import org.judicialchain.portal.domain.lifecycle.LifecycleFollowing;
import org.judicialchain.portal.domain.lifecycle.LifecycleSteps;

/**
 * Makes each case's state in the database a projection of the lifecycle contract: reads the StateChanged events
 * block by block and applies each, once, to its case, with its custody entry and the notices it calls for. Steps the
 * portal sent and steps a party signed itself are projected alike; an event about a case of another portal is only
 * recorded as read. The database never runs ahead of the chain.
 */
@ApplicationScoped
public class FollowingTheChain {

    /** Blocks per eth_getLogs query, and queries per pass, so that one pass stays one short transaction. */
    private static final long BLOCKS_PER_QUERY = 2_000;
    private static final int QUERIES_PER_PASS = 10;

    @Inject
    LifecycleAccess gateway;
    @Inject
    LifecycleFollowing following;
    @Inject
    LifecycleSteps steps;
    @Inject
    LoanCases cases;
    @Inject
    WorkflowConfig workflow;
    /** Observed by the custody log and the notices, in this transaction. */
    @Inject
    Event<LoanCaseEvent> events;

    private final Clock clock = Clock.systemUTC();

    /**
     * One pass up to the newest block (or as far as a pass goes).
     *
     * @return how many events were projected onto cases of this portal
     * @throws org.judicialchain.evidence.domain.service.LedgerUnavailableException when the node cannot be reached
     */
    @Transactional
    public int followOnce() {
        LifecycleLedger ledger = gateway.lifecycle();
        String contract = ledger.contractAddress();
        while (following.fillChainIds(1_000) > 0) {
            // cases opened since the last pass get their chain id, so that events find them
        }
        long next = following.nextBlock(contract, workflow.followFromBlock());
        long head = ledger.headBlock();
        int projected = 0;
        for (int q = 0; q < QUERIES_PER_PASS && next <= head; q++) {
            long to = Math.min(head, next + BLOCKS_PER_QUERY - 1);
            for (StateChange change : ledger.stateChanges(next, to)) {
                projected += project(change) ? 1 : 0;
            }
            next = to + 1;
        }
        following.advance(contract, next);
        return projected;
    }

    private boolean project(StateChange change) {
        Instant now = clock.instant();
        Optional<String> caseRef = following.caseOf(change.caseId());
        if (!following.firstTime(change, caseRef.orElse(null), now) || caseRef.isEmpty()) {
            return false;
        }
        Optional<LifecycleSteps.SentStep> sent = steps.sentIn(change.transactionHash())
                // a party that keeps its own key signed a step the portal asked of it
                .or(() -> steps.signedElsewhere(caseRef.get(), change.to().name(), change.transactionHash(),
                        change.blockNumber(), now));
        if (sent.isPresent() && sent.get().applied()) {
            return false; // made before the chain decided (portal versions before the projection): on the case already
        }
        String actor = sent.map(LifecycleSteps.SentStep::requestedBy).filter(by -> by != null)
                .orElse("chain account " + change.by());
        LoanCase loanCase = cases.locked(caseRef.get()).orElseThrow();
        Optional<LoanCaseEvent.StateChanged> changed = loanCase.followChain(change.from(), change.to(), actor, now);
        changed.ifPresent(c -> {
            cases.save(c.loanCase());
            events.fire(c);
            if (c.to() == CaseState.JUDICIAL) {
                events.fire(loanCase.referralAccepted(actor, now));
            }
        });
        steps.applied(change.transactionHash(), now);
        return changed.isPresent();
    }

}
