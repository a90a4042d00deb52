package org.judicialchain.portal.application.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.judicialchain.evidence.application.MemoizingLedger;
import org.judicialchain.evidence.application.ProofCheck;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.AnchorLeaf;
import org.judicialchain.evidence.domain.model.evidence.DigestAnchor;
import org.judicialchain.evidence.domain.service.Ledger;
import org.judicialchain.portal.application.evidence.FindingEvidence.EvidenceDetails;
import org.judicialchain.portal.domain.chain.LedgerAccess;

/**
 * Verifies a digest or a receipt against the chain: the stored record must still produce the
 * anchored leaf, the proof must lead to the root, and the registry must hold that root.
 */
@ApplicationScoped
public class VerifyingEvidence {

    @Inject
    FindingEvidence evidence;
    @Inject
    LedgerAccess gateway;

    public record MatchResult(EvidenceDetails evidence, Verdict verdict, Optional<ProofCheck> check, List<String> problems) {
    }

    public record DigestVerification(Bytes32 sha256, Verdict verdict, List<MatchResult> matches,
                                     Optional<DigestAnchor> directAnchor) {
    }

    /** A receipt presented for checking: leaf values, the leaf hash it claims, proof, root, and where. */
    public record Receipt(AnchorLeaf leaf, Bytes32 claimedLeafHash, List<Bytes32> proof, Bytes32 root, long chainId,
                          String contract) {
    }

    public record ReceiptVerification(Verdict verdict, ProofCheck check, List<String> problems) {
    }

    public DigestVerification verifyDigest(Bytes32 sha256, Optional<Bytes32> sm3) {
        Ledger ledger = new MemoizingLedger(gateway.ledger());
        List<MatchResult> matches = evidence.findByDigest(sha256, sm3).stream().map(e -> check(e, ledger)).toList();
        Optional<DigestAnchor> direct = ledger.findDigest(sha256);
        return new DigestVerification(sha256, overall(matches, direct), matches, direct);
    }

    public ReceiptVerification verifyReceipt(Receipt receipt) {
        Ledger ledger = gateway.ledger();
        List<String> problems = new ArrayList<>();
        if (receipt.chainId() != gateway.chainId()) {
            problems.add("the receipt names chain " + receipt.chainId() + ", this portal anchors on chain " + gateway.chainId());
        }
        if (!receipt.contract().equalsIgnoreCase(ledger.registryAddress())) {
            problems.add("the receipt names registry " + receipt.contract() + ", this portal's registry is "
                    + ledger.registryAddress());
        }
        ProofCheck check = ProofCheck.of(receipt.leaf(), receipt.proof(), receipt.root(), ledger);
        if (!check.leafHash().equals(receipt.claimedLeafHash())) {
            problems.add("the leaf values hash to " + check.leafHash() + ", not to the receipt's leafHash");
        }
        if (!check.proofLeadsToRoot()) {
            problems.add("the proof does not lead from the leaf to the root");
        }
        if (check.onChainAnchor().isEmpty()) {
            problems.add("the root is not anchored on the registry");
        } else if (!check.contractAgrees()) {
            problems.add("the registry contract rejects the proof");
        }
        Verdict verdict = problems.isEmpty() ? Verdict.VERIFIED
                : check.onChainAnchor().isEmpty() && check.proofLeadsToRoot() ? Verdict.NOT_FOUND : Verdict.MISMATCH;
        return new ReceiptVerification(verdict, check, List.copyOf(problems));
    }

    /** Checks one stored item against the chain. */
    public static MatchResult check(EvidenceDetails e, Ledger ledger) {
        if (e.anchor().isEmpty()) {
            return new MatchResult(e, Verdict.PENDING, Optional.empty(), List.of());
        }
        AnchorView anchor = e.anchor().get();
        List<String> problems = new ArrayList<>();
        AnchorLeaf leaf = e.record().toLeaf();
        if (!leaf.hash().equals(e.storedLeafHash())) {
            problems.add("the stored record no longer produces the leaf that was anchored: it was edited after submission");
        }
        ProofCheck check = ProofCheck.of(leaf, anchor.proof(), anchor.root(), ledger);
        if (!check.proofLeadsToRoot()) {
            problems.add("the proof from this record does not lead to the batch root");
        }
        if (check.onChainAnchor().isEmpty()) {
            problems.add("the batch root is not on the registry");
        } else if (!check.contractAgrees()) {
            problems.add("the registry contract rejects the proof");
        }
        return new MatchResult(e, problems.isEmpty() ? Verdict.VERIFIED : Verdict.MISMATCH, Optional.of(check),
                List.copyOf(problems));
    }

    private static Verdict overall(List<MatchResult> matches, Optional<DigestAnchor> direct) {
        if (matches.stream().anyMatch(m -> m.verdict() == Verdict.VERIFIED) || direct.isPresent()) {
            return Verdict.VERIFIED;
        }
        if (matches.stream().anyMatch(m -> m.verdict() == Verdict.PENDING)) {
            return Verdict.PENDING;
        }
        return matches.isEmpty() ? Verdict.NOT_FOUND : Verdict.MISMATCH;
    }
}
