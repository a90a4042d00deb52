package org.judicialchain.evidence.domain.model.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.AnchorLeaf;
import org.junit.jupiter.api.Test;

class InstitutionTagsTest {

    private final InstitutionTags tags = InstitutionTags.of(Arrays.asList("bank-a", "court-beijing-internet", "", null));

    @Test
    void aKnownInstitutionIsNamedByItsTag() {
        assertThat(tags.idOf(AnchorLeaf.institutionTag("bank-a"))).contains("bank-a");
        assertThat(tags.idOf(AnchorLeaf.institutionTag("court-beijing-internet"))).contains("court-beijing-internet");
    }

    @Test
    void theTagIsKeccakOfTheIdAsOutsideToolsComputeIt() {
        // keccak256("bank-a") computed apart, with js-sha3 (the library solc-js uses)
        assertThat(tags.idOf(Bytes32.fromHex("0xee8ed86961a76066712cc2d2c7c9faed0a887ade4278e8d358d4044bc91f5834")))
                .contains("bank-a");
    }

    @Test
    void unknownAndZeroTagsNameNobody() {
        assertThat(tags.idOf(AnchorLeaf.institutionTag("bank-z"))).isEmpty();
        assertThat(tags.idOf(Bytes32.ZERO)).isEmpty();
        assertThat(InstitutionTags.of(List.of()).idOf(AnchorLeaf.institutionTag("bank-a"))).isEmpty();
    }
}
