package org.judicialchain.portal.interfaces.rest.cases;

import java.time.Instant;
import java.util.List;
import org.judicialchain.portal.interfaces.rest.evidence.EvidenceDtos;

/** A case's custody log as a judge reads it: every entry with its link and anchor checks. */
public final class CaseChainDtos {

    private CaseChainDtos() {
    }

    public record CaseChainView(String caseRef, boolean intact, int entryCount, int brokenEntries, List<Entry> entries,
                                List<String> evidenceProblems) {
    }

    public record Entry(long sequence, String type, String subjectId, String subjectDigest, String actor, Instant occurredAt,
                        String previousHash, String entryHash, boolean linkIntact, String anchorStatus,
                        EvidenceDtos.AnchorDto anchor, String subjectVerdict, boolean intact, List<String> problems) {
    }
}
