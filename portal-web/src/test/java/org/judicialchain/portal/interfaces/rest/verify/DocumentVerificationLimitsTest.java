package org.judicialchain.portal.interfaces.rest.verify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.judicialchain.portal.it.HostilePdfs;
import org.judicialchain.ruling.verification.AnchorChecks;
import org.judicialchain.ruling.verification.DocumentVerifier;
import org.judicialchain.ruling.verification.UnreadableDocumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Security review, item 8, at the verifier: costly documents are refused before any chain read, from a file. */
class DocumentVerificationLimitsTest {

    private final DocumentVerifier verifier = new DocumentVerifier(List.of());
    private int chainReads;
    private final AnchorChecks chain = new AnchorChecks() {
        @Override
        public boolean rootAnchored(String rootHex) {
            chainReads++;
            return false;
        }

        @Override
        public boolean digestAnchored(String sha256Hex) {
            chainReads++;
            return false;
        }
    };

    @Test
    void aManifestOfTwentyThousandRootsIsRefusedWithoutAChainRead(@TempDir Path dir) throws Exception {
        Path pdf = Files.write(dir.resolve("roots.pdf"), HostilePdfs.manifestWithRoots(20_000));
        assertThatThrownBy(() -> verifier.verify(pdf, chain)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("the manifest lists 20000 evidence items; a document is verified with at most 5000")
                .extracting(e -> ((UnreadableDocumentException) e).reason()).isEqualTo(UnreadableDocumentException.Reason.TOO_COMPLEX);
        assertThat(chainReads).isZero();
    }

    @Test
    void moreRootsThanADocumentHasAreRefusedToo(@TempDir Path dir) throws Exception {
        Path pdf = Files.write(dir.resolve("roots.pdf"), HostilePdfs.manifestWithRoots(1_001));
        assertThatThrownBy(() -> verifier.verify(pdf, chain))
                .hasMessage("the manifest lists 1001 batch roots; a document is verified with at most 1000");
        assertThat(chainReads).isZero();
    }

    @Test
    void aManifestThatInflatesToAGigabyteIsRefusedAfterThirtyTwoMebibytes(@TempDir Path dir) throws Exception {
        Path pdf = Files.write(dir.resolve("bomb.pdf"), HostilePdfs.inflateBomb(1L << 30));
        assertThat(Files.size(pdf)).as("a few megabytes on disk").isLessThan(8L << 20);
        assertThatThrownBy(() -> verifier.verify(pdf, chain)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("a stream of the PDF inflates beyond 32 MiB");
        assertThat(chainReads).isZero();
    }

    @Test
    void aModestManifestIsVerifiedAsUsual(@TempDir Path dir) throws Exception {
        Path pdf = Files.write(dir.resolve("ok.pdf"), HostilePdfs.manifestWithRoots(3));
        assertThat(verifier.verify(pdf, chain).valid()).isFalse();
        assertThat(chainReads).as("three roots and the document's own digest").isEqualTo(4);
    }
}
