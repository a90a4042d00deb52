package org.judicialchain.portal.infrastructure.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.judicialchain.portal.domain.lifecycle.LifecycleSteps;

/** Ready only when PostgreSQL answers and the schema is in place; reports the anchoring backlog. */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;
    @Inject
    LifecycleSteps lifecycleSteps;

    @Override
    public HealthCheckResponse call() {
        try (Connection c = dataSource.getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select (select count(*) from anchor_leaf where batch_id is null),"
                     + " (select count(*) from anchor_batch where status = 'PREPARED')")) {
            rs.next();
            return HealthCheckResponse.named("database").up()
                    .withData("pendingLeaves", rs.getLong(1))
                    .withData("unconfirmedBatches", rs.getLong(2))
                    // the lifecycle contract's backlog is the database's to count, chain up or down
                    .withData("lifecyclePendingSteps", lifecycleSteps.pending())
                    .withData("lifecycleRefusedSteps", lifecycleSteps.refusedCount())
                    .build();
        } catch (Exception e) {
            return HealthCheckResponse.named("database").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
