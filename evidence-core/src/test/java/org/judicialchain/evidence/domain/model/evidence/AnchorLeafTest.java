package org.judicialchain.evidence.domain.model.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.junit.jupiter.api.Test;

class AnchorLeafTest {

    private static final Bytes32 SHA = Bytes32.fromHex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");

    @Test
    void valuesFollowTheDocumentedEncoding() {
        UUID id = UUID.fromString("00112233-4455-6677-8899-aabbccddeeff");
        AnchorLeaf leaf = new AnchorLeaf(id, SHA, Bytes32.ZERO, EvidenceKind.CALL_RECORDING.code(),
                Bytes32.ZERO, Instant.parse("2026-01-01T00:00:00Z"), AnchorLeaf.institutionTag("bank-a"));
        assertThat(leaf.jsonValues()).containsExactly(
                "0x" + "00".repeat(16) + "00112233445566778899aabbccddeeff",
                SHA.hex0x(),
                Bytes32.ZERO.hex0x(),
                "4",
                Bytes32.ZERO.hex0x(),
                "1767225600",
                AnchorLeaf.institutionTag("bank-a").hex0x());
        assertThat(leaf.values()).extracting(v -> v.type()).containsExactlyElementsOf(AnchorLeaf.ENCODING);
        assertThat(AnchorLeaf.NAMES).hasSameSizeAs(AnchorLeaf.ENCODING);
    }

    @Test
    void anyChangedFieldChangesTheLeafHash() {
        UUID id = UUID.randomUUID();
        Instant at = Instant.parse("2026-03-01T08:00:00Z");
        AnchorLeaf leaf = new AnchorLeaf(id, SHA, Bytes32.ZERO, 4, Bytes32.ZERO, at, Bytes32.ZERO);
        assertThat(new AnchorLeaf(id, SHA, Bytes32.ZERO, 5, Bytes32.ZERO, at, Bytes32.ZERO).hash()).isNotEqualTo(leaf.hash());
        assertThat(new AnchorLeaf(id, SHA, Bytes32.ZERO, 4, Bytes32.ZERO, at.plusSeconds(1), Bytes32.ZERO).hash()).isNotEqualTo(leaf.hash());
        assertThat(new AnchorLeaf(UUID.randomUUID(), SHA, Bytes32.ZERO, 4, Bytes32.ZERO, at, Bytes32.ZERO).hash()).isNotEqualTo(leaf.hash());
        assertThat(new AnchorLeaf(id, SHA, Bytes32.ZERO, 4, Bytes32.ZERO, at, Bytes32.ZERO).hash()).isEqualTo(leaf.hash());
    }

    @Test
    void caseCommitmentDependsOnSaltSoCaseReferencesCannotBeGuessedFromTheChain() {
        Bytes32 salt1 = Bytes32.fromHex("11".repeat(32));
        Bytes32 salt2 = Bytes32.fromHex("22".repeat(32));
        assertThat(AnchorLeaf.caseCommitment("CASE-1", salt1)).isNotEqualTo(AnchorLeaf.caseCommitment("CASE-1", salt2));
        assertThat(AnchorLeaf.caseCommitment("CASE-1", salt1)).isEqualTo(AnchorLeaf.caseCommitment("CASE-1", salt1));
    }

    @Test
    void parsesKindsAndNamesTheAcceptedOnesOnError() {
        assertThat(EvidenceKind.parse("CALL_RECORDING")).isEqualTo(EvidenceKind.CALL_RECORDING);
        assertThatThrownBy(() -> EvidenceKind.parse("NO_SUCH_KIND"))
                .hasMessageContaining("unknown kind 'NO_SUCH_KIND'")
                .hasMessageContaining("LOAN_CONTRACT");
    }
}
