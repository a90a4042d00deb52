package org.judicialchain.portal.application.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.judicialchain.evidence.domain.model.lifecycle.LifecycleStep;
import org.judicialchain.evidence.domain.service.LifecycleLedger;
import org.judicialchain.portal.domain.chain.LifecycleAccess;
import org.judicialchain.portal.domain.lifecycle.LifecycleSteps.Claimed;
import org.judicialchain.portal.domain.lifecycle.LifecycleSteps;

/**
 * Sends queued lifecycle steps to the contract, one wave per call: each claimed step (at most one per case)
 * is first simulated, so a refusal is recorded with the contract's own reason and never sent; the rest go
 * out together and their receipts are awaited. If the node is unreachable the transaction rolls back and
 * the steps stay queued. A step found already done on chain (a wave cut short by a crash) counts as done. Nothing
 * here changes a case: {@link FollowingTheChain} projects what the chain accepted.
 */
@ApplicationScoped
public class RelayingLifecycleSteps {

    private static final Logger LOG = Logger.getLogger(RelayingLifecycleSteps.class.getName());
    private static final int WAVE = 500;

    @Inject
    LifecycleSteps steps;
    @Inject
    LifecycleAccess gateway;

    private final Clock clock = Clock.systemUTC();

    /** @return how many steps this wave settled (sent, found done, or refused) */
    @Transactional
    public int relayWave() {
        List<Claimed> claimed = steps.claim(WAVE);
        if (claimed.isEmpty()) {
            return 0;
        }
        LifecycleLedger ledger = gateway.lifecycle();
        List<Claimed> sendable = new ArrayList<>();
        for (Claimed c : claimed) {
            LifecycleStep step = c.step();
            if (step.kind() == LifecycleStep.Kind.TRANSITION_FOR) {
                ledger.ensureBound(step.actor().orElseThrow(), LifecycleLedger.Role.COURT, step.org());
            }
            Optional<String> refusal = ledger.refusal(step);
            if (refusal.isEmpty()) {
                sendable.add(c);
            } else if (alreadyDone(ledger, step)) {
                // sent before a crash cut the wave short: the follower projects the event, whose transaction it cannot
                // tie to this step, so the step is marked as on the case now
                steps.done(c.id(), null, 0, clock.instant());
                steps.markApplied(c.id(), clock.instant());
            } else {
                LOG.warning(() -> "lifecycle step " + c.id() + " of case " + c.caseRef() + " refused: " + refusal.get());
                steps.refused(c.id(), refusal.get(), clock.instant());
            }
        }
        List<LifecycleLedger.Outcome> outcomes = ledger.send(sendable.stream().map(Claimed::step).toList());
        for (int i = 0; i < sendable.size(); i++) {
            LifecycleLedger.Outcome o = outcomes.get(i);
            if (o.mined()) {
                steps.done(sendable.get(i).id(), o.transactionHash(), o.blockNumber(), clock.instant());
            } else {
                steps.refused(sendable.get(i).id(), o.refusal(), clock.instant());
            }
        }
        return claimed.size();
    }

    private static boolean alreadyDone(LifecycleLedger ledger, LifecycleStep step) {
        if (step.kind() == LifecycleStep.Kind.SET_AGENCY) {
            return false;
        }
        return ledger.stateOf(step.caseId()).map(s -> step.kind() == LifecycleStep.Kind.OPEN || s.state() == step.to())
                .orElse(false);
    }
}
