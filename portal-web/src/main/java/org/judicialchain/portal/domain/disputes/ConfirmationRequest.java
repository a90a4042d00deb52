package org.judicialchain.portal.domain.disputes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.digest.StreamingDigester;
import org.judicialchain.portal.domain.cases.CaseConflictException;

/**
 * A creditor's request for judicial confirmation of a settled case: REQUESTED, then GRANTED with a signed
 * confirmation or REFUSED. Each step returns what happened; the stored form is {@link #snapshot()}.
 */
public final class ConfirmationRequest {

    public static final String REQUESTED = "REQUESTED";
    public static final String GRANTED = "GRANTED";
    public static final String REFUSED = "REFUSED";

    private ConfirmationRow row;

    private ConfirmationRequest(ConfirmationRow row) {
        this.row = row;
    }

    public static ConfirmationRequest of(ConfirmationRow stored) {
        return new ConfirmationRequest(stored);
    }

    /**
     * A new request with the portal's pre-check of its evidence ({@code precheckJson}); a clean pre-check lets
     * the court's draft be prepared at once when {@code autoDraft}.
     */
    public static ConfirmationEvent.Requested request(String caseRef, String institution, String requestedBy,
                                                      List<String> evidenceIds, String precheckJson, boolean clean,
                                                      boolean autoDraft, Instant now) {
        ConfirmationRow row = new ConfirmationRow(UUID.randomUUID(), caseRef, institution, requestedBy, List.copyOf(evidenceIds),
                precheckJson, clean, clean && autoDraft, REQUESTED, now, null, null, null, null);
        return new ConfirmationEvent.Requested(row, StreamingDigester.sha256("requested|" + row.id() + "|" + precheckJson));
    }

    public ConfirmationRow snapshot() {
        return row;
    }

    /** The court grants the request with the signed confirmation {@code document}. */
    public ConfirmationEvent.Decided grant(String reasons, String judge, Instant now, UUID document) {
        return decide(GRANTED, reasons, judge, now, document);
    }

    public ConfirmationEvent.Decided refuse(String reasons, String judge, Instant now) {
        return decide(REFUSED, reasons, judge, now, null);
    }

    /** Refuses a step on a request the court has already decided. */
    public void requireAwaitingTheCourt() {
        if (!REQUESTED.equals(row.status())) {
            throw new CaseConflictException("confirmation request " + row.id() + " is already " + row.status());
        }
    }

    private ConfirmationEvent.Decided decide(String status, String reasons, String judge, Instant now, UUID document) {
        requireAwaitingTheCourt();
        row = new ConfirmationRow(row.id(), row.caseRef(), row.institution(), row.requestedBy(), row.evidenceIds(),
                row.precheck(), row.precheckClean(), row.draftReady(), status, row.requestedAt(), judge, now, reasons, document);
        return new ConfirmationEvent.Decided(row, StreamingDigester.sha256(status + "|" + row.id() + "|" + reasons));
    }
}
