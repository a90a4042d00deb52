package org.judicialchain.portal.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.judicialchain.portal.domain.operations.OperationsProbe;

/**
 * UP when the chain node answers (within 2 s) and the registry is in place, else DOWN with a fixed reason: the answer
 * is public, so it names no node, contract or error. DOWN does not stop submissions: they are accepted and anchored
 * once the chain is back. The details are in GET /api/v1/operations/status.
 */
@Readiness
@ApplicationScoped
public class ChainHealth implements HealthCheck {

    @Inject
    OperationsProbe probe;

    @Override
    public HealthCheckResponse call() {
        return Responses.of(probe.chain(false));
    }
}
