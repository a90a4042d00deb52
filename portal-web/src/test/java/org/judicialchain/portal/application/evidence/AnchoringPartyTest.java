package org.judicialchain.portal.application.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.digest.StreamingDigester;
import org.judicialchain.evidence.domain.model.evidence.AnchorLeaf;
import org.judicialchain.evidence.domain.model.merkle.StandardMerkleTree;
import org.junit.jupiter.api.Test;

class AnchoringPartyTest {

    private static final String PORTAL = "0x00000000000000000000000000000000000000aa";
    private static final String OTHER = "0x00000000000000000000000000000000000000bb";

    private static AnchorLeaf leafOf(String institution) {
        return new AnchorLeaf(UUID.randomUUID(), StreamingDigester.sha256("file"), Bytes32.ZERO, 1, Bytes32.ZERO,
                Instant.parse("2026-01-01T00:00:00Z"), AnchorLeaf.institutionTag(institution));
    }

    @Test
    void thePortalVouchesOnlyForLeavesItIssued() {
        AnchoringParty portal = AnchoringParty.of(PORTAL.toUpperCase().replace("0X", "0x"),
                AnchorLeaf.institutionTag("court-portal"), Optional.of("court-portal"), PORTAL);
        assertThat(portal.portal()).isTrue();
        assertThat(portal.whyNotVouching(leafOf("bank-a"), true)).isEmpty();
        assertThat(portal.whyNotVouching(leafOf("bank-a"), false)).hasValueSatisfying(
                why -> assertThat(why).contains("never issued this leaf"));
    }

    @Test
    void anotherAccountVouchesOnlyForLeavesOfTheInstitutionItIsBoundTo() {
        AnchoringParty bankA = AnchoringParty.of(OTHER, AnchorLeaf.institutionTag("bank-a"), Optional.of("bank-a"), PORTAL);
        assertThat(bankA.whyNotVouching(leafOf("bank-a"), false)).isEmpty();

        assertThat(AnchoringParty.of(OTHER, AnchorLeaf.institutionTag("bank-x"), Optional.empty(), PORTAL)
                .whyNotVouching(leafOf("bank-x"), false)).as("bound to an institution nobody here knows")
                .hasValueSatisfying(why -> assertThat(why).contains("no institution this portal knows"));

        AnchoringParty agency = AnchoringParty.of(OTHER, AnchorLeaf.institutionTag("agency-z"), Optional.empty(), PORTAL);
        assertThat(agency.whyNotVouching(leafOf("bank-a"), false)).hasValueSatisfying(why -> assertThat(why)
                .contains(OTHER).contains(AnchorLeaf.institutionTag("agency-z").hex0x())
                .contains(AnchorLeaf.institutionTag("bank-a").hex0x()));
    }

    @Test
    void aDirectAnchorCountsOnlyFromAnInstitutionThePortalKnows() {
        assertThat(AnchoringParty.of(OTHER, AnchorLeaf.institutionTag("bank-a"), Optional.of("bank-a"), PORTAL)
                .whyNotVouchingDirectly()).isEmpty();
        assertThat(AnchoringParty.of(OTHER, AnchorLeaf.institutionTag("nobody"), Optional.empty(), PORTAL)
                .whyNotVouchingDirectly()).hasValueSatisfying(why -> assertThat(why).contains("no institution this portal knows"));
    }

    @Test
    void aProofMustHaveTheLengthOfAProofIntoABatchOfThatSize() {
        assertThat(AnchoringParty.proofFitsBatch(0, 1)).isTrue();
        assertThat(AnchoringParty.proofFitsBatch(1, 1)).isFalse();
        assertThat(AnchoringParty.proofFitsBatch(1, 2)).isTrue();
        assertThat(AnchoringParty.proofFitsBatch(1, 3)).isTrue();
        assertThat(AnchoringParty.proofFitsBatch(2, 3)).isTrue();
        assertThat(AnchoringParty.proofFitsBatch(3, 3)).isFalse();
        assertThat(AnchoringParty.proofFitsBatch(2, 4)).isTrue();
        assertThat(AnchoringParty.proofFitsBatch(1, 4)).isFalse();
        assertThat(AnchoringParty.proofFitsBatch(0, 1000)).as("a one-leaf root claimed to hold 1000 items").isFalse();
        assertThat(AnchoringParty.proofFitsBatch(9, 1000)).isTrue();
        assertThat(AnchoringParty.proofFitsBatch(10, 1000)).isTrue();
        assertThat(AnchoringParty.proofFitsBatch(0, 0)).isFalse();
    }

    @Test
    void everyProofOfARealTreeFitsItsBatch() {
        for (int size = 1; size <= 70; size++) {
            List<Bytes32> leaves = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                leaves.add(StreamingDigester.sha256("leaf " + size + "/" + i));
            }
            StandardMerkleTree tree = StandardMerkleTree.of(leaves);
            for (Bytes32 leaf : leaves) {
                assertThat(AnchoringParty.proofFitsBatch(tree.proof(leaf).size(), size)).as("size %d", size).isTrue();
            }
        }
    }
}
