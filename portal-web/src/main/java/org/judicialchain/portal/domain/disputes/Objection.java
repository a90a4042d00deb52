package org.judicialchain.portal.domain.disputes;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.digest.StreamingDigester;
import org.judicialchain.evidence.domain.model.disputes.ObjectionType;
import org.judicialchain.portal.domain.cases.CaseConflictException;

/**
 * A debtor's objection and its state machine: FILED, then ANSWERED by the lender or an agency, ASSIGNED to
 * a judge, DECIDED. Each step checks that it may happen and returns what happened; the stored form is
 * {@link #snapshot()}.
 */
public final class Objection {

    private ObjectionRow row;

    private Objection(ObjectionRow row) {
        this.row = row;
    }

    public static Objection of(ObjectionRow stored) {
        return new Objection(stored);
    }

    /**
     * A new objection. {@code pausesCollection}: whether it stops collection from now on (a dispute about the
     * amount or the collectors' conduct, on a case still being collected).
     */
    public static ObjectionEvent.Filed file(String reference, String caseRef, String partyId, ObjectionType type,
                                           String statement, List<String> citedRecords, List<String> citedFindings,
                                           List<UUID> attachments, boolean pausesCollection, Duration timeToAnswer,
                                           Instant now) {
        List<String> attached = attachments.stream().map(UUID::toString).toList();
        ObjectionRow row = new ObjectionRow(UUID.randomUUID(), reference, caseRef, partyId, type.name(), statement,
                List.copyOf(citedRecords), List.copyOf(citedFindings), attached, ObjectionStatus.FILED.name(), now,
                now.plus(timeToAnswer), pausesCollection ? now : null, null, null, null, null, null, null, null, null,
                null, null);
        Bytes32 digest = StreamingDigester.sha256(reference + "|" + type + "|" + statement + "|" + citedRecords + "|"
                + citedFindings + "|" + attachments);
        return new ObjectionEvent.Filed(row, digest, now);
    }

    public ObjectionStatus status() {
        return ObjectionStatus.valueOf(row.status());
    }

    public ObjectionRow snapshot() {
        return row;
    }

    /** A lender's or agency's answer; the first answer moves a FILED objection to ANSWERED. */
    public ObjectionEvent.Answered answer(String institution, String role, String statement, List<UUID> evidenceIds,
                                          String respondedBy, Instant now) {
        requireOpen();
        ObjectionRow.Response response = new ObjectionRow.Response(UUID.randomUUID(), institution, role, statement,
                evidenceIds.stream().map(UUID::toString).toList(), respondedBy, now);
        if (status() == ObjectionStatus.FILED) {
            row = with(ObjectionStatus.ANSWERED, row.assignedTo(), row.assignedCourt(), row.assignedAt());
        }
        return new ObjectionEvent.Answered(row, response,
                StreamingDigester.sha256(row.reference() + "|" + institution + "|" + statement + "|" + evidenceIds));
    }

    /** A judge or arbitrator of the case's court takes the objection up. */
    public ObjectionEvent.Assigned assign(String judge, String court, Instant now) {
        requireOpen();
        row = with(ObjectionStatus.ASSIGNED, judge, court, now);
        return new ObjectionEvent.Assigned(row, StreamingDigester.sha256("assigned|" + row.reference() + "|" + judge));
    }

    /**
     * The court's decision, recorded with its signed document. {@code pauseEnds}: collection may resume (the
     * pause ends now); otherwise collection stays stopped, from now if it was not paused yet.
     */
    public ObjectionEvent.Decided decide(String outcome, String reasons, Optional<BigDecimal> adjustedPrincipal,
                                         String judge, Instant now, UUID document, Bytes32 documentSha256,
                                         boolean pauseEnds, CaseState caseState) {
        requireOpen();
        Instant pauseFrom = row.pauseFrom() == null && !pauseEnds ? now : row.pauseFrom();
        Instant pauseTo = pauseEnds && row.pauseFrom() != null ? now : row.pauseTo();
        row = new ObjectionRow(row.id(), row.reference(), row.caseRef(), row.debtorPartyId(), row.type(), row.statement(),
                row.citedRecords(), row.citedFindings(), row.attachments(), ObjectionStatus.DECIDED.name(), row.filedAt(),
                row.responseDueAt(), pauseFrom, pauseTo, row.assignedTo(), row.assignedCourt(), row.assignedAt(), outcome,
                reasons, adjustedPrincipal.orElse(null), judge, now, document);
        return new ObjectionEvent.Decided(row, documentSha256, caseState);
    }

    /** Whether the lender's and agencies' time to answer has run out without an answer. */
    public static boolean responseOverdue(ObjectionRow o, List<ObjectionRow.Response> responses, Instant now) {
        return !o.decided() && responses.isEmpty() && now.isAfter(o.responseDueAt());
    }

    private void requireOpen() {
        if (row.decided()) {
            throw new CaseConflictException("objection " + row.reference() + " is already decided");
        }
    }

    private ObjectionRow with(ObjectionStatus status, String assignedTo, String court, Instant assignedAt) {
        return new ObjectionRow(row.id(), row.reference(), row.caseRef(), row.debtorPartyId(), row.type(), row.statement(),
                row.citedRecords(), row.citedFindings(), row.attachments(), status.name(), row.filedAt(), row.responseDueAt(),
                row.pauseFrom(), row.pauseTo(), assignedTo, court, assignedAt, row.outcome(), row.reasons(),
                row.adjustedPrincipal(), row.decidedBy(), row.decidedAt(), row.decisionDocument());
    }
}
