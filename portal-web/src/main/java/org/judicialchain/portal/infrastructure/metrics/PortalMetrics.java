package org.judicialchain.portal.infrastructure.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.judicialchain.portal.application.anchoring.AnchoringMetrics;
import org.judicialchain.portal.application.evidence.IntakeMetrics;
import org.judicialchain.portal.domain.anchoring.AnchorOutbox;
import org.judicialchain.portal.domain.lifecycle.LifecycleSteps;

/** The portal's own metrics at /metrics (application scope): intake, anchoring, and the backlog. */
@ApplicationScoped
public class PortalMetrics implements IntakeMetrics, AnchoringMetrics {

    @Inject
    MetricRegistry registry;
    @Inject
    AnchorOutbox outbox;
    @Inject
    LifecycleSteps lifecycleSteps;

    /** Registers the gauges once; they read the database at each scrape, so every instance reports the shared backlog. */
    public void registerGauges() {
        registry.gauge("anchor_pending_leaves", () -> outbox.backlog().pendingLeaves());
        registry.gauge("anchor_unconfirmed_batches", () -> outbox.backlog().unconfirmedBatches());
        registry.gauge("lifecycle_pending_steps", lifecycleSteps::pending);
        registry.gauge("lifecycle_refused_steps", lifecycleSteps::refusedCount);
    }

    @Override
    public void evidenceAccepted() {
        registry.counter("evidence_accepted").inc();
    }

    @Override
    public void batchAnchored(int items) {
        registry.counter("anchor_batches").inc();
        registry.counter("anchor_items").inc(items);
    }

    @Override
    public void batchFailed() {
        registry.counter("anchor_batch_failures").inc();
    }

    @Override
    public void batchTaken() {
        registry.counter("anchor_batches_taken").inc();
    }
}
