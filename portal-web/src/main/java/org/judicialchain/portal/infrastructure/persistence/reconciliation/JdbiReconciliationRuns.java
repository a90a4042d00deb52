package org.judicialchain.portal.infrastructure.persistence.reconciliation;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.judicialchain.portal.domain.reconciliation.ReconciliationRuns;
import org.judicialchain.portal.infrastructure.persistence.Sql;
import org.judicialchain.portal.infrastructure.persistence.Timestamps;

/** The scheduled reconciliation runs, newest last; the readiness check reports the latest. */
@ApplicationScoped
public class JdbiReconciliationRuns implements ReconciliationRuns {

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    public void add(Instant checkedAt, int cases, int entries, int findings, String reportJson) {
        Sql.update(dataSource, "insert into reconciliation_run (checked_at, cases_checked, entries_checked, findings, report)"
                + " values (?, ?, ?, ?, ?)", Timestamps.of(checkedAt), cases, entries, findings, reportJson);
    }

    public Optional<Summary> latest() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select checked_at, cases_checked, entries_checked, findings"
                     + " from reconciliation_run order by id desc limit 1");
             ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.of(new Summary(Timestamps.instant(rs, 1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                    : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("reading the last reconciliation failed", e);
        }
    }
}
