package org.judicialchain.portal.domain.disputes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An objection as stored; lists are of ids (collection records, findings, evidence). */
public record ObjectionRow(UUID id, String reference, String caseRef, String debtorPartyId, String type, String statement,
                           List<String> citedRecords, List<String> citedFindings, List<String> attachments, String status,
                           Instant filedAt, Instant responseDueAt, Instant pauseFrom, Instant pauseTo, String assignedTo,
                           String assignedCourt, Instant assignedAt, String outcome, String reasons,
                           BigDecimal adjustedPrincipal, String decidedBy, Instant decidedAt, UUID decisionDocument) {

    public record Response(UUID id, String institution, String role, String statement, List<String> evidenceIds,
                           String respondedBy, Instant respondedAt) {
    }

    public boolean decided() {
        return "DECIDED".equals(status);
    }
}
