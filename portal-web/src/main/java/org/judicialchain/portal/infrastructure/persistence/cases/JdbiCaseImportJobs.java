package org.judicialchain.portal.infrastructure.persistence.cases;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.judicialchain.portal.domain.cases.CaseImportJobs;
import org.judicialchain.portal.infrastructure.persistence.Sql;
import org.judicialchain.portal.infrastructure.persistence.Timestamps;

/** Book imports and their progress, committed with each batch so a restart resumes where it stopped. */
@ApplicationScoped
public class JdbiCaseImportJobs implements CaseImportJobs {

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    public void create(UUID id, String creditor, String filePath, Instant now) {
        update("insert into case_import (id, creditor, status, file_path, created_at) values (?, ?, 'QUEUED', ?, ?)",
                id, creditor, filePath, Timestamps.of(now));
    }

    public void started(UUID id, int totalLines, Instant now) {
        update("update case_import set status = 'RUNNING', total_lines = ?, started_at = coalesce(started_at, ?) where id = ?",
                totalLines, Timestamps.of(now), id);
    }

    public void progress(UUID id, int doneLines, int imported, int rejected, String newErrors) {
        update("update case_import set done_lines = ?, imported = imported + ?, rejected = rejected + ?,"
                + " errors = errors || ? where id = ?", doneLines, imported, rejected, newErrors, id);
    }

    public void finished(UUID id, String status, Instant now) {
        update("update case_import set status = ?, finished_at = ? where id = ?", status, Timestamps.of(now), id);
    }

    public Optional<ImportRow> find(UUID id) {
        return query("select id, creditor, status, file_path, total_lines, done_lines, imported, rejected, errors,"
                + " started_at, finished_at, created_at from case_import where id = ?", id).stream().findFirst();
    }

    /** Imports a crash or restart interrupted. */
    public List<ImportRow> unfinished() {
        return query("select id, creditor, status, file_path, total_lines, done_lines, imported, rejected, errors,"
                + " started_at, finished_at, created_at from case_import where status in ('QUEUED', 'RUNNING') order by created_at");
    }

    private List<ImportRow> query(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            List<ImportRow> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new ImportRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                            (Integer) rs.getObject(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getString(9),
                            instant(rs, 10), instant(rs, 11), instant(rs, 12)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("reading imports failed", e);
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        var t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private void update(String sql, Object... args) {
        Sql.update(dataSource, sql, args);
    }
}
