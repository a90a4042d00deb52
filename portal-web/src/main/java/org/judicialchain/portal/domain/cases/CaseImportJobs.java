package org.judicialchain.portal.domain.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Book imports of a creditor, with their progress, so an interrupted import resumes where it stopped. */
public interface CaseImportJobs {

    record ImportRow(UUID id, String creditor, String status, String filePath, Integer totalLines, int doneLines,
                            int imported, int rejected, String errors, Instant startedAt, Instant finishedAt, Instant createdAt) {
    }

    void create(UUID id, String creditor, String filePath, Instant now);

    void started(UUID id, int totalLines, Instant now);

    void progress(UUID id, int doneLines, int imported, int rejected, String newErrors);

    void finished(UUID id, String status, Instant now);

    Optional<ImportRow> find(UUID id);

    /** Imports a crash or restart interrupted. */
    List<ImportRow> unfinished();
}
