package org.judicialchain.portal.interfaces.rest.disputes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.judicialchain.portal.interfaces.rest.documents.DocumentDtos;
import org.judicialchain.portal.interfaces.rest.shared.ChainAnswers;

/** JSON shapes of objections, confirmation requests and work queues. */
public final class DisputeDtos {

    private DisputeDtos() {
    }

    public record ObjectionView(String id, String reference, String caseRef, String type, String statement, String status,
                                List<String> citedRecords, List<String> citedFindings, List<String> attachments,
                                Instant filedAt, Instant responseDueAt, boolean responseOverdue, boolean pausesCollection,
                                Instant pauseFrom, Instant pauseTo, String assignedTo, Instant assignedAt,
                                List<ResponseView> responses, DecisionView decision, String caseState) {
    }

    public record ResponseView(String institution, String role, String statement, List<String> evidenceIds,
                               String respondedBy, Instant respondedAt) {
    }

    public record DecisionView(String outcome, String reasons, BigDecimal adjustedPrincipal, String decidedBy,
                               Instant decidedAt, String documentId, String download, String publicCopyDownload) {
    }

    /** {@code caseState}: as the chain left it; {@code chain}: the state change asked of the chain, if any. */
    public record Decided(ObjectionView objection, String documentId, String documentSha256, String verificationCode,
                          String download, String caseNumber, DocumentDtos.PublicCopy publicCopy, String caseState,
                          ChainAnswers.ChainStep chain) {
    }

    public record ConfirmationView(String id, String caseRef, String institution, String requestedBy, List<String> evidenceIds,
                                   String status, boolean precheckClean, boolean draftReady, Object precheck,
                                   Instant requestedAt, String decidedBy, Instant decidedAt, String reasons, String documentId,
                                   String download, String publicCopyDownload) {
    }

    public record Granted(ConfirmationView confirmation, String documentId, String documentSha256, String verificationCode,
                          String download, String caseNumber, DocumentDtos.PublicCopy publicCopy) {
    }

    public record QueueItem(String kind, String caseRef, String id, String reference, String summary, Instant since,
                            Instant dueAt, boolean overdue, String objectionType, String excerpt, Boolean precheckClean,
                            Boolean draftReady) {
    }

    public record WorkQueue(String role, List<QueueItem> items, List<NoticeView> notices) {
    }

    /** {@code event} and {@code params} let a page word the notice in its reader's language; {@code subject} is English. */
    public record NoticeView(String caseRef, String subject, String event, java.util.Map<String, String> params, Instant at,
                             boolean emailed) {
    }
}
