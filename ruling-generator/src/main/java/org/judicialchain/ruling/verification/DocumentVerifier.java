package org.judicialchain.ruling.verification;

import com.itextpdf.io.source.IRandomAccessSource;
import com.itextpdf.io.source.RandomAccessSourceFactory;
import com.itextpdf.kernel.exceptions.BadPasswordException;
import com.itextpdf.kernel.exceptions.MemoryLimitsAwareException;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfConformance;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.ReaderProperties;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.SignatureUtil;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.Certificate;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.AnchorLeaf;
import org.judicialchain.evidence.domain.model.merkle.StandardMerkleTree;
import org.judicialchain.ruling.document.DocumentCopy;
import org.judicialchain.ruling.document.ManifestEvidence;
import org.judicialchain.ruling.manifest.DocumentManifest;
import org.judicialchain.ruling.manifest.ManifestFormatException;
import org.judicialchain.ruling.manifest.ManifestJson;
import org.judicialchain.ruling.manifest.ManifestTooLargeException;
import org.judicialchain.ruling.pki.SignerCertificates;

/**
 * Verifies an uploaded signed document and reports every check on its own line (see
 * {@link Check}). The signature checked is the last one in the file; a document is valid when no
 * line failed. Each check catches its own failures, so a malformed part of a readable PDF makes
 * its line fail rather than the call; only a file that is no readable PDF at all raises
 * {@link UnreadableDocumentException}. Thread-safe.
 */
public final class DocumentVerifier {

    private static final String TIMESTAMPING_EKU = "1.3.6.1.5.5.7.3.8";
    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EOF_MARKER = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_WINDOW = 1024;
    private static final int EOF_WINDOW = 1024;

    private final Set<TrustAnchor> trustAnchors;
    private final RevocationCheck revocation;

    /** A verifier that checks no revocation (the report says so): for offline use without the court's CRL. */
    public DocumentVerifier(List<X509Certificate> trustAnchors) {
        this(trustAnchors, RevocationCheck.none());
    }

    /**
     * @param trustAnchors the court root certificates that signer and timestamp authority must chain to
     * @param revocation   how the signer certificate's revocation is checked
     */
    public DocumentVerifier(List<X509Certificate> trustAnchors, RevocationCheck revocation) {
        this.revocation = java.util.Objects.requireNonNull(revocation, "revocation");
        this.trustAnchors = new HashSet<>();
        for (X509Certificate anchor : trustAnchors) {
            this.trustAnchors.add(new TrustAnchor(anchor, null));
        }
    }

    /**
     * What a document may hold before it is refused unread (security review, item 8): the public verifies documents
     * without signing in, so each one's cost is bounded. A court's document lists far fewer items and roots; its
     * streams inflate to far less.
     */
    public static final int MAX_MANIFEST_EVIDENCE = 5_000;
    public static final int MAX_MANIFEST_ROOTS = 1_000;
    public static final int MAX_INFLATED_STREAM_BYTES = 32 * 1024 * 1024;
    public static final long MAX_INFLATED_TOTAL_BYTES = 128L * 1024 * 1024;

    public VerificationReport verify(byte[] pdf, AnchorChecks anchors) throws UnreadableDocumentException {
        checkLooksLikeCompletePdf(pdf.length, Arrays.copyOf(pdf, Math.min(pdf.length, HEADER_WINDOW)),
                Arrays.copyOfRange(pdf, Math.max(0, pdf.length - EOF_WINDOW), pdf.length));
        return verify(new RandomAccessSourceFactory().createSource(pdf), pdf.length, sha256Hex(pdf), anchors);
    }

    /** The same for a document in a file, read from disk as needed (an upload is never held in memory whole). */
    public VerificationReport verify(Path pdf, AnchorChecks anchors) throws UnreadableDocumentException, IOException {
        long size = Files.size(pdf);
        checkLooksLikeCompletePdf(size, range(pdf, 0, Math.min(size, HEADER_WINDOW)),
                range(pdf, Math.max(0, size - EOF_WINDOW), size));
        return verify(new RandomAccessSourceFactory().setForceRead(false).createBestSource(pdf.toString()), size,
                sha256Hex(pdf), anchors);
    }

    private VerificationReport verify(IRandomAccessSource source, long size, String sha256, AnchorChecks anchors)
            throws UnreadableDocumentException {
        try (PdfDocument document = open(source, size)) {
            List<CheckResult> results = new ArrayList<>(signatureChecks(document));
            results.add(pdfaClaim(document));
            DocumentManifest manifest = readManifest(document, results);
            if (manifest != null) {
                requireModest(manifest);
                results.addAll(manifestChecks(manifest, anchors));
            }
            results.add(guarded(Check.DOCUMENT_DIGEST_ANCHORED, () -> {
                boolean anchored = anchors.digestAnchored(sha256);
                return CheckResult.of(Check.DOCUMENT_DIGEST_ANCHORED, anchored, "SHA-256 " + sha256
                        + (anchored ? " is anchored" : " is not anchored: this exact file was not registered"));
            }));
            return new VerificationReport(sha256, results, manifest == null ? null : manifest.documentId(),
                    manifest == null ? null : manifest.verificationCode().display());
        } catch (MemoryLimitsAwareException e) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.TOO_COMPLEX, "a stream of the PDF"
                    + " inflates beyond " + MAX_INFLATED_STREAM_BYTES / (1024 * 1024) + " MiB (or all of them beyond "
                    + MAX_INFLATED_TOTAL_BYTES / (1024 * 1024) + " MiB): no court document does; it is not verified", e);
        }
    }

    private static void requireModest(DocumentManifest manifest) throws UnreadableDocumentException {
        int roots = manifest.roots().size();
        if (roots > MAX_MANIFEST_ROOTS) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.TOO_COMPLEX, "the manifest lists "
                    + roots + " batch roots; a document is verified with at most " + MAX_MANIFEST_ROOTS);
        }
    }

    private static void checkLooksLikeCompletePdf(long size, byte[] head, byte[] tail) throws UnreadableDocumentException {
        if (size == 0) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.NOT_A_PDF, "the file is empty");
        }
        if (indexOf(head, HEADER, 0, head.length) < 0) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.NOT_A_PDF,
                    "not a PDF: no %PDF- header at the start of the file");
        }
        if (indexOf(tail, EOF_MARKER, 0, tail.length) < 0) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.DAMAGED,
                    "the PDF is truncated: it does not end with %%EOF");
        }
    }

    private static byte[] range(Path file, long from, long to) throws IOException {
        try (var channel = Files.newByteChannel(file)) {
            channel.position(from);
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate((int) (to - from));
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // reads until the range is full or the file ends
            }
            return Arrays.copyOf(buffer.array(), buffer.position());
        }
    }

    private static PdfDocument open(IRandomAccessSource source, long size) throws UnreadableDocumentException {
        PdfReader reader;
        PdfDocument document;
        try {
            reader = new PdfReader(source, new ReaderProperties().setMemoryLimitsAwareHandler(new CountEveryStream(size)));
            document = new PdfDocument(reader);
        } catch (MemoryLimitsAwareException e) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.TOO_COMPLEX,
                    "the PDF's structure is larger than its size allows (" + e.getMessage() + "): it is not verified", e);
        } catch (BadPasswordException e) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.ENCRYPTED,
                    "the PDF is encrypted with a password; upload the court's unencrypted original", e);
        } catch (Exception e) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.DAMAGED,
                    "the PDF cannot be parsed: " + e.getMessage(), e);
        }
        if (reader.isEncrypted()) {
            document.close();
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.ENCRYPTED,
                    "the PDF is encrypted; a court document is never issued encrypted");
        }
        if (reader.hasRebuiltXref()) {
            document.close();
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.DAMAGED,
                    "the PDF's cross-reference table is broken: the file is truncated or damaged");
        }
        return document;
    }

    private List<CheckResult> signatureChecks(PdfDocument document) {
        SignatureUtil signatures = new SignatureUtil(document);
        List<String> names;
        try {
            names = signatures.getSignatureNames();
        } catch (RuntimeException e) {
            names = List.of();
        }
        if (names.isEmpty()) {
            String none = "the document has no signature";
            return List.of(CheckResult.failed(Check.SIGNATURE_INTEGRITY, none),
                    CheckResult.failed(Check.SIGNATURE_COVERS_DOCUMENT, none),
                    CheckResult.failed(Check.SIGNER_CERTIFICATE, none),
                    CheckResult.failed(Check.TIMESTAMP, none));
        }
        String name = names.get(names.size() - 1);
        PdfPKCS7 pkcs7;
        try {
            pkcs7 = signatures.readSignatureData(name);
        } catch (RuntimeException e) {
            String broken = "signature '" + name + "' cannot be read: " + e.getMessage();
            return List.of(CheckResult.failed(Check.SIGNATURE_INTEGRITY, broken),
                    CheckResult.failed(Check.SIGNATURE_COVERS_DOCUMENT, broken),
                    CheckResult.failed(Check.SIGNER_CERTIFICATE, broken),
                    CheckResult.failed(Check.TIMESTAMP, broken));
        }
        List<CheckResult> results = new ArrayList<>();
        results.add(guarded(Check.SIGNATURE_INTEGRITY, () -> {
            boolean intact = pkcs7.verifySignatureIntegrityAndAuthenticity();
            return CheckResult.of(Check.SIGNATURE_INTEGRITY, intact, intact
                    ? "signature '" + name + "' (" + pkcs7.getSignatureMechanismName() + ") matches the signed bytes"
                    : "signature '" + name + "' does not match the signed bytes: the document was altered");
        }));
        results.add(guarded(Check.SIGNATURE_COVERS_DOCUMENT, () -> {
            boolean whole = signatures.signatureCoversWholeDocument(name);
            int revision = signatures.getRevision(name);
            int total = signatures.getTotalRevisions();
            return CheckResult.of(Check.SIGNATURE_COVERS_DOCUMENT, whole, whole
                    ? "signature '" + name + "' covers the whole file (revision " + revision + " of " + total + ")"
                    : "content was added after signature '" + name + "' (revision " + revision + " of " + total
                      + "): what is shown is not what was signed");
        }));
        Instant timestampTime = timestampTime(pkcs7);
        results.add(guarded(Check.SIGNER_CERTIFICATE, () -> signer(pkcs7, timestampTime)));
        results.add(guarded(Check.TIMESTAMP, () -> timestamp(pkcs7)));
        return results;
    }

    /**
     * The signer must hold a document-signing certificate (not the TSA's or any other the court CA issued) that
     * chains to a court root at the signing time and that the court has not revoked (security review, item 7).
     */
    private CheckResult signer(PdfPKCS7 pkcs7, Instant timestampTime) {
        X509Certificate certificate = pkcs7.getSigningCertificate();
        if (certificate == null) {
            return CheckResult.failed(Check.SIGNER_CERTIFICATE, "the signature carries no signer certificate");
        }
        Instant at = timestampTime != null ? timestampTime : Instant.now();
        String subject = certificate.getSubjectX500Principal().getName();
        PKIXCertPathBuilderResult path = pathToAnchor(certificate, pkcs7.getCertificates(), at);
        if (path == null) {
            return CheckResult.failed(Check.SIGNER_CERTIFICATE, "signer " + subject
                    + " does not chain to a trusted court certificate (at " + at + ")");
        }
        String notASigner = SignerCertificates.whyNotDocumentSigner(certificate);
        if (notASigner != null) {
            return CheckResult.failed(Check.SIGNER_CERTIFICATE, "signer " + subject + " may not sign court documents: "
                    + notASigner);
        }
        String anchor = path.getTrustAnchor().getTrustedCert().getSubjectX500Principal().getName();
        X509Certificate issuer = path.getCertPath().getCertificates().size() > 1
                ? (X509Certificate) path.getCertPath().getCertificates().get(1) : path.getTrustAnchor().getTrustedCert();
        CrlStatus status = CrlStatus.of(revocation, certificate, issuer, timestampTime);
        String detail = "signer " + subject + " chains to " + anchor + " (at " + at + "); " + status.detail();
        return status.passes() ? CheckResult.passed(Check.SIGNER_CERTIFICATE, detail)
                : CheckResult.failed(Check.SIGNER_CERTIFICATE, detail);
    }

    private CheckResult timestamp(PdfPKCS7 pkcs7) throws GeneralSecurityException {
        Instant time = timestampTime(pkcs7);
        if (time == null) {
            return CheckResult.failed(Check.TIMESTAMP, "the signature has no RFC 3161 timestamp");
        }
        if (!pkcs7.verifyTimestampImprint()) {
            return CheckResult.failed(Check.TIMESTAMP, "the timestamp at " + time + " is for another signature value");
        }
        PdfPKCS7 token = pkcs7.getTimestampSignatureContainer();
        if (token == null || !token.verifySignatureIntegrityAndAuthenticity()) {
            return CheckResult.failed(Check.TIMESTAMP, "the timestamp token's own signature does not verify");
        }
        X509Certificate tsa = token.getSigningCertificate();
        List<String> usages = tsa.getExtendedKeyUsage();
        if (usages == null || !usages.contains(TIMESTAMPING_EKU)) {
            return CheckResult.failed(Check.TIMESTAMP, "timestamp signer " + tsa.getSubjectX500Principal().getName()
                    + " is not a timestamp authority (no timeStamping key usage)");
        }
        PKIXCertPathBuilderResult path = pathToAnchor(tsa, token.getCertificates(), time);
        if (path == null) {
            return CheckResult.failed(Check.TIMESTAMP, "timestamp authority " + tsa.getSubjectX500Principal().getName()
                    + " is not trusted");
        }
        return CheckResult.passed(Check.TIMESTAMP, "time " + time + " from " + tsa.getSubjectX500Principal().getName());
    }

    private static Instant timestampTime(PdfPKCS7 pkcs7) {
        try {
            var calendar = pkcs7.getTimeStampDate();
            return calendar == null || pkcs7.getTimeStampTokenInfo() == null ? null : calendar.toInstant();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A PKIX path from the certificate to a trust anchor valid at {@code at}, else null. */
    private PKIXCertPathBuilderResult pathToAnchor(X509Certificate target, Certificate[] intermediates, Instant at) {
        if (trustAnchors.isEmpty()) {
            return null;
        }
        try {
            X509CertSelector selector = new X509CertSelector();
            selector.setCertificate(target);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(trustAnchors, selector);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            List<Certificate> pool = new ArrayList<>(Arrays.asList(intermediates == null ? new Certificate[0] : intermediates));
            pool.add(target);
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(pool)));
            return (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(parameters);
        } catch (GeneralSecurityException e) {
            return null;
        }
    }

    private static CheckResult pdfaClaim(PdfDocument document) {
        return guarded(Check.PDFA_CLAIM, () -> {
            PdfConformance conformance = document.getReader().getPdfConformance();
            PdfAConformance claim = conformance == null ? null : conformance.getAConformance();
            if (claim == null) {
                return CheckResult.failed(Check.PDFA_CLAIM, "the metadata claims no PDF/A conformance");
            }
            String shown = "PDF/A-" + claim.getPart() + (claim.getLevel() == null ? "" : claim.getLevel());
            return CheckResult.of(Check.PDFA_CLAIM, "3".equals(claim.getPart()),
                    "the XMP metadata claims " + shown + ("3".equals(claim.getPart()) ? "" : "; PDF/A-3 expected"));
        });
    }

    private static DocumentManifest readManifest(PdfDocument document, List<CheckResult> results)
            throws UnreadableDocumentException {
        byte[] json;
        try {
            json = manifestBytes(document);
        } catch (MemoryLimitsAwareException e) {
            throw e; // refused as a whole, not reported as one failed check
        } catch (RuntimeException e) {
            results.add(CheckResult.failed(Check.MANIFEST_PRESENT, "the attachments cannot be read: " + e.getMessage()));
            return null;
        }
        if (json == null) {
            results.add(CheckResult.failed(Check.MANIFEST_PRESENT, "no " + DocumentManifest.FILE_NAME + " is attached"));
            return null;
        }
        try {
            DocumentManifest manifest = ManifestJson.read(json, MAX_MANIFEST_EVIDENCE);
            results.add(CheckResult.passed(Check.MANIFEST_PRESENT, DocumentManifest.FILE_NAME + " of document "
                    + manifest.documentId() + " (" + manifest.type() + copyOf(manifest) + ", case " + manifest.caseNumber()
                    + (manifest.caseNumber().equals(manifest.caseReference()) ? "" : ", portal case " + manifest.caseReference())
                    + "), "
                    + manifest.evidence().size() + " evidence items, chain " + manifest.chain().chainId()));
            return manifest;
        } catch (ManifestTooLargeException e) {
            throw new UnreadableDocumentException(UnreadableDocumentException.Reason.TOO_COMPLEX, e.getMessage(), e);
        } catch (ManifestFormatException e) {
            results.add(CheckResult.failed(Check.MANIFEST_PRESENT, e.getMessage()));
            return null;
        }
    }

    /** The manifest's bytes from the catalog's associated files, else from the embedded-files name tree. */
    private static byte[] manifestBytes(PdfDocument document) {
        PdfDictionary catalog = document.getCatalog().getPdfObject();
        PdfArray associated = catalog.getAsArray(PdfName.AF);
        if (associated != null) {
            for (int i = 0; i < associated.size(); i++) {
                byte[] bytes = manifestFrom(associated.getAsDictionary(i));
                if (bytes != null) {
                    return bytes;
                }
            }
        }
        Map<PdfString, PdfObject> embedded = document.getCatalog().getNameTree(PdfName.EmbeddedFiles).getNames();
        for (PdfObject spec : embedded.values()) {
            if (spec instanceof PdfDictionary dictionary) {
                byte[] bytes = manifestFrom(dictionary);
                if (bytes != null) {
                    return bytes;
                }
            }
        }
        return null;
    }

    private static byte[] manifestFrom(PdfDictionary spec) {
        if (spec == null) {
            return null;
        }
        PdfString name = spec.getAsString(PdfName.UF) != null ? spec.getAsString(PdfName.UF) : spec.getAsString(PdfName.F);
        if (name == null || !DocumentManifest.FILE_NAME.equals(name.toUnicodeString())) {
            return null;
        }
        PdfDictionary files = spec.getAsDictionary(PdfName.EF);
        if (files == null) {
            return null;
        }
        PdfStream stream = files.getAsStream(PdfName.UF) != null ? files.getAsStream(PdfName.UF) : files.getAsStream(PdfName.F);
        return stream == null ? null : stream.getBytes();
    }

    private static List<CheckResult> manifestChecks(DocumentManifest manifest, AnchorChecks anchors) {
        List<CheckResult> results = new ArrayList<>();
        if (manifest.evidence().isEmpty()) {
            results.add(new CheckResult(Check.MANIFEST_PROOF, CheckOutcome.NOT_APPLICABLE, "the manifest lists no evidence"));
            results.add(new CheckResult(Check.MANIFEST_ROOT_ANCHORED, CheckOutcome.NOT_APPLICABLE, "the manifest lists no roots"));
            return results;
        }
        for (ManifestEvidence item : manifest.evidence()) {
            results.add(guarded(Check.MANIFEST_PROOF, () -> proof(item)));
        }
        String where = " on chain " + manifest.chain().chainId() + ", registry " + manifest.chain().registryContract();
        for (String root : manifest.roots()) {
            results.add(guarded(Check.MANIFEST_ROOT_ANCHORED, () -> {
                boolean anchored = anchors.rootAnchored(root);
                return CheckResult.of(Check.MANIFEST_ROOT_ANCHORED, anchored,
                        "root " + root + (anchored ? " is anchored" : " is not anchored") + where);
            }));
        }
        return results;
    }

    private static CheckResult proof(ManifestEvidence item) {
        Bytes32 computed = AnchorLeaf.fromJsonValues(item.leafValues()).hash();
        if (!computed.hex0x().equals(item.leafHash())) {
            return CheckResult.failed(Check.MANIFEST_PROOF, "evidence " + item.evidenceId() + ": leaf hash "
                    + item.leafHash() + " is not the hash of its values (" + computed.hex0x() + ")");
        }
        List<Bytes32> proof = item.proof().stream().map(Bytes32::fromHex).toList();
        boolean folds = StandardMerkleTree.verify(Bytes32.fromHex(item.root()), computed, proof);
        return CheckResult.of(Check.MANIFEST_PROOF, folds, "evidence " + item.evidenceId() + " (sha256 "
                + item.leafValues().get(1) + "): proof of " + proof.size() + " steps "
                + (folds ? "folds to root " : "does not fold to root ") + item.root());
    }

    private interface CheckBody {
        CheckResult run() throws Exception;
    }

    private static CheckResult guarded(Check check, CheckBody body) {
        try {
            return body.run();
        } catch (Exception e) {
            return CheckResult.failed(check, "could not be checked: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private static String sha256Hex(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static int indexOf(byte[] data, byte[] pattern, int from, int to) {
        outer:
        for (int i = from; i <= to - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String copyOf(DocumentManifest manifest) {
        return manifest.copy() == null ? "" : manifest.copy() == DocumentCopy.SERVED ? ", the copy served on the parties"
                : ", the public copy with masked names";
    }
}
