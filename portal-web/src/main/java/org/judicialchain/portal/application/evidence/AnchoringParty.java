package org.judicialchain.portal.application.evidence;

import java.util.Optional;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.AnchorLeaf;
import org.judicialchain.evidence.domain.model.evidence.BatchAnchor;

/**
 * Who anchored a root or a digest, and whether that anchoring speaks for what is being verified. Any allowlisted
 * account can anchor any root, so a proof that leads to an anchored root shows only that someone anchored it: the
 * leaf is vouched for only when the portal anchored a leaf it issued itself, or when the account that anchored it is
 * bound (on the registry, at anchoring time) to the institution the leaf names as its submitter and that
 * institution is one this portal knows. A digest anchored directly names no submitter: the account must be
 * bound to a known institution.
 *
 * @param institution the institution id the tag stands for, when this portal knows it
 * @param portal      whether the account is this portal's anchoring account
 */
public record AnchoringParty(String account, Bytes32 institutionTag, Optional<String> institution, boolean portal) {

    public static AnchoringParty of(String account, Bytes32 institutionTag, Optional<String> institution, String portalAccount) {
        return new AnchoringParty(account, institutionTag, institution, account.equalsIgnoreCase(portalAccount));
    }

    /** The institution as a reader should see it: its id when known, else the tag the registry holds. */
    public String named() {
        return institution.orElse(institutionTag.hex0x());
    }

    /**
     * Why this anchoring does not vouch for {@code leaf}, if it does not.
     *
     * @param portalIssued whether the leaf is one the portal built (the same leaf hash is in its outbox)
     */
    public Optional<String> whyNotVouching(AnchorLeaf leaf, boolean portalIssued) {
        if (portal) {
            return portalIssued ? Optional.empty()
                    : Optional.of("the root was anchored by this portal's account, but the portal never issued this leaf");
        }
        if (institutionTag.equals(leaf.submitter())) {
            return institution.isPresent() ? Optional.empty()
                    : Optional.of("the root was anchored by account " + account + ", bound to " + institutionTag.hex0x()
                    + ", which is no institution this portal knows");
        }
        return Optional.of("the root was anchored by account " + account + ", bound to " + named()
                + ", not by the institution the leaf names (" + leaf.submitter().hex0x() + ") nor by this portal");
    }

    /** Why a digest anchored straight on the registry is not vouched for, if it is not. */
    public Optional<String> whyNotVouchingDirectly() {
        if (institution.isPresent()) {
            return Optional.empty();
        }
        return Optional.of("the digest was anchored directly by account " + account + ", bound to " + institutionTag.hex0x()
                + ", which is no institution this portal knows");
    }

    public static AnchoringParty ofBatch(BatchAnchor a, Optional<String> institution, String portalAccount) {
        return of(a.submitterAccount(), a.institution(), institution, portalAccount);
    }

    /**
     * Whether a proof of this length can belong to a batch of {@code itemCount} leaves: in OpenZeppelin's
     * StandardMerkleTree every proof has floor(log2 n) or ceil(log2 n) hashes. A single-leaf root claimed
     * to hold thousands of items, or a long proof into a one-leaf batch, is not what was anchored.
     */
    public static boolean proofFitsBatch(int proofLength, int itemCount) {
        if (itemCount < 1) {
            return false;
        }
        int floor = 31 - Integer.numberOfLeadingZeros(itemCount);
        int ceil = Integer.bitCount(itemCount) == 1 ? floor : floor + 1;
        return proofLength >= floor && proofLength <= ceil;
    }
}
