package org.judicialchain.portal.application.cases.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.judicialchain.portal.domain.cases.CaseImportJobs;
import org.judicialchain.portal.domain.cases.LoanCases.PreparedCase;
import org.judicialchain.portal.domain.cases.LoanCases;
import org.judicialchain.portal.domain.lifecycle.LifecycleSteps;

/** One batch of an import: its cases and the progress that covers them commit together. */
@ApplicationScoped
public class ImportBatch {

    @Inject
    LoanCases cases;
    @Inject
    CaseImportJobs imports;
    @Inject
    LifecycleSteps lifecycleSteps;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void commit(UUID importId, List<PreparedCase> good, int doneLines, int rejected, String errors, Instant now) {
        cases.insertAll(good, now, importId);
        // each case opens on the lifecycle contract too, sent later by the relay
        lifecycleSteps.enqueueOpenings(good.stream().map(p -> p.loan().caseRef()).toList(),
                good.stream().map(p -> p.loan().creditor()).toList(), now);
        imports.progress(importId, doneLines, good.size(), rejected, errors);
    }
}
