package org.judicialchain.portal.application.reconciliation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.judicialchain.portal.domain.reconciliation.ReconciliationQueries;

/**
 * Compares the database with the chain and the custody links, over every case: each edited or
 * deleted custody entry, each evidence digest that no longer matches what was anchored, each
 * evidence row without an anchor (written around the portal, or stuck in the outbox). Run on demand
 * by the court administrator or an auditor; a case's own chain view shows the same for one case.
 */
@ApplicationScoped
public class Reconciling {

    @Inject
    CheckingCaseChains chains;
    @Inject
    ReconciliationQueries queries;
    @Inject
    CheckingEvidenceIntegrity evidence;

    /** Cases read per page: a large book is walked in pages, never loaded whole. */
    static final int CASES_PER_PAGE = 500;
    /** Findings listed in one report; beyond this only the count grows (a mass edit would otherwise fill memory). */
    static final int MAX_LISTED_FINDINGS = 10_000;

    /** {@code findingsTotal} counts every finding; {@code findings} lists the first {@value #MAX_LISTED_FINDINGS}. */
    public record Report(Instant checkedAt, int casesChecked, int entriesChecked, int findingsTotal, List<IntegrityFinding> findings) {
        public boolean clean() {
            return findingsTotal == 0;
        }

        public boolean truncated() {
            return findingsTotal > findings.size();
        }
    }

    public Report run() {
        Instant now = Instant.now();
        Findings findings = new Findings();
        int cases = 0;
        int entries = 0;
        String after = "";
        for (List<String> page = queries.casesWithCustodyLog(after, CASES_PER_PAGE); !page.isEmpty();
                page = queries.casesWithCustodyLog(after, CASES_PER_PAGE)) {
            for (String caseRef : page) {
                cases++;
                entries += checkCustody(caseRef, findings);
            }
            after = page.get(page.size() - 1);
        }
        findings.addCounted(evidence.findings(now, MAX_LISTED_FINDINGS));
        return new Report(now, cases, entries, findings.total, List.copyOf(findings.listed));
    }

    /** Checks one case's custody log against its links and anchors; answers how many entries it read. */
    private int checkCustody(String caseRef, Findings findings) {
        java.util.Optional<List<CheckingCaseChains.EntryReport>> custody;
        try {
            custody = chains.custodyOf(caseRef);
        } catch (RuntimeException e) {
            // one case the check cannot read must not hide the others' findings
            findings.add(new IntegrityFinding(caseRef, "case", "could not be checked: " + e.getMessage()));
            return 0;
        }
        if (custody.isEmpty()) {
            return 0;
        }
        for (CheckingCaseChains.EntryReport e : custody.get()) {
            String item = "custody entry " + e.link().entry().sequence() + " (" + e.link().entry().type() + ")";
            e.problems().forEach(p -> findings.add(new IntegrityFinding(caseRef, item, p)));
        }
        return custody.get().size();
    }

    private static final class Findings {
        final List<IntegrityFinding> listed = new ArrayList<>();
        int total;

        void addCounted(CheckingEvidenceIntegrity.Findings more) {
            total += Math.toIntExact(more.total());
            more.listed().stream().limit(MAX_LISTED_FINDINGS - listed.size()).forEach(listed::add);
        }

        void add(IntegrityFinding f) {
            total++;
            if (listed.size() < MAX_LISTED_FINDINGS) {
                listed.add(f);
            }
        }
    }
}
