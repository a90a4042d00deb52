package org.judicialchain.portal.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.judicialchain.portal.domain.reconciliation.ReconciliationRuns;

/**
 * Reports the last scheduled reconciliation (when, how much was checked, how many problems). It stays UP
 * whatever it found: rows edited behind the portal are for the court administrator to act on, and
 * taking the instance out of service would not undo them.
 */
@Readiness
@ApplicationScoped
public class ReconciliationHealth implements HealthCheck {

    @Inject
    ReconciliationRuns runs;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder up = HealthCheckResponse.named("reconciliation").up();
        try {
            return runs.latest().map(r -> up.withData("lastCheckedAt", r.checkedAt().toString())
                    .withData("casesChecked", r.casesChecked()).withData("entriesChecked", r.entriesChecked())
                    .withData("findings", r.findings()).build())
                    .orElseGet(() -> up.withData("lastCheckedAt", "not yet").build());
        } catch (RuntimeException e) {
            // the database check reports an unreachable database; this one has nothing to add then
            return up.withData("lastCheckedAt", "unknown: " + e.getMessage()).build();
        }
    }
}
