package org.judicialchain.portal.domain.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.digest.Bytes32;

/**
 * A repayment as stored, on its receipt (evidence {@code evidenceId}). {@code commitment} is what its custody entry
 * anchored (null for repayments recorded before commitments existed); {@code decidedBy}/{@code decidedAt} name the
 * creditor's decision on an agency's claim.
 */
public record RepaymentRow(UUID id, String caseRef, BigDecimal amount, Instant paidAt, UUID evidenceId, String recordedBy,
                           Instant recordedAt, RepaymentStatus status, Bytes32 commitment, String decidedBy,
                           Instant decidedAt, String decisionReason) {
}
