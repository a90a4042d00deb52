package org.judicialchain.portal.interfaces.rest.verify;

import java.time.Instant;
import java.util.List;

/**
 * What verification answers, shaped as a court's checklist (Online Litigation Rules arts. 16-19):
 * found or not, who anchored it, time on chain, intact since, the proof and on-chain root checks,
 * and the gap between capture and anchoring. Public: no case reference, no personal data.
 */
public final class VerificationDtos {

    private VerificationDtos() {
    }

    /** {@code checklist}: the court's questions (arts. 16-19), one point each, answered from the facts below. */
    public record DigestReport(String verdict, String sha256, String sm3, List<Match> matches, DirectAnchor directAnchor,
                               List<String> problems, List<ChecklistPoint> checklist) {
    }

    /** One article's question: PASS, ATTENTION or FAIL, and the fact it rests on (in English, and by language tag). */
    public record ChecklistPoint(String article, String point, String outcome, String fact, java.util.Map<String, String> wording) {
    }

    public record Match(String evidenceId, String kind, String verdict, String submitterInstitution, Instant capturedAt,
                        Instant submittedAt, Anchor anchor, Checks checks, Long captureToAnchorSeconds,
                        List<String> problems) {
    }

    /**
     * Who anchored (chain account, the institution the registry binds it to, whether it is this portal's own
     * anchoring account), when (block time: the item is intact since then), and where. {@code institution} is
     * the institution's id when the portal knows the tag, else the tag itself.
     */
    public record Anchor(String chainAccount, String institution, String institutionTag, boolean anchoredByPortal,
                         long chainId, String contract, String batchId, String root, String transactionHash,
                         long blockNumber, Instant blockTime, Instant intactSince) {
    }

    public record Checks(boolean leafMatchesRecord, boolean proofLeadsToRoot, boolean rootOnChain,
                         boolean contractVerifiesProof) {
    }

    /** {@code institution}: the id the tag stands for, null when this portal knows no such institution. */
    public record DirectAnchor(String chainAccount, String institution, String institutionTag, long blockNumber,
                               Instant blockTime) {
    }

    public record ReceiptReport(String verdict, String leafHash, String root, Checks checks, Anchor anchor,
                                List<String> problems) {
    }
}
