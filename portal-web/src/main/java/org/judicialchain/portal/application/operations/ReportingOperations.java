package org.judicialchain.portal.application.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.judicialchain.portal.domain.lifecycle.LifecycleSteps;
import org.judicialchain.portal.domain.operations.OperationsProbe;
import org.judicialchain.portal.domain.operations.OperationsProbe.Check;
import org.judicialchain.portal.domain.reconciliation.ReconciliationRuns;

/**
 * The court administrator's and auditor's view of the running portal: the database with the anchoring backlog and
 * the state changes awaiting the lifecycle contract, the chain, and the last reconciliation with its findings.
 */
@ApplicationScoped
public class ReportingOperations {

    @Inject
    OperationsProbe probe;
    @Inject
    LifecycleSteps lifecycleSteps;
    @Inject
    ReconciliationRuns runs;

    public List<Check> status() {
        Check database = probe.database(true);
        if (database.up()) {
            Map<String, Object> data = new LinkedHashMap<>(database.data());
            // the lifecycle contract's backlog is the database's to count, chain up or down
            data.put("lifecyclePendingSteps", lifecycleSteps.pending());
            data.put("lifecycleRefusedSteps", lifecycleSteps.refusedCount());
            database = new Check(database.name(), true, data);
        }
        return List.of(database, probe.chain(true), reconciliation(database.up()));
    }

    /** Always up: rows edited behind the portal are for the court administrator to act on, not a reason to stop. */
    private Check reconciliation(boolean databaseUp) {
        if (!databaseUp) {
            return new Check("reconciliation", true, Map.of("lastCheckedAt", "unknown: the database does not answer"));
        }
        return new Check("reconciliation", true, runs.latest().<Map<String, Object>>map(r -> Map.of(
                "lastCheckedAt", r.checkedAt().toString(), "casesChecked", (long) r.casesChecked(),
                "entriesChecked", (long) r.entriesChecked(), "findings", (long) r.findings()))
                .orElse(Map.of("lastCheckedAt", "not yet")));
    }
}
