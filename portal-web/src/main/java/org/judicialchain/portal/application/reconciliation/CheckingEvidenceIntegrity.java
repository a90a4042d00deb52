package org.judicialchain.portal.application.reconciliation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.cases.RepaymentCommitment;
import org.judicialchain.portal.domain.reconciliation.ReconciliationQueries.Unvouched;
import org.judicialchain.portal.domain.reconciliation.ReconciliationQueries;
import org.judicialchain.portal.domain.reconciliation.ReconciliationQueries.CommittedRepayment;

/**
 * Evidence rows that the custody log cannot vouch for: written around the portal (no anchoring
 * record), cut out of the case's log (custody entry deleted), or stuck unanchored; and repayments whose stored
 * amount no longer gives what their custody entry anchored. The same findings
 * reach the reconciliation report (every case) and the judge's view of one case.
 */
@ApplicationScoped
public class CheckingEvidenceIntegrity {

    /** The worker anchors within seconds (batch wait plus one block); an item older than this is stuck. */
    static final Duration STUCK_AFTER = Duration.ofMinutes(10);

    @Inject
    ReconciliationQueries queries;

    /** The first {@code limit} findings and how many there are in all. */
    public record Findings(List<IntegrityFinding> listed, long total) {
    }

    /** Over every case: each kind counted in full, at most {@code limit} listed. */
    public Findings findings(Instant now, int limit) {
        List<IntegrityFinding> listed = new ArrayList<>();
        long total = 0;
        for (Unvouched kind : Unvouched.values()) {
            total += queries.count(kind, Optional.empty(), now.minus(STUCK_AFTER));
            listed.addAll(list(kind, Optional.empty(), now, limit - listed.size()));
        }
        List<IntegrityFinding> repayments = repaymentFindings(Optional.empty());
        total += repayments.size();
        listed.addAll(repayments.subList(0, Math.min(repayments.size(), Math.max(0, limit - listed.size()))));
        return new Findings(List.copyOf(listed), total);
    }

    /** Over one case (a case has few evidence rows: all are listed). */
    public List<IntegrityFinding> findingsOf(String caseRef, Instant now) {
        List<IntegrityFinding> out = new ArrayList<>();
        for (Unvouched kind : Unvouched.values()) {
            out.addAll(list(kind, Optional.of(caseRef), now, Integer.MAX_VALUE));
        }
        out.addAll(repaymentFindings(Optional.of(caseRef)));
        return out;
    }

    private List<IntegrityFinding> list(Unvouched kind, Optional<String> caseRef, Instant now, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return queries.unvouched(kind, caseRef, now.minus(STUCK_AFTER), limit).stream()
                .map(r -> new IntegrityFinding(r.caseRef(), "evidence " + r.id(), problem(kind))).toList();
    }

    /**
     * Repayments whose row no longer gives the commitment their custody entry anchored: an amount, date, currency or
     * receipt edited in the database afterwards, or the entry cut out of the case's log.
     */
    private List<IntegrityFinding> repaymentFindings(Optional<String> caseRef) {
        List<IntegrityFinding> out = new ArrayList<>();
        UUID after = new UUID(0, 0);
        List<CommittedRepayment> page;
        do {
            page = queries.committedRepayments(caseRef, after, PAGE);
            for (CommittedRepayment r : page) {
                String item = "repayment " + r.id();
                if (r.anchored() == null) {
                    out.add(new IntegrityFinding(r.caseRef(), item, "its custody entry is missing: deleted from the case's log"));
                } else if (r.receiptSha256() == null || !RepaymentCommitment.of(r.id(), r.caseRef(), r.amount(), r.currency(),
                        r.paidAt(), r.receiptSha256()).equals(r.anchored())) {
                    out.add(new IntegrityFinding(r.caseRef(), item, "its amount (" + r.amount().toPlainString() + " " + r.currency()
                            + "), paid-at or receipt no longer match what its custody entry anchored: edited after it was recorded"));
                }
                after = r.id();
            }
        } while (page.size() == PAGE);
        return out;
    }

    private static final int PAGE = 1000;

    private static String problem(Unvouched kind) {
        return switch (kind) {
            case WITHOUT_LEAF -> "no anchoring record: the row was written around the portal";
            case WITHOUT_CUSTODY_ENTRY -> "its custody entry is missing: deleted from the case's log";
            case STUCK_UNANCHORED -> "not anchored " + STUCK_AFTER.toMinutes() + " minutes after submission: the anchoring outbox is stuck";
        };
    }
}
