package org.judicialchain.portal.infrastructure.persistence.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.StatementContext;
import org.judicialchain.portal.domain.cases.CaseImportJobs;
import org.judicialchain.portal.infrastructure.persistence.Database;

/** Book imports and their progress, committed with each batch so a restart resumes where it stopped. */
@ApplicationScoped
public class JdbiCaseImportJobs implements CaseImportJobs {

    private static final String COLUMNS = "id, creditor, status, file_path, total_lines, done_lines, imported, rejected, errors,"
            + " started_at, finished_at, created_at";

    @Inject
    Database database;

    @Override
    public void create(UUID id, String creditor, String filePath, Instant now) {
        database.jdbi().useHandle(h -> h.createUpdate("insert into case_import (id, creditor, status, file_path, created_at)"
                        + " values (:id, :creditor, 'QUEUED', :file, :now)")
                .bind("id", id).bind("creditor", creditor).bind("file", filePath).bind("now", now).execute());
    }

    @Override
    public void started(UUID id, int totalLines, Instant now) {
        database.jdbi().useHandle(h -> h.createUpdate("update case_import set status = 'RUNNING', total_lines = :total,"
                        + " started_at = coalesce(started_at, :now) where id = :id")
                .bind("total", totalLines).bind("now", now).bind("id", id).execute());
    }

    @Override
    public void progress(UUID id, int doneLines, int imported, int rejected, String newErrors) {
        database.jdbi().useHandle(h -> h.createUpdate("update case_import set done_lines = :done, imported = imported + :imported,"
                        + " rejected = rejected + :rejected, errors = errors || :errors where id = :id")
                .bind("done", doneLines).bind("imported", imported).bind("rejected", rejected).bind("errors", newErrors)
                .bind("id", id).execute());
    }

    @Override
    public void finished(UUID id, String status, Instant now) {
        database.jdbi().useHandle(h -> h.createUpdate("update case_import set status = :status, finished_at = :now where id = :id")
                .bind("status", status).bind("now", now).bind("id", id).execute());
    }

    @Override
    public Optional<ImportRow> find(UUID id) {
        return database.jdbi().withHandle(h -> h.createQuery("select " + COLUMNS + " from case_import where id = :id")
                .bind("id", id).map(JdbiCaseImportJobs::importRow).findFirst());
    }

    /** Imports a crash or restart interrupted. */
    @Override
    public List<ImportRow> unfinished() {
        return database.jdbi().withHandle(h -> h.createQuery("select " + COLUMNS + " from case_import"
                        + " where status in ('QUEUED', 'RUNNING') order by created_at")
                .map(JdbiCaseImportJobs::importRow).list());
    }

    private static ImportRow importRow(ResultSet rs, StatementContext ctx) throws SQLException {
        return new ImportRow(rs.getObject("id", UUID.class), rs.getString("creditor"), rs.getString("status"),
                rs.getString("file_path"), (Integer) rs.getObject("total_lines"), rs.getInt("done_lines"), rs.getInt("imported"),
                rs.getInt("rejected"), rs.getString("errors"), Database.instant(rs, "started_at"),
                Database.instant(rs, "finished_at"), Database.instant(rs, "created_at"));
    }
}
