package org.judicialchain.portal.application.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.evidence.domain.service.LifecycleLedger;
import org.judicialchain.evidence.domain.service.LifecycleLedger.CaseEvent;
import org.judicialchain.evidence.domain.service.LifecycleLedger.CreditorTransfer;
import org.judicialchain.evidence.domain.service.LifecycleLedger.StateChange;
import org.judicialchain.portal.application.directory.NamingInstitutions;
import org.judicialchain.portal.config.WorkflowConfig;
import org.judicialchain.portal.domain.cases.LoanCase;
import org.judicialchain.portal.domain.cases.LoanCaseEvent;
import org.judicialchain.portal.domain.cases.LoanCases;
import org.judicialchain.portal.domain.chain.LifecycleAccess;
import org.judicialchain.portal.domain.lifecycle.LifecycleFollowing;
import org.judicialchain.portal.domain.lifecycle.LifecycleSteps;

/**
 * Makes each case's state and creditor in the database a projection of the lifecycle contract: reads the
 * StateChanged and CreditorTransferred events block by block and applies each, once, to its case, with its custody
 * entry and the notices it calls for. Steps the
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
    @Inject
    NamingInstitutions naming;
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
            for (CaseEvent event : ledger.caseEvents(next, to)) {
                projected += project(event) ? 1 : 0;
            }
            next = to + 1;
        }
        following.advance(contract, next);
        return projected;
    }

    private boolean project(CaseEvent event) {
        Instant now = clock.instant();
        Optional<String> caseRef = following.caseOf(event.caseId());
        if (!following.firstTime(event, caseRef.orElse(null), now) || caseRef.isEmpty()) {
            return false;
        }
        String expected = switch (event) {
            case StateChange c -> c.to().name();
            case CreditorTransfer t -> "TRANSFER";
        };
        Optional<LifecycleSteps.SentStep> sent = steps.sentIn(event.transactionHash())
                // a party that keeps its own key signed a step the portal asked of it
                .or(() -> steps.signedElsewhere(caseRef.get(), expected, event.transactionHash(), event.blockNumber(), now));
        if (sent.isPresent() && sent.get().applied()) {
            return false; // made before the chain decided (portal versions before the projection): on the case already
        }
        LoanCase loanCase = cases.locked(caseRef.get()).orElseThrow();
        boolean changed = switch (event) {
            case StateChange c -> projectState(loanCase, c, actor(sent, c.by()), now);
            case CreditorTransfer t -> projectTransfer(loanCase, t, sent, actor(sent, t.by()), now);
        };
        steps.applied(event.transactionHash(), now);
        return changed;
    }

    private static String actor(Optional<LifecycleSteps.SentStep> sent, String account) {
        return sent.map(LifecycleSteps.SentStep::requestedBy).filter(by -> by != null).orElse("chain account " + account);
    }

    private boolean projectState(LoanCase loanCase, StateChange change, String actor, Instant now) {
        Optional<LoanCaseEvent.StateChanged> changed = loanCase.followChain(change.from(), change.to(), actor, now);
        changed.ifPresent(c -> {
            cases.save(c.loanCase());
            events.fire(c);
            if (c.to() == CaseState.JUDICIAL) {
                events.fire(loanCase.referralAccepted(actor, now));
            }
        });
        return changed.isPresent();
    }

    /**
     * The new creditor acts on the case from now on, the old creditor's agency authorisations end; the transfer is
     * recorded with the agreement the creditor filed (a transfer signed outside the portal has none on file).
     */
    private boolean projectTransfer(LoanCase loanCase, CreditorTransfer transfer, Optional<LifecycleSteps.SentStep> sent,
                                    String actor, Instant now) {
        String to = sent.map(LifecycleSteps.SentStep::party).filter(p -> p != null)
                .orElseGet(() -> NamingInstitutions.nameOf(transfer.to(), naming.known()));
        String from = loanCase.snapshot().creditor();
        if (from.equals(to)) {
            return false;
        }
        LoanCaseEvent.DebtTransferred transferred = loanCase.followTransfer(to, transfer.agreement(), actor, now);
        Optional<UUID> evidence = sent.map(LifecycleSteps.SentStep::evidenceId).filter(id -> id != null);
        evidence.ifPresent(id -> cases.addTransfer(sent.get().recordId() != null ? sent.get().recordId() : UUID.randomUUID(),
                loanCase.caseRef(), from, to, now, id, actor));
        cases.save(transferred.loanCase());
        events.fire(transferred);
        cases.revokeAllAuthorisations(loanCase.caseRef(), now);
        return true;
    }

}
