package org.judicialchain.portal.domain.reconciliation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.digest.Bytes32;

/** What reconciliation asks of the database: evidence rows the custody log cannot vouch for, and repayments beside their commitments. */
public interface ReconciliationQueries {

    record EvidenceRef(UUID id, String caseRef) {
    }

    /** Evidence rows the custody log cannot vouch for, by why. */
    enum Unvouched {
        /** No outbox leaf: the portal writes both in one transaction, so the row was written around it. */
        WITHOUT_LEAF,
        /** Its EVIDENCE_SUBMITTED custody entry is gone. */
        WITHOUT_CUSTODY_ENTRY,
        /** Still not anchored although submitted before the cut-off. */
        STUCK_UNANCHORED
    }

    /** The next page of cases that have a custody log, in case order after {@code after} (keyset paging: no offset scans). */
    List<String> casesWithCustodyLog(String after, int limit);

    /** The first {@code limit} rows of one kind, in case order, over every case or one. */
    List<EvidenceRef> unvouched(Unvouched kind, Optional<String> caseRef, Instant stuckBefore, int limit);

    /** How many rows of one kind there are, however many are listed. */
    long count(Unvouched kind, Optional<String> caseRef, Instant stuckBefore);

    /**
     * A repayment as stored now (with its case's currency and its receipt's digest) beside what its custody entry
     * anchored; {@code anchored} is null when that entry is missing.
     */
    record CommittedRepayment(UUID id, String caseRef, BigDecimal amount, String currency, Instant paidAt,
                              Bytes32 receiptSha256, Bytes32 anchored) {
    }

    /** The next page of repayments recorded with a commitment, in id order after {@code afterId}, over every case or one. */
    List<CommittedRepayment> committedRepayments(Optional<String> caseRef, UUID afterId, int limit);
}
