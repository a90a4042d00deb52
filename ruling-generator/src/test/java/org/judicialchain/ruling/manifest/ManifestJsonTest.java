package org.judicialchain.ruling.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.judicialchain.evidence.domain.model.evidence.AnchorLeaf;
import org.judicialchain.ruling.testing.SampleRequests;
import org.junit.jupiter.api.Test;

class ManifestJsonTest {

    private final DocumentManifest manifest = DocumentManifest.of(SampleRequests.confirmationZh(SampleRequests.batch(5, 11)));

    @Test
    void writesAndReadsBackTheSameManifest() throws Exception {
        byte[] json = ManifestJson.write(manifest);

        assertThat(ManifestJson.read(json)).isEqualTo(manifest);
        String text = new String(json, StandardCharsets.UTF_8);
        assertThat(text).contains("\"format\" : \"judicialchain.document-manifest.v1\"")
                .contains("\"language\" : \"zh-CN\"").contains("\"caseNumber\" : \"（2026）京0105民特1234号\"")
                .contains("\"caseReference\" : \"bank-a:LOAN-2026-0001\"").contains("\"copy\" : \"SERVED\"")
                .contains("\"registryContract\" : \"" + SampleRequests.CONTRACT + "\"");
        AnchorLeaf.NAMES.forEach(name -> assertThat(text).contains("\"" + name + "\""));
    }

    @Test
    void aManifestFromBeforeCaseNumbersAndCopiesReadsWithTheReferenceAsNumberAndNoCopy() throws Exception {
        String older = new String(ManifestJson.write(manifest), StandardCharsets.UTF_8)
                .replaceAll("\\s*\"caseNumber\" : \"[^\"]*\",", "").replaceAll("\\s*\"copy\" : \"SERVED\",", "");
        assertThat(older).doesNotContain("caseNumber").doesNotContain("\"copy\"");

        DocumentManifest read = ManifestJson.read(older.getBytes(StandardCharsets.UTF_8));
        assertThat(read.caseNumber()).isEqualTo("bank-a:LOAN-2026-0001");
        assertThat(read.copy()).isNull();
    }

    @Test
    void theDistinctRootsAreListedOnce() {
        assertThat(manifest.roots()).hasSize(1);
    }

    @Test
    void somethingElseIsAFormatErrorNamingTheProblem() {
        assertThatThrownBy(() -> ManifestJson.read("not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ManifestFormatException.class).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> ManifestJson.read("{\"format\":\"other\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ManifestFormatException.class).hasMessageContaining("format");
        String broken = new String(ManifestJson.write(manifest), StandardCharsets.UTF_8)
                .replace(manifest.evidence().get(0).root(), "0x1234");
        assertThatThrownBy(() -> ManifestJson.read(broken.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ManifestFormatException.class).hasMessageContaining("root");
    }
}
