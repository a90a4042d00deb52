package org.judicialchain.portal.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.judicialchain.portal.domain.operations.OperationsProbe;

/**
 * Ready only when PostgreSQL answers and the schema is in place. Public, so one cheap query and a fixed reason: the
 * backlogs are counted for the operations view only (GET /api/v1/operations/status).
 */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

    @Inject
    OperationsProbe probe;

    @Override
    public HealthCheckResponse call() {
        return Responses.of(probe.database(false));
    }
}
