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
import org.judicialchain.evidence.domain.model.evidence.BatchAnchor;
import org.judicialchain.evidence.domain.model.evidence.DigestAnchor;
import org.judicialchain.evidence.domain.service.Ledger;
import org.judicialchain.portal.application.directory.NamingInstitutions;
import org.judicialchain.portal.application.evidence.FindingEvidence.EvidenceDetails;
import org.judicialchain.portal.domain.anchoring.AnchorOutbox;
import org.judicialchain.portal.domain.chain.LedgerAccess;

/**
 * Verifies a digest or a receipt against the chain: the stored record must still produce the anchored leaf, the
 * proof must lead to the root and fit the batch's size, the registry must hold that root, and the account that
 * anchored it must speak for the leaf ({@link AnchoringParty}). Every answer names who anchored. SM3 is a check
 * on top of the SHA-256 asked about, never a way to find a record the SHA-256 does not match.
 */
@ApplicationScoped
public class VerifyingEvidence {

    @Inject
    FindingEvidence evidence;
    @Inject
    LedgerAccess gateway;
    @Inject
    AnchorOutbox outbox;
    @Inject
    NamingInstitutions tags;

    /** @param anchoredBy who anchored the item's batch, once it is on chain */
    public record MatchResult(EvidenceDetails evidence, Verdict verdict, Optional<ProofCheck> check,
                              Optional<AnchoringParty> anchoredBy, List<String> problems) {
    }

    /** @param directAnchoredBy who anchored the digest straight on the registry, when someone did */
    public record DigestVerification(Bytes32 sha256, Verdict verdict, List<MatchResult> matches,
                                     Optional<DigestAnchor> directAnchor, Optional<AnchoringParty> directAnchoredBy,
                                     List<String> problems) {
    }

    /** A receipt presented for checking: leaf values, the leaf hash it claims, proof, root, and where. */
    public record Receipt(AnchorLeaf leaf, Bytes32 claimedLeafHash, List<Bytes32> proof, Bytes32 root, long chainId,
                          String contract) {
    }

    public record ReceiptVerification(Verdict verdict, ProofCheck check, Optional<AnchoringParty> anchoredBy,
                                      List<String> problems) {
    }

    public DigestVerification verifyDigest(Bytes32 sha256, Optional<Bytes32> sm3) {
        Ledger ledger = new MemoizingLedger(gateway.ledger());
        String portalAccount = gateway.account();
        List<MatchResult> matches = evidence.findBySha256(sha256).stream()
                .map(e -> withSm3(check(e, ledger, portalAccount), sm3)).toList();
        List<String> problems = new ArrayList<>();
        if (matches.isEmpty() && sm3.isPresent() && evidence.anyWithSm3(sm3.get())) {
            problems.add("only the SM3 digest matches a record: no record has the SHA-256 asked about");
        }
        Optional<DigestAnchor> direct = ledger.findDigest(sha256);
        Optional<AnchoringParty> directBy = direct.map(d -> AnchoringParty.of(d.submitterAccount(), d.institution(),
                tags.idOf(d.institution()), portalAccount));
        directBy.flatMap(AnchoringParty::whyNotVouchingDirectly).ifPresent(problems::add);
        return new DigestVerification(sha256, overall(matches, directBy, problems), matches, direct, directBy,
                List.copyOf(problems));
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
        Optional<AnchoringParty> by = check.onChainAnchor().map(a -> party(a, gateway.account()));
        List<String> unbound = new ArrayList<>();
        check.onChainAnchor().ifPresent(a -> {
            sizeProblem(receipt.proof(), a).ifPresent(problems::add);
            boolean issued = outbox.leafOf(receipt.leaf().itemId()).map(l -> l.leafHash().equals(check.leafHash())).orElse(false);
            by.get().whyNotVouching(receipt.leaf(), issued).ifPresent(unbound::add);
        });
        Verdict verdict = !problems.isEmpty()
                ? (check.onChainAnchor().isEmpty() && check.proofLeadsToRoot() ? Verdict.NOT_FOUND : Verdict.MISMATCH)
                : unbound.isEmpty() ? Verdict.VERIFIED : Verdict.ANCHORED_BY_UNBOUND_ACCOUNT;
        problems.addAll(unbound);
        return new ReceiptVerification(verdict, check, by, List.copyOf(problems));
    }

    /** Checks one stored item against the chain. */
    public MatchResult check(EvidenceDetails e, Ledger ledger) {
        return check(e, ledger, gateway.account());
    }

    private MatchResult check(EvidenceDetails e, Ledger ledger, String portalAccount) {
        if (e.anchor().isEmpty()) {
            return new MatchResult(e, Verdict.PENDING, Optional.empty(), Optional.empty(), List.of());
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
        Optional<AnchoringParty> by = check.onChainAnchor().map(a -> party(a, portalAccount));
        List<String> unbound = new ArrayList<>();
        check.onChainAnchor().ifPresent(a -> {
            sizeProblem(anchor.proof(), a).ifPresent(problems::add);
            by.get().whyNotVouching(leaf, true).ifPresent(unbound::add);
        });
        Verdict verdict = !problems.isEmpty() ? Verdict.MISMATCH
                : unbound.isEmpty() ? Verdict.VERIFIED : Verdict.ANCHORED_BY_UNBOUND_ACCOUNT;
        problems.addAll(unbound);
        return new MatchResult(e, verdict, Optional.of(check), by, List.copyOf(problems));
    }

    private AnchoringParty party(BatchAnchor a, String portalAccount) {
        return AnchoringParty.ofBatch(a, tags.idOf(a.institution()), portalAccount);
    }

    private static Optional<String> sizeProblem(List<Bytes32> proof, BatchAnchor a) {
        return AnchoringParty.proofFitsBatch(proof.size(), a.itemCount()) ? Optional.empty()
                : Optional.of("a proof of " + proof.size() + " hashes cannot belong to the anchored batch of " + a.itemCount()
                + " items");
    }

    /** The SM3 sent along is a second check of the same record: a different SM3 means a different file. */
    private static MatchResult withSm3(MatchResult m, Optional<Bytes32> sm3) {
        Bytes32 stored = m.evidence().record().sm3().orElse(null);
        if (sm3.isEmpty() || stored == null || stored.equals(sm3.get())) {
            return m;
        }
        List<String> problems = new ArrayList<>(m.problems());
        problems.add("the SM3 sent (" + sm3.get().hex() + ") is not this record's SM3 (" + stored.hex() + ")");
        return new MatchResult(m.evidence(), Verdict.MISMATCH, m.check(), m.anchoredBy(), List.copyOf(problems));
    }

    private static Verdict overall(List<MatchResult> matches, Optional<AnchoringParty> direct, List<String> problems) {
        if (matches.stream().anyMatch(m -> m.verdict() == Verdict.VERIFIED)
                || direct.isPresent() && direct.get().whyNotVouchingDirectly().isEmpty()) {
            return Verdict.VERIFIED;
        }
        if (matches.stream().anyMatch(m -> m.verdict() == Verdict.PENDING)) {
            return Verdict.PENDING;
        }
        if (direct.isPresent() || matches.stream().anyMatch(m -> m.verdict() == Verdict.ANCHORED_BY_UNBOUND_ACCOUNT)) {
            return matches.stream().anyMatch(m -> m.verdict() == Verdict.MISMATCH) ? Verdict.MISMATCH
                    : Verdict.ANCHORED_BY_UNBOUND_ACCOUNT;
        }
        if (!problems.isEmpty()) {
            return Verdict.MISMATCH;
        }
        return matches.isEmpty() ? Verdict.NOT_FOUND : Verdict.MISMATCH;
    }
}
