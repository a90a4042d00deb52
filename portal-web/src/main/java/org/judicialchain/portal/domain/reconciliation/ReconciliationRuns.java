package org.judicialchain.portal.domain.reconciliation;

import java.time.Instant;
import java.util.Optional;

/** The summary of each reconciliation run, for the health check and the court administrator. */
public interface ReconciliationRuns {

    record Summary(Instant checkedAt, int casesChecked, int entriesChecked, int findings) {
    }

    void add(Instant checkedAt, int cases, int entries, int findings, String reportJson);

    Optional<Summary> latest();
}
