package org.judicialchain.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.judicialchain.portal.infrastructure.persistence.ReconciliationQueries;

/**
 * Evidence rows that the custody log cannot vouch for: written around the portal (no anchoring
 * record), cut out of the case's log (custody entry deleted), or stuck unanchored. The same findings
 * reach the reconciliation report (every case) and the judge's view of one case.
 */
@ApplicationScoped
public class EvidenceIntegrity {

    /** The worker anchors within seconds (batch wait plus one block); an item older than this is stuck. */
    static final Duration STUCK_AFTER = Duration.ofMinutes(10);

    @Inject
    ReconciliationQueries queries;

    /** Over every case. */
    public List<Reconciliation.Finding> findings(Instant now) {
        return findings(Optional.empty(), now);
    }

    /** Over one case. */
    public List<Reconciliation.Finding> findingsOf(String caseRef, Instant now) {
        return findings(Optional.of(caseRef), now);
    }

    private List<Reconciliation.Finding> findings(Optional<String> caseRef, Instant now) {
        List<Reconciliation.Finding> out = new ArrayList<>();
        queries.evidenceWithoutLeaf(caseRef).forEach(r -> out.add(new Reconciliation.Finding(r.caseRef(), "evidence " + r.id(),
                "no anchoring record: the row was written around the portal")));
        queries.evidenceWithoutCustodyEntry(caseRef).forEach(r -> out.add(new Reconciliation.Finding(r.caseRef(), "evidence " + r.id(),
                "its custody entry is missing: deleted from the case's log")));
        queries.unanchoredSince(now.minus(STUCK_AFTER), caseRef).forEach(r -> out.add(new Reconciliation.Finding(r.caseRef(),
                "evidence " + r.id(), "not anchored " + STUCK_AFTER.toMinutes() + " minutes after submission: the anchoring outbox is stuck")));
        return out;
    }
}
