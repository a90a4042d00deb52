package org.judicialchain.portal.infrastructure.health;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.judicialchain.evidence.domain.service.Ledger;
import org.judicialchain.portal.domain.chain.LedgerAccess;

/**
 * UP when the chain node answers (within 2 s) and the registry is in place. DOWN does not stop
 * submissions: they are accepted and anchored once the chain is back. A node that hangs rather than
 * refuses would otherwise hold the readiness answer for the client's whole read timeout.
 */
@Readiness
@ApplicationScoped
public class ChainHealth implements HealthCheck {

    private static final long ANSWER_WITHIN_MS = 2_000;

    @Inject
    LedgerAccess gateway;
    @Resource
    ManagedThreadFactory threads;

    /** A thread per probe of its own: the shared managed executors may be busy with an import. */
    private ExecutorService executor;

    @PostConstruct
    void start() {
        executor = Executors.newThreadPerTaskExecutor(threads);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    @Override
    public HealthCheckResponse call() {
        try {
            Ledger.ChainStatus status = CompletableFuture.supplyAsync(() -> gateway.ledger().status(), executor)
                    .get(ANSWER_WITHIN_MS, TimeUnit.MILLISECONDS);
            return HealthCheckResponse.named("chain").up()
                    .withData("chainId", status.chainId())
                    .withData("headBlock", status.headBlock())
                    .withData("registry", status.contractAddress())
                    .withData("client", status.clientVersion())
                    .build();
        } catch (TimeoutException e) {
            return down("the chain node did not answer within " + ANSWER_WITHIN_MS + " ms");
        } catch (ExecutionException e) {
            return down(String.valueOf(e.getCause().getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down("interrupted");
        } catch (RuntimeException e) {
            return down(String.valueOf(e.getMessage()));
        }
    }

    private static HealthCheckResponse down(String error) {
        return HealthCheckResponse.named("chain").down().withData("error", error).build();
    }
}
