package org.judicialchain.portal.infrastructure.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Logger;
import org.judicialchain.portal.application.reconciliation.Reconciling;
import org.judicialchain.portal.config.WorkflowConfig;
import org.judicialchain.portal.domain.reconciliation.ReconciliationRuns;

/**
 * Reconciles the database with the chain every {@code portal.reconciliation.interval-ms} (hourly by
 * default, {@link WorkflowConfig#reconciliationInterval()}) and keeps each run's findings, so the readiness check can report the last one and nobody has
 * to remember to ask. Findings are logged as warnings (they mean someone edited rows behind the portal).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class ReconciliationScheduler {

    private static final Logger LOG = Logger.getLogger(ReconciliationScheduler.class.getName());
    /** Enough to say what to look at; the on-demand endpoint gives the full list. */
    private static final int KEPT_FINDINGS = 1_000;

    @Inject
    BackgroundJobs jobs;
    @Inject
    Reconciling reconciliation;
    @Inject
    ReconciliationRuns runs;
    @Inject
    WorkflowConfig workflow;

    private ScheduledFuture<?> loop;

    @PostConstruct
    void start() {
        loop = jobs.every("reconciliation", workflow.reconciliationInterval(), this::reconcile);
    }

    private void reconcile() {
        Reconciling.Report report = reconciliation.run();
        JsonArrayBuilder findings = Json.createArrayBuilder();
        report.findings().stream().limit(KEPT_FINDINGS).forEach(f -> findings.add(Json.createObjectBuilder()
                .add("caseRef", f.caseRef() == null ? "" : f.caseRef()).add("item", f.item()).add("problem", f.problem())));
        runs.add(report.checkedAt(), report.casesChecked(), report.entriesChecked(), report.findingsTotal(),
                findings.build().toString());
        if (!report.clean()) {
            LOG.warning(() -> "reconciliation found " + report.findingsTotal() + " problems; GET /api/v1/reconciliation lists them");
        }
    }

    @PreDestroy
    void stop() {
        if (loop != null) {
            loop.cancel(false);
        }
    }
}
