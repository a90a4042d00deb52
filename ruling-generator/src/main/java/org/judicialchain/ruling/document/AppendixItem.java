package org.judicialchain.ruling.document;

import java.util.Objects;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.evidence.EvidenceKind;

/**
 * One row of the evidence appendix: an item the decision relies on, its digest, its anchor
 * (null while PENDING) and what the check at issue found.
 */
public record AppendixItem(UUID evidenceId, EvidenceKind kind, String sha256, ChainAnchor anchor,
                           AnchorStatusAtIssue statusAtIssue) {

    public AppendixItem {
        Objects.requireNonNull(evidenceId, "evidence id");
        Objects.requireNonNull(kind, "evidence kind");
        sha256 = Hex.requireWord(sha256, "sha256");
        Objects.requireNonNull(statusAtIssue, "status at issue");
        if (statusAtIssue == AnchorStatusAtIssue.VERIFIED && anchor == null) {
            throw new IllegalArgumentException("a VERIFIED item needs its chain anchor: " + evidenceId);
        }
    }
}
