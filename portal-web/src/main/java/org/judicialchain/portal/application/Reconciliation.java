package org.judicialchain.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.judicialchain.portal.infrastructure.persistence.ReconciliationQueries;

/**
 * Compares the database with the chain and the custody links, over every case: each edited or
 * deleted custody entry, each evidence digest that no longer matches what was anchored, each
 * evidence row without an anchor (written around the portal, or stuck in the outbox). Run on demand
 * by the court administrator or an auditor; a case's own chain view shows the same for one case.
 */
@ApplicationScoped
public class Reconciliation {

    /** The worker anchors within seconds (batch wait plus one block); an item older than this is stuck. */
    static final Duration STUCK_AFTER = Duration.ofMinutes(10);

    @Inject
    CaseChainService chains;
    @Inject
    ReconciliationQueries queries;

    public record Finding(String caseRef, String item, String problem) {
    }

    public record Report(Instant checkedAt, int casesChecked, int entriesChecked, List<Finding> findings) {
        public boolean clean() {
            return findings.isEmpty();
        }
    }

    public Report run() {
        Instant now = Instant.now();
        List<Finding> findings = new ArrayList<>();
        List<String> cases = queries.casesWithCustodyLog();
        int entries = 0;
        for (String caseRef : cases) {
            java.util.Optional<CaseChainService.CaseChain> chain;
            try {
                chain = chains.chainOf(caseRef);
            } catch (RuntimeException e) {
                // one case the check cannot read must not hide the others' findings
                findings.add(new Finding(caseRef, "case", "could not be checked: " + e.getMessage()));
                continue;
            }
            if (chain.isEmpty()) {
                continue;
            }
            for (CaseChainService.EntryReport e : chain.get().entries()) {
                entries++;
                String item = "custody entry " + e.link().entry().sequence() + " (" + e.link().entry().type() + ")";
                e.problems().forEach(p -> findings.add(new Finding(caseRef, item, p)));
            }
        }
        queries.evidenceWithoutLeaf().forEach(r -> findings.add(new Finding(r.caseRef(), "evidence " + r.id(),
                "no anchoring record: the row was written around the portal")));
        queries.evidenceWithoutCustodyEntry().forEach(r -> findings.add(new Finding(r.caseRef(), "evidence " + r.id(),
                "its custody entry is missing: deleted from the case's log")));
        queries.unanchoredSince(now.minus(STUCK_AFTER)).forEach(r -> findings.add(new Finding(r.caseRef(), "evidence " + r.id(),
                "not anchored " + STUCK_AFTER.toMinutes() + " minutes after submission: the anchoring outbox is stuck")));
        return new Report(now, cases.size(), entries, List.copyOf(findings));
    }
}
