package org.judicialchain.portal.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.judicialchain.evidence.domain.service.Ledger;
import org.judicialchain.portal.infrastructure.chain.LedgerGateway;

/**
 * UP when the chain node answers and the registry is in place. DOWN does not stop submissions:
 * they are accepted and anchored once the chain is back.
 */
@Readiness
@ApplicationScoped
public class ChainHealth implements HealthCheck {

    @Inject
    LedgerGateway gateway;
    @Inject
    org.judicialchain.portal.infrastructure.persistence.JdbcLifecycleSteps lifecycleSteps;

    @Override
    public HealthCheckResponse call() {
        try {
            Ledger.ChainStatus status = gateway.ledger().status();
            return HealthCheckResponse.named("chain").up()
                    .withData("chainId", status.chainId())
                    .withData("headBlock", status.headBlock())
                    .withData("registry", status.contractAddress())
                    .withData("client", status.clientVersion())
                    .withData("lifecyclePendingSteps", lifecycleSteps.pending())
                    .withData("lifecycleRefusedSteps", lifecycleSteps.refusedCount())
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("chain").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
