package org.judicialchain.portal.application.anchoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.judicialchain.evidence.domain.model.evidence.BatchAnchor;
import org.judicialchain.evidence.domain.service.Ledger;
import org.judicialchain.evidence.domain.service.AnchorTakenException;
import org.judicialchain.evidence.domain.service.LedgerRejectedException;
import org.judicialchain.evidence.domain.service.LedgerUnavailableException;
import org.judicialchain.portal.config.PortalConfig;
import org.judicialchain.portal.domain.anchoring.AnchorOutbox.PreparedBatch;
import org.judicialchain.portal.domain.chain.LedgerAccess;

/**
 * Anchors pending leaves: prepare a batch (root and proofs fixed in the database), send its root,
 * confirm. A failure leaves the batch PREPARED; the next round sends the same batch id again and
 * the contract accepts a batch id once, so every batch lands exactly once. A root or batch id that
 * another account anchored first is never taken for ours: the batch is re-rooted and sent again,
 * and later batches are not held up by it.
 */
@ApplicationScoped
public class AnchoringBatches {

    private static final Logger LOG = Logger.getLogger(AnchoringBatches.class.getName());
    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    @Inject
    BatchSteps steps;
    @Inject
    LedgerAccess gateway;
    @Inject
    PortalConfig config;
    @Inject
    AnchoringMetrics metrics;

    private final Clock clock = Clock.systemUTC();

    /** One round; returns how many leaves were anchored (0 when nothing was pending or the chain failed). */
    public int anchorNextBatch() {
        Optional<PreparedBatch> prepared = steps.claimOrPrepare(config.maxBatch(), clock.instant());
        if (prepared.isEmpty()) {
            return 0;
        }
        PreparedBatch batch = prepared.get();
        try {
            Ledger ledger = gateway.ledger();
            BatchAnchor anchor = ledger.anchorBatch(batch.batchId(), batch.root(), batch.itemCount());
            steps.confirm(batch.id(), anchor, gateway.chainId(), ledger.registryAddress(), clock.instant());
            metrics.batchAnchored(batch.itemCount());
            return batch.itemCount();
        } catch (AnchorTakenException e) {
            LOG.log(Level.WARNING, "batch {0} of {1} items re-rooted and sent again: {2}",
                    new Object[] {batch.batchId(), batch.itemCount(), e.getMessage()});
            metrics.batchTaken();
            steps.reroot(batch.id(), e);
            return 0;
        } catch (LedgerUnavailableException | LedgerRejectedException | IllegalStateException e) {
            LOG.log(Level.WARNING, "batch {0} of {1} items not anchored yet, will retry: {2}",
                    new Object[] {batch.batchId(), batch.itemCount(), e.getMessage()});
            metrics.batchFailed();
            steps.fail(batch.id(), e.getMessage() == null ? e.toString() : e.getMessage(), Instant.now().plus(RETRY_AFTER));
            return 0;
        }
    }
}
