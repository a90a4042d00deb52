package org.judicialchain.portal.infrastructure.persistence.reconciliation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.judicialchain.portal.domain.reconciliation.ReconciliationRuns;
import org.judicialchain.portal.infrastructure.persistence.Database;

/** The scheduled reconciliation runs, newest last; the readiness check reports the latest. */
@ApplicationScoped
public class JdbiReconciliationRuns implements ReconciliationRuns {

    @Inject
    Database database;

    @Override
    public void add(Instant checkedAt, int cases, int entries, int findings, String reportJson) {
        database.jdbi().useHandle(h -> h.createUpdate("insert into reconciliation_run (checked_at, cases_checked, entries_checked,"
                        + " findings, report) values (:at, :cases, :entries, :findings, :report)")
                .bind("at", checkedAt).bind("cases", cases).bind("entries", entries).bind("findings", findings)
                .bind("report", reportJson).execute());
    }

    @Override
    public Optional<Summary> latest() {
        return database.jdbi().withHandle(h -> h.createQuery("select checked_at, cases_checked, entries_checked, findings"
                        + " from reconciliation_run order by id desc limit 1")
                .map((rs, ctx) -> new Summary(Database.instant(rs, "checked_at"), rs.getInt("cases_checked"),
                        rs.getInt("entries_checked"), rs.getInt("findings")))
                .findFirst());
    }
}
