package org.judicialchain.portal.infrastructure.health;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.judicialchain.evidence.domain.service.Ledger;
import org.judicialchain.portal.domain.chain.LedgerAccess;
import org.judicialchain.portal.domain.operations.OperationsProbe;

/**
 * The probes behind readiness and the operations view. The chain is given 2 s: a node that hangs rather than refuses
 * would otherwise hold the answer for the client's whole read timeout. A failure's own message (which may name hosts,
 * users or the RPC URL) is only given when details are asked for.
 */
@ApplicationScoped
public class ProbingOperations implements OperationsProbe {

    static final long ANSWER_WITHIN_MS = 2_000;

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;
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
    public Check database(boolean details) {
        String sql = details ? "select (select count(*) from anchor_leaf where batch_id is null),"
                + " (select count(*) from anchor_batch where status = 'PREPARED')"
                : "select 1 from flyway_schema_history limit 1";
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            Map<String, Object> data = new LinkedHashMap<>();
            if (rs.next() && details) {
                data.put("pendingLeaves", rs.getLong(1));
                data.put("unconfirmedBatches", rs.getLong(2));
            }
            return new Check("database", true, data);
        } catch (Exception e) {
            return new Check("database", false, Map.of("reason", details ? String.valueOf(e.getMessage())
                    : "the database does not answer"));
        }
    }

    @Override
    public Check chain(boolean details) {
        try {
            Ledger.ChainStatus status = CompletableFuture.supplyAsync(() -> gateway.ledger().status(), executor)
                    .get(ANSWER_WITHIN_MS, TimeUnit.MILLISECONDS);
            Map<String, Object> data = new LinkedHashMap<>();
            if (details) {
                data.put("chainId", status.chainId());
                data.put("headBlock", status.headBlock());
                data.put("registry", status.contractAddress());
                data.put("client", status.clientVersion());
            }
            return new Check("chain", true, data);
        } catch (TimeoutException e) {
            return down("the chain node did not answer within " + ANSWER_WITHIN_MS + " ms");
        } catch (ExecutionException e) {
            return down(details ? String.valueOf(e.getCause().getMessage()) : "the chain node does not answer");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down("interrupted");
        } catch (RuntimeException e) {
            return down(details ? String.valueOf(e.getMessage()) : "the chain node does not answer");
        }
    }

    private static Check down(String reason) {
        return new Check("chain", false, Map.of("reason", reason));
    }
}
