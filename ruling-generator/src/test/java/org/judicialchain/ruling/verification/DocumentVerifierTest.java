package org.judicialchain.ruling.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.judicialchain.ruling.document.ManifestEvidence;
import org.judicialchain.ruling.document.RulingRequest;
import org.judicialchain.ruling.pki.DevCourtPki;
import org.judicialchain.ruling.pki.DevPki;
import org.judicialchain.ruling.signing.DocumentSigner;
import org.judicialchain.ruling.signing.SignedDocument;
import org.judicialchain.ruling.signing.TimestampAuthority;
import org.judicialchain.ruling.testing.Tamper;
import org.judicialchain.ruling.testing.TestCourt;
import org.junit.jupiter.api.Test;

class DocumentVerifierTest {

    private final TestCourt court = TestCourt.get();
    private final byte[] signed = court.signedConfirmationZh.pdf();

    private VerificationReport verify(byte[] pdf) throws UnreadableDocumentException {
        return court.verifier.verify(pdf, court.chainWith(court.signedConfirmationZh.sha256Hex()));
    }

    @Test
    void aDocumentAsIssuedPassesEveryCheck() throws Exception {
        VerificationReport report = verify(signed);

        assertThat(report.valid()).isTrue();
        assertThat(report.checks()).allSatisfy(line -> assertThat(line.outcome()).isEqualTo(CheckOutcome.PASSED));
        assertThat(report.checks()).extracting(CheckResult::check).containsSubsequence(Check.SIGNATURE_INTEGRITY,
                Check.SIGNATURE_COVERS_DOCUMENT, Check.SIGNER_CERTIFICATE, Check.TIMESTAMP, Check.PDFA_CLAIM,
                Check.MANIFEST_PRESENT, Check.MANIFEST_PROOF, Check.MANIFEST_ROOT_ANCHORED, Check.DOCUMENT_DIGEST_ANCHORED);
        assertThat(report.results(Check.MANIFEST_PROOF)).hasSize(court.batch.manifest().size());
        assertThat(report.results(Check.MANIFEST_ROOT_ANCHORED)).singleElement()
                .satisfies(line -> assertThat(line.detail()).contains(court.batch.root()));
        assertThat(report.results(Check.SIGNATURE_INTEGRITY).get(0).detail()).contains("SHA256withECDSA");
        assertThat(report.results(Check.TIMESTAMP).get(0).detail()).contains("Timestamp Authority");
        assertThat(report.results(Check.PDFA_CLAIM).get(0).detail()).contains("PDF/A-3B");
        assertThat(report.manifestDocumentId()).contains(court.confirmationZh.documentId());
        assertThat(report.verificationCode()).isEqualTo(court.confirmationZh.verificationCode().display());
        assertThat(report.documentSha256()).isEqualTo(court.signedConfirmationZh.sha256Hex());
    }

    @Test
    void oneByteFlippedInsideTheSignedRangeFailsIntegrity() throws Exception {
        byte[] tampered = Tamper.flipByteInSignedRange(signed, "JudicialChain ruling-generator");

        VerificationReport report = verify(tampered);

        assertThat(report.outcome(Check.SIGNATURE_INTEGRITY)).isEqualTo(CheckOutcome.FAILED);
        assertThat(report.results(Check.SIGNATURE_INTEGRITY).get(0).detail()).contains("altered");
        assertThat(report.outcome(Check.DOCUMENT_DIGEST_ANCHORED)).isEqualTo(CheckOutcome.FAILED);
        assertThat(report.valid()).isFalse();
    }

    @Test
    void aPageAppendedByIncrementalUpdateKeepsIntegrityButFailsCoverage() throws Exception {
        byte[] tampered = Tamper.appendPage(signed);

        VerificationReport report = verify(tampered);

        assertThat(report.outcome(Check.SIGNATURE_INTEGRITY)).isEqualTo(CheckOutcome.PASSED);
        assertThat(report.outcome(Check.SIGNATURE_COVERS_DOCUMENT)).isEqualTo(CheckOutcome.FAILED);
        assertThat(report.results(Check.SIGNATURE_COVERS_DOCUMENT).get(0).detail()).contains("added after");
        assertThat(report.outcome(Check.SIGNER_CERTIFICATE)).isEqualTo(CheckOutcome.PASSED);
        assertThat(report.valid()).isFalse();
    }

    @Test
    void aManifestReplacedByIncrementalUpdateFailsCoverageAndItsForgedProof() throws Exception {
        String original = new String(Tamper.manifestOf(signed), StandardCharsets.UTF_8);
        String forgedSha = court.batch.manifest().get(0).leafValues().get(1);
        String forged = original.replace(forgedSha, "0x" + "ab".repeat(32));
        assertThat(forged).isNotEqualTo(original);

        VerificationReport report = verify(Tamper.replaceManifest(signed, forged.getBytes(StandardCharsets.UTF_8)));

        assertThat(report.outcome(Check.SIGNATURE_INTEGRITY)).isEqualTo(CheckOutcome.PASSED);
        assertThat(report.outcome(Check.SIGNATURE_COVERS_DOCUMENT)).isEqualTo(CheckOutcome.FAILED);
        assertThat(report.outcome(Check.MANIFEST_PRESENT)).isEqualTo(CheckOutcome.PASSED);
        assertThat(report.results(Check.MANIFEST_PROOF)).filteredOn(line -> line.outcome() == CheckOutcome.FAILED)
                .singleElement().satisfies(line -> assertThat(line.detail()).contains("not the hash of its values"));
        assertThat(report.valid()).isFalse();
    }

    @Test
    void aProperlySignedDocumentWhoseManifestProofDoesNotFoldFailsOnlyThatProof() throws Exception {
        List<ManifestEvidence> evidence = new ArrayList<>(court.batch.manifest());
        ManifestEvidence victim = evidence.get(3);
        List<String> badProof = new ArrayList<>(victim.proof());
        badProof.set(0, "0x" + "11".repeat(32));
        evidence.set(3, new ManifestEvidence(victim.evidenceId(), victim.leafValues(), victim.leafHash(), badProof, victim.root()));
        RulingRequest r = court.confirmationZh;
        RulingRequest request = new RulingRequest(r.documentId(), r.type(), r.language(), r.copy(), r.courtName(),
                r.caseNumber(), r.caseReference(), r.parties(), r.facts(), r.grounds(), r.decision(), r.issueDate(), r.officer(),
                r.appendix(), r.chain(),
                evidence, r.verificationUrlBase());
        SignedDocument document = court.signer.sign(court.generator.generate(request));

        VerificationReport report = court.verifier.verify(document.pdf(), court.chainWith(document.sha256Hex()));

        assertThat(report.results(Check.MANIFEST_PROOF)).filteredOn(line -> line.outcome() == CheckOutcome.FAILED)
                .singleElement().satisfies(line -> assertThat(line.detail())
                        .contains(victim.evidenceId().toString()).contains("does not fold"));
        assertThat(report.checks()).filteredOn(line -> line.check() != Check.MANIFEST_PROOF)
                .allSatisfy(line -> assertThat(line.outcome()).isEqualTo(CheckOutcome.PASSED));
        assertThat(report.valid()).isFalse();
    }

    @Test
    void aDocumentSignedByALookAlikeUntrustedKeyFailsTheSignerCheck() throws Exception {
        DevCourtPki impostor = DevPki.createOrLoad(Path.of("target", "test-pki-impostor"), TestCourt.PASSWORD,
                "北京市朝阳区人民法院 Beijing Chaoyang Court");
        DocumentSigner impostorSigner = new DocumentSigner(impostor.courtSigning(),
                new TimestampAuthority.InProcess(court.pki.timestamping()), court.fonts, ZoneId.of("Asia/Shanghai"), "forged");
        SignedDocument forged = impostorSigner.sign(court.unsignedConfirmationZh);
        assertThat(impostor.rootCa().getSubjectX500Principal()).isEqualTo(court.pki.rootCa().getSubjectX500Principal());

        VerificationReport report = court.verifier.verify(forged.pdf(), court.chainWith(forged.sha256Hex()));

        assertThat(report.outcome(Check.SIGNATURE_INTEGRITY)).isEqualTo(CheckOutcome.PASSED);
        assertThat(report.outcome(Check.SIGNATURE_COVERS_DOCUMENT)).isEqualTo(CheckOutcome.PASSED);
        assertThat(report.outcome(Check.SIGNER_CERTIFICATE)).isEqualTo(CheckOutcome.FAILED);
        assertThat(report.results(Check.SIGNER_CERTIFICATE).get(0).detail()).contains("does not chain");
        assertThat(report.outcome(Check.TIMESTAMP)).isEqualTo(CheckOutcome.PASSED);
        assertThat(report.valid()).isFalse();
    }

    @Test
    void aTimestampFromAnUntrustedAuthorityFailsTheTimestampCheck() throws Exception {
        DevCourtPki other = DevPki.createOrLoad(Path.of("target", "test-pki-impostor"), TestCourt.PASSWORD,
                "北京市朝阳区人民法院 Beijing Chaoyang Court");
        DocumentSigner signer = new DocumentSigner(court.pki.courtSigning(),
                new TimestampAuthority.InProcess(other.timestamping()), court.fonts, ZoneId.of("Asia/Shanghai"), "x");
        SignedDocument document = signer.sign(court.unsignedConfirmationZh);

        VerificationReport report = court.verifier.verify(document.pdf(), court.chainWith(document.sha256Hex()));

        assertThat(report.outcome(Check.SIGNER_CERTIFICATE)).isEqualTo(CheckOutcome.PASSED);
        assertThat(report.outcome(Check.TIMESTAMP)).isEqualTo(CheckOutcome.FAILED);
        assertThat(report.results(Check.TIMESTAMP).get(0).detail()).contains("not trusted");
    }

    @Test
    void anUnsignedDocumentFailsTheSignatureChecksButStillShowsItsManifest() throws Exception {
        VerificationReport report = verify(court.unsignedConfirmationZh.pdf());

        assertThat(report.outcome(Check.SIGNATURE_INTEGRITY)).isEqualTo(CheckOutcome.FAILED);
        assertThat(report.outcome(Check.TIMESTAMP)).isEqualTo(CheckOutcome.FAILED);
        assertThat(report.outcome(Check.MANIFEST_PRESENT)).isEqualTo(CheckOutcome.PASSED);
        assertThat(report.outcome(Check.MANIFEST_PROOF)).isEqualTo(CheckOutcome.PASSED);
        assertThat(report.outcome(Check.DOCUMENT_DIGEST_ANCHORED)).isEqualTo(CheckOutcome.FAILED);
    }

    @Test
    void rootsTheChainDoesNotHoldAndAFailingChainClientAreReportedAsFailedLines() throws Exception {
        VerificationReport notAnchored = court.verifier.verify(signed, new AnchorChecks() {
            public boolean rootAnchored(String rootHex) {
                return false;
            }

            public boolean digestAnchored(String sha256Hex) {
                return false;
            }
        });
        assertThat(notAnchored.outcome(Check.MANIFEST_ROOT_ANCHORED)).isEqualTo(CheckOutcome.FAILED);
        assertThat(notAnchored.outcome(Check.DOCUMENT_DIGEST_ANCHORED)).isEqualTo(CheckOutcome.FAILED);
        assertThat(notAnchored.outcome(Check.SIGNATURE_INTEGRITY)).isEqualTo(CheckOutcome.PASSED);

        VerificationReport chainDown = court.verifier.verify(signed, new AnchorChecks() {
            public boolean rootAnchored(String rootHex) {
                throw new IllegalStateException("chain node unreachable");
            }

            public boolean digestAnchored(String sha256Hex) {
                throw new IllegalStateException("chain node unreachable");
            }
        });
        assertThat(chainDown.results(Check.MANIFEST_ROOT_ANCHORED).get(0).detail()).contains("chain node unreachable");
        assertThat(chainDown.valid()).isFalse();
    }

    @Test
    void aVerifierWithoutTrustAnchorsTrustsNobody() throws Exception {
        VerificationReport report = new DocumentVerifier(List.of()).verify(signed, court.chainWith());

        assertThat(report.outcome(Check.SIGNER_CERTIFICATE)).isEqualTo(CheckOutcome.FAILED);
        assertThat(report.outcome(Check.TIMESTAMP)).isEqualTo(CheckOutcome.FAILED);
        assertThat(report.outcome(Check.SIGNATURE_INTEGRITY)).isEqualTo(CheckOutcome.PASSED);
    }

    @Test
    void somethingThatIsNotAPdfIsUnreadable() {
        assertUnreadable("hello, this is a text file".getBytes(StandardCharsets.UTF_8),
                UnreadableDocumentException.Reason.NOT_A_PDF);
        assertUnreadable(new byte[0], UnreadableDocumentException.Reason.NOT_A_PDF);
        assertUnreadable(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, UnreadableDocumentException.Reason.NOT_A_PDF);
    }

    @Test
    void aTruncatedPdfIsUnreadable() {
        assertUnreadable(Arrays.copyOf(signed, signed.length / 2), UnreadableDocumentException.Reason.DAMAGED);
        assertUnreadable(Arrays.copyOf(signed, signed.length - 8), UnreadableDocumentException.Reason.DAMAGED);
    }

    @Test
    void aPdfWithABrokenCrossReferenceTableIsUnreadable() {
        String latin = new String(signed, StandardCharsets.ISO_8859_1);
        int startxref = latin.lastIndexOf("startxref");
        byte[] broken = signed.clone();
        byte[] wrongOffset = "startxref\n9".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(wrongOffset, 0, broken, startxref, wrongOffset.length);

        assertUnreadable(broken, UnreadableDocumentException.Reason.DAMAGED);
    }

    @Test
    void anEncryptedPdfIsUnreadable() {
        assertUnreadable(EncryptedPdfs.withUserPassword(), UnreadableDocumentException.Reason.ENCRYPTED);
        assertUnreadable(EncryptedPdfs.withOwnerPasswordOnly(), UnreadableDocumentException.Reason.ENCRYPTED);
    }

    /** Security review, item 7: the court's timestamp authority chains to the court root too, yet signs no ruling. */
    @Test
    void item7_aDocumentSignedWithTheTimestampAuthoritysKeyIsNotTheCourts() throws Exception {
        DocumentSigner tsaAsSigner = new DocumentSigner(court.pki.timestamping(),
                new TimestampAuthority.InProcess(court.pki.timestamping()), court.fonts, ZoneId.of("Asia/Shanghai"), "forged");
        SignedDocument forged = tsaAsSigner.sign(court.unsignedConfirmationZh);

        VerificationReport report = court.verifier.verify(forged.pdf(), court.chainWith(forged.sha256Hex()));

        assertThat(report.outcome(Check.SIGNER_CERTIFICATE)).isEqualTo(CheckOutcome.FAILED);
        assertThat(report.results(Check.SIGNER_CERTIFICATE).get(0).detail())
                .contains("may not sign court documents: it has no document-signing extended key usage");
        assertThat(report.valid()).isFalse();
    }

    /**
     * Security review, item 7: revocation is checked against the court's CRL and reported. A document time-stamped
     * before its signer was revoked keeps verifying (and says when the revocation came); one signed after fails.
     */
    @Test
    void item7_aSignerRevokedBeforeSigningFailsAndTheReportSaysSo(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        DevCourtPki pki = DevPki.createOrLoad(dir, TestCourt.PASSWORD, "Revocation Drill Court");
        DocumentVerifier verifier = new DocumentVerifier(List.of(pki.rootCa()),
                RevocationCheck.crls(() -> List.of(DevPki.currentCrl(dir, TestCourt.PASSWORD))));
        DocumentSigner signer = new DocumentSigner(pki.courtSigning(), new TimestampAuthority.InProcess(pki.timestamping()),
                court.fonts, ZoneId.of("Asia/Shanghai"), "drill");
        SignedDocument before = signer.sign(court.unsignedConfirmationZh);
        assertThat(verifier.verify(before.pdf(), court.chainWith(before.sha256Hex())).results(Check.SIGNER_CERTIFICATE)
                .get(0).detail()).contains("not revoked (CRL of");

        Thread.sleep(1100); // the revocation comes a second after that signing: times in a CRL are in whole seconds
        DevPki.revoke(dir, TestCourt.PASSWORD, pki.courtSigning().certificate());
        Thread.sleep(1100);
        SignedDocument after = signer.sign(court.unsignedConfirmationZh);

        CheckResult earlier = verifier.verify(before.pdf(), court.chainWith(before.sha256Hex()))
                .results(Check.SIGNER_CERTIFICATE).get(0);
        assertThat(earlier.outcome()).isEqualTo(CheckOutcome.PASSED);
        assertThat(earlier.detail()).contains("after the time-stamped signing");
        CheckResult later = verifier.verify(after.pdf(), court.chainWith(after.sha256Hex()))
                .results(Check.SIGNER_CERTIFICATE).get(0);
        assertThat(later.outcome()).isEqualTo(CheckOutcome.FAILED);
        assertThat(later.detail()).contains("REVOKED on");

        DocumentVerifier withoutCrl = new DocumentVerifier(List.of(pki.rootCa()), RevocationCheck.crls(List::of));
        assertThat(withoutCrl.verify(before.pdf(), court.chainWith(before.sha256Hex())).results(Check.SIGNER_CERTIFICATE)
                .get(0).detail()).contains("revocation unknown: no CRL signed by");
    }

    private void assertUnreadable(byte[] pdf, UnreadableDocumentException.Reason reason) {
        assertThatThrownBy(() -> court.verifier.verify(pdf, court.chainWith()))
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).isNotBlank();
                });
    }
}
