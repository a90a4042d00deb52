package org.judicialchain.portal.interfaces.rest.evidence;

import java.time.Instant;
import java.util.List;

/** The wire format of the evidence API (documented in docs/api.md). */
public final class EvidenceDtos {

    private EvidenceDtos() {
    }

    /** The answer to an accepted submission (202). */
    public record Accepted(String id, String sha256, String sm3, String status) {
    }

    /** {@code captureMethod}, {@code captureDevice}: how the item was captured, as the submitter states it (or null). */
    public record EvidenceView(String id, String caseRef, String kind, String status, String sha256, String sm3,
                               Long size, Instant capturedAt, Instant submittedAt, String submitter, String note,
                               AnchorDto anchor, String captureMethod, String captureDevice) {
    }

    public record AnchorDto(String leafHash, List<String> proof, String root, String batchId, long chainId,
                            String contract, String submitterAccount, String transactionHash, long blockNumber,
                            Instant blockTime) {
    }
}
