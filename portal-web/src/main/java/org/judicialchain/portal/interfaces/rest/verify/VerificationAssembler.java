package org.judicialchain.portal.interfaces.rest.verify;

import java.time.Duration;
import org.judicialchain.evidence.application.ProofCheck;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.BatchAnchor;
import org.judicialchain.evidence.domain.model.evidence.EvidenceRecord;
import org.judicialchain.portal.application.evidence.AnchoringParty;
import org.judicialchain.portal.application.evidence.CourtChecklist;
import org.judicialchain.portal.interfaces.rest.shared.security.Guard;
import org.judicialchain.portal.application.evidence.VerifyingEvidence.DigestVerification;
import org.judicialchain.portal.application.evidence.VerifyingEvidence.MatchResult;
import org.judicialchain.portal.application.evidence.VerifyingEvidence.ReceiptVerification;

/** Builds verification reports from application results. */
final class VerificationAssembler {

    private VerificationAssembler() {
    }

    static VerificationDtos.DigestReport report(DigestVerification v, Bytes32 sm3OrNull, long chainId, String contract,
                                                CourtChecklist.Settings checklist) {
        return new VerificationDtos.DigestReport(v.verdict().name(), v.sha256().hex(), sm3OrNull == null ? null : sm3OrNull.hex(),
                v.matches().stream().map(m -> match(m, chainId, contract)).toList(),
                v.directAnchor().map(d -> new VerificationDtos.DirectAnchor(d.submitterAccount(),
                        v.directAnchoredBy().flatMap(AnchoringParty::institution).orElse(null), d.institution().hex0x(),
                        d.blockNumber(), d.blockTime())).orElse(null), v.problems(),
                CourtChecklist.of(v, chainId, contract, checklist).stream().map(p -> new VerificationDtos.ChecklistPoint(
                        p.article(), p.point(), p.outcome().name(), p.fact(), p.wording())).toList());
    }

    static VerificationDtos.Match match(MatchResult m, long chainId, String contract) {
        EvidenceRecord r = m.evidence().record();
        VerificationDtos.Anchor anchor = m.check().flatMap(ProofCheck::onChainAnchor)
                .map(a -> anchor(a, m.anchoredBy().orElseThrow(), chainId, contract,
                        m.evidence().anchor().flatMap(x -> x.transactionHash()).orElse(null)))
                .orElse(null);
        Long gap = anchor == null ? null : Duration.between(r.capturedAt(), anchor.blockTime()).toSeconds();
        return new VerificationDtos.Match(r.id().toString(), r.kind().name(), m.verdict().name(), publicSubmitter(r.submitter()),
                r.capturedAt(), r.submittedAt(), anchor,
                m.check().map(c -> checks(c, c.leafHash().equals(m.evidence().storedLeafHash()))).orElse(null),
                gap, m.problems());
    }

    static VerificationDtos.ReceiptReport receipt(ReceiptVerification v, Bytes32 claimedLeaf, long chainId, String contract) {
        ProofCheck c = v.check();
        return new VerificationDtos.ReceiptReport(v.verdict().name(), c.leafHash().hex0x(), c.expectedRoot().hex0x(),
                checks(c, c.leafHash().equals(claimedLeaf)),
                c.onChainAnchor().map(a -> anchor(a, v.anchoredBy().orElseThrow(), chainId, contract,
                        a.transactionHash().orElse(null))).orElse(null),
                v.problems());
    }

    /**
     * The submitter as the public may see it: an institution by its id, a debtor only as "the debtor" (their party id
     * is a pseudonym that would link their items across cases).
     */
    static String publicSubmitter(String submitter) {
        return submitter.startsWith(Guard.DEBTOR_SUBMITTER) ? THE_DEBTOR : submitter;
    }

    static final String THE_DEBTOR = "the debtor";

    private static VerificationDtos.Checks checks(ProofCheck c, boolean leafMatches) {
        return new VerificationDtos.Checks(leafMatches, c.proofLeadsToRoot(), c.onChainAnchor().isPresent(), c.contractAgrees());
    }

    private static VerificationDtos.Anchor anchor(BatchAnchor a, AnchoringParty by, long chainId, String contract,
                                                  String txHash) {
        return new VerificationDtos.Anchor(a.submitterAccount(), by.named(), a.institution().hex0x(), by.portal(), chainId,
                contract, a.batchId().hex0x(), a.root().hex0x(), txHash, a.blockNumber(), a.blockTime(), a.blockTime());
    }
}
