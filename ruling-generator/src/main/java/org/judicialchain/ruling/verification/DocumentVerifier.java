package org.judicialchain.ruling.verification;

import com.itextpdf.io.source.IRandomAccessSource;
import com.itextpdf.io.source.RandomAccessSourceFactory;
import com.itextpdf.kernel.exceptions.BadPasswordException;
import com.itextpdf.kernel.exceptions.MemoryLimitsAwareException;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfConformance;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.ReaderProperties;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.judicialchain.ruling.manifest.DocumentManifest;

/**
 * Verifies an uploaded signed document and reports every check on its own line (see
 * {@link Check}). The signature checked is the last one in the file; a document is valid when no
 * line failed. Each check catches its own failures, so a malformed part of a readable PDF makes
 * its line fail rather than the call; only a file that is no readable PDF at all raises
 * {@link UnreadableDocumentException}. Thread-safe.
 */
public final class DocumentVerifier {

    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EOF_MARKER = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_WINDOW = 1024;
    private static final int EOF_WINDOW = 1024;

    private final SignatureChecks signatures;

    /** A verifier that checks no revocation (the report says so): for offline use without the court's CRL. */
    public DocumentVerifier(List<X509Certificate> trustAnchors) {
        this(trustAnchors, RevocationCheck.none());
    }

    /**
     * @param trustAnchors the court root certificates that signer and timestamp authority must chain to
     * @param revocation   how the signer certificate's revocation is checked
     */
    public DocumentVerifier(List<X509Certificate> trustAnchors, RevocationCheck revocation) {
        Set<TrustAnchor> anchors = new HashSet<>();
        for (X509Certificate anchor : trustAnchors) {
            anchors.add(new TrustAnchor(anchor, null));
        }
        this.signatures = new SignatureChecks(anchors, java.util.Objects.requireNonNull(revocation, "revocation"));
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
            List<CheckResult> results = new ArrayList<>(signatures.of(document));
            results.add(pdfaClaim(document));
            DocumentManifest manifest = ManifestChecks.read(document, results);
            if (manifest != null) {
                ManifestChecks.requireModest(manifest);
                results.addAll(ManifestChecks.checks(manifest, anchors));
            }
            results.add(GuardedCheck.run(Check.DOCUMENT_DIGEST_ANCHORED, () -> {
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


    private static CheckResult pdfaClaim(PdfDocument document) {
        return GuardedCheck.run(Check.PDFA_CLAIM, () -> {
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

}
