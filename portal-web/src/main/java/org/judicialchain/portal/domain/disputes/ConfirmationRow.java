package org.judicialchain.portal.domain.disputes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A request for judicial confirmation as stored; {@code precheck} is the pre-check report as JSON. */
public record ConfirmationRow(UUID id, String caseRef, String institution, String requestedBy, List<String> evidenceIds,
                              String precheck, boolean precheckClean, boolean draftReady, String status, Instant requestedAt,
                              String decidedBy, Instant decidedAt, String reasons, UUID documentId) {
}
