package org.judicialchain.portal.application.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.judicialchain.evidence.domain.model.evidence.AnchorLeaf;
import org.judicialchain.evidence.domain.model.lifecycle.LifecycleStep;
import org.judicialchain.evidence.domain.service.LedgerRejectedException;
import org.judicialchain.evidence.domain.service.LifecycleLedger;
import org.judicialchain.portal.domain.chain.LifecycleAccess;
import org.judicialchain.portal.domain.lifecycle.LifecycleSteps.Claimed;
import org.judicialchain.portal.domain.lifecycle.LifecycleSteps;

/**
 * Sends queued lifecycle steps to the contract, one wave per call, each signed by the account whose decision it is:
 * the portal's operator account, or the institution's own hosted key (its account bound to its role first, where the
 * portal is the local chain's court admin). A step of an institution that keeps its own key waits for it to sign
 * (AWAITING, with the call to sign). Each claimed step (at most one per case) is first simulated from its signer, so
 * a refusal is recorded with the contract's own reason and never sent; the rest go out together, per signer, and
 * their receipts are awaited. If the node is unreachable the transaction rolls back and the steps stay queued. A step
 * found already done on chain (a wave cut short by a crash) counts as done. Nothing here changes a case:
 * {@link FollowingTheChain} projects what the chain accepted.
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

    /** @return how many steps this wave settled (sent, found done, refused, or handed to their own signer) */
    @Transactional
    public int relayWave() {
        List<Claimed> claimed = steps.claim(WAVE);
        if (claimed.isEmpty()) {
            return 0;
        }
        LifecycleLedger operator = gateway.lifecycle();
        Map<LifecycleLedger, List<Claimed>> sendable = new LinkedHashMap<>();
        for (Claimed c : claimed) {
            LifecycleStep step = c.step();
            Optional<LifecycleLedger> signer;
            try {
                signer = signerOf(step, operator);
            } catch (LedgerRejectedException e) {
                refuse(c, e.getMessage());
                continue;
            }
            if (signer.isEmpty()) {
                // the institution keeps its own key: it signs this call itself; the follower sees the result
                steps.awaitingSignature(c.id(), operator.callData(step));
                continue;
            }
            Optional<String> refusal = signer.get().refusal(step);
            if (refusal.isEmpty()) {
                sendable.computeIfAbsent(signer.get(), k -> new ArrayList<>()).add(c);
            } else if (alreadyDone(operator, step)) {
                // sent before a crash cut the wave short: the follower projects the event, whose transaction it cannot
                // tie to this step, so the step is marked as on the case now
                steps.done(c.id(), null, 0, clock.instant());
                steps.markApplied(c.id(), clock.instant());
            } else {
                refuse(c, refusal.get());
            }
        }
        sendable.forEach((ledger, group) -> {
            List<LifecycleLedger.Outcome> outcomes = ledger.send(group.stream().map(Claimed::step).toList());
            for (int i = 0; i < group.size(); i++) {
                LifecycleLedger.Outcome o = outcomes.get(i);
                if (o.mined()) {
                    steps.done(group.get(i).id(), o.transactionHash(), o.blockNumber(), clock.instant());
                } else {
                    steps.refused(group.get(i).id(), o.refusal(), clock.instant());
                }
            }
        });
        return claimed.size();
    }

    /**
     * The contract as the step's signer signs it, with that account bound to its role (and, for a transfer, the new
     * creditor's account bound as a lender); empty when the signer keeps its own key.
     *
     * @throws LedgerRejectedException when an account is not bound and the portal may not bind it
     */
    private Optional<LifecycleLedger> signerOf(LifecycleStep step, LifecycleLedger operator) {
        if (step.signer().isEmpty()) {
            return Optional.of(operator);
        }
        LifecycleStep.Signer signer = step.signer().get();
        LifecycleAccess.InstitutionAccount account = gateway.accountOf(signer.institution(), true)
                .orElseThrow(() -> new LedgerRejectedException(signer.institution() + " has no chain account"));
        operator.ensureBound(account.address(), signer.role(), AnchorLeaf.institutionTag(signer.institution()));
        if (step.kind() == LifecycleStep.Kind.TRANSFER) {
            operator.ensureBound(step.account().orElseThrow(), LifecycleLedger.Role.LENDER, step.org());
        }
        return account.hosted() ? gateway.signedBy(signer.institution()) : Optional.empty();
    }

    private void refuse(Claimed c, String reason) {
        LOG.warning(() -> "lifecycle step " + c.id() + " of case " + c.caseRef() + " refused: " + reason);
        steps.refused(c.id(), reason, clock.instant());
    }

    private static boolean alreadyDone(LifecycleLedger ledger, LifecycleStep step) {
        if (step.kind() == LifecycleStep.Kind.SET_AGENCY || step.kind() == LifecycleStep.Kind.TRANSFER) {
            return false;
        }
        return ledger.stateOf(step.caseId()).map(s -> step.kind() == LifecycleStep.Kind.OPEN || s.state() == step.to())
                .orElse(false);
    }
}
