package org.judicialchain.portal.application.cases.imports;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.judicialchain.evidence.domain.model.cases.NewLoanCase;
import org.judicialchain.portal.application.cases.NumberingCases;
import org.judicialchain.portal.application.cases.OpeningCases;
import org.judicialchain.portal.domain.cases.BookUploads;
import org.judicialchain.portal.domain.cases.CaseImportJobs;
import org.judicialchain.portal.domain.cases.CaseImportJobs.ImportRow;
import org.judicialchain.portal.domain.cases.LoanCases;
import org.judicialchain.portal.domain.cases.LoanCases.PreparedCase;
import org.judicialchain.portal.domain.shared.InvalidInputException;

/**
 * Imports a lender's book (CSV, docs/import.md). The upload is written durably before it is
 * acknowledged; lines are then read in batches, bad lines reported by number and skipped, good
 * lines kept. Progress is readable while it runs, and an import interrupted by a restart resumes.
 */
@ApplicationScoped
public class ImportingBooks {

    private static final Logger LOG = Logger.getLogger(ImportingBooks.class.getName());
    static final int BATCH = 1000;
    static final int MAX_REPORTED_ERRORS = 1000;

    @Inject
    OpeningCases opening;
    @Inject
    NumberingCases numbering;
    @Inject
    ImportBatch batches;
    @Inject
    LoanCases cases;
    @Inject
    CaseImportJobs imports;
    @Inject
    BookUploads uploads;
    @Resource
    ManagedExecutorService executor;

    private final Clock clock = Clock.systemUTC();

    /** A creditor's book as CSV, read once from {@code csv}. */
    public record ImportBook(String creditor, InputStream csv) {
    }

    /** Stores the upload and queues it; the id is what the progress resource is read by. */
    public UUID start(ImportBook c) throws IOException {
        String creditor = c.creditor();
        InputStream csv = c.csv();
        UUID id = UUID.randomUUID();
        Path file = uploads.keep(id, csv);
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null) {
                throw new InvalidInputException("the book is empty; the first line must be the header " + BookLine.COLUMNS);
            }
            checkHeader(CSVFormat.DEFAULT.parse(new java.io.StringReader(header)).getRecords().getFirst().toList().stream()
                    .map(String::strip).toList());
        } catch (IllegalArgumentException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        imports.create(id, creditor, file.toString(), clock.instant());
        executor.submit(() -> run(id));
        return id;
    }

    public Optional<ImportRow> progress(UUID id) {
        return imports.find(id);
    }

    /** Picks up imports a restart interrupted. */
    public void resumeUnfinished() {
        for (ImportRow row : imports.unfinished()) {
            LOG.info(() -> "resuming import " + row.id() + " after line " + row.doneLines());
            executor.submit(() -> run(row.id()));
        }
    }

    void run(UUID id) {
        ImportRow job = imports.find(id).orElseThrow();
        Path file = Path.of(job.filePath());
        try {
            int total = countDataLines(file);
            imports.started(id, total, clock.instant());
            importLines(job, file);
            imports.finished(id, "DONE", clock.instant());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "import " + id + " failed", e);
            imports.progress(id, imports.find(id).map(ImportRow::doneLines).orElse(0), 0, 0,
                    "file: the import stopped: " + e.getMessage() + "\n");
            imports.finished(id, "FAILED", clock.instant());
        }
    }

    private void importLines(ImportRow job, Path file) throws IOException {
        int reportedErrors = job.errors().isEmpty() ? 0 : (int) job.errors().lines().count();
        Set<String> seen = new HashSet<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                     .setIgnoreEmptyLines(true).get().parse(reader)) {
            checkHeader(parser.getHeaderNames());
            int columns = parser.getHeaderNames().size();
            List<Line> batch = new ArrayList<>(BATCH);
            int done = 0;
            for (CSVRecord record : parser) {
                done++;
                if (done <= job.doneLines()) {
                    seen.add(record.isMapped("caseRef") ? record.get("caseRef") : "");
                    continue;
                }
                batch.add(new Line(record.getRecordNumber() + 1, record));
                if (batch.size() == BATCH) {
                    reportedErrors = commit(job, batch, columns, done, seen, reportedErrors);
                    batch.clear();
                }
            }
            commit(job, batch, columns, done, seen, reportedErrors);
        }
    }

    private record Line(long number, CSVRecord record) {
    }

    private int commit(ImportRow job, List<Line> lines, int columns, int done, Set<String> seen, int reportedErrors) {
        List<PreparedCase> good = new ArrayList<>(lines.size());
        StringBuilder errors = new StringBuilder();
        int rejected = 0;
        Map<String, Line> candidates = new HashMap<>();
        List<NewLoanCase> parsed = new ArrayList<>(lines.size());
        for (Line line : lines) {
            try {
                if (!line.record().isConsistent()) {
                    throw new InvalidInputException("the line has " + line.record().size() + " columns, the header "
                            + columns);
                }
                NewLoanCase loan = BookLine.parse(line.record().toMap(), job.creditor());
                numbering.requireOwn(loan.caseRef(), job.creditor());
                if (!seen.add(loan.caseRef())) {
                    throw new InvalidInputException("duplicate caseRef " + loan.caseRef() + " (already earlier in this file)");
                }
                candidates.put(loan.caseRef(), line);
                parsed.add(loan);
            } catch (IllegalArgumentException e) {
                rejected++;
                reportedErrors = report(errors, reportedErrors, line.number(), e.getMessage());
            }
        }
        // the book's references are the lender's own numbering (security review, item 1): kept in its namespace
        Map<String, String> global = numbering.inOwnNumbering(candidates.keySet(), job.creditor());
        Set<String> existing = cases.existing(global.values());
        for (NewLoanCase loan : parsed) {
            if (existing.contains(global.get(loan.caseRef()))) {
                rejected++;
                reportedErrors = report(errors, reportedErrors, candidates.get(loan.caseRef()).number(),
                        "duplicate caseRef " + loan.caseRef() + " (already one of your cases)");
            } else {
                good.add(opening.prepare(loan.numbered(global.get(loan.caseRef()))));
            }
        }
        batches.commit(job.id(), good, done, rejected, errors.toString(), clock.instant());
        return reportedErrors;
    }

    private static int report(StringBuilder errors, int reported, long line, String message) {
        if (reported < MAX_REPORTED_ERRORS) {
            errors.append("line ").append(line).append(": ").append(message.replace('\n', ' ')).append('\n');
        }
        return reported + 1;
    }

    private static void checkHeader(List<String> header) {
        List<String> missing = BookLine.COLUMNS.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException("the header lacks the columns " + missing + "; expected " + BookLine.COLUMNS
                    + " and optionally " + BookLine.INSTALMENTS);
        }
    }

    private static int countDataLines(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lines = 0;
            boolean header = true;
            for (String line; (line = reader.readLine()) != null; ) {
                if (header) {
                    header = false;
                } else if (!line.isBlank()) {
                    lines++;
                }
            }
            return lines;
        }
    }
}
