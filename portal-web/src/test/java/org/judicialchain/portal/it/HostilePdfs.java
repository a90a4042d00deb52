package org.judicialchain.portal.it;

import com.itextpdf.kernel.pdf.CompressionConstants;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.Deflater;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.AnchorLeaf;
import org.judicialchain.ruling.DocumentType;
import org.judicialchain.ruling.document.ChainReference;
import org.judicialchain.ruling.document.Language;
import org.judicialchain.ruling.document.ManifestEvidence;
import org.judicialchain.ruling.document.VerificationCode;
import org.judicialchain.ruling.manifest.DocumentManifest;
import org.judicialchain.ruling.manifest.ManifestJson;

/**
 * Well-formed PDFs that cost a verifier too much (security review, item 8): a manifest listing thousands of batch
 * roots (one chain read each), and a manifest stream of a megabyte that inflates to a gigabyte.
 */
public final class HostilePdfs {

    private HostilePdfs() {
    }

    /** A manifest of {@code roots} evidence items, each under a different root. */
    public static byte[] manifestWithRoots(int roots) {
        List<ManifestEvidence> evidence = new ArrayList<>(roots);
        List<String> values = new AnchorLeaf(UUID.randomUUID(), Bytes32.fromHex("ab".repeat(32)), Bytes32.ZERO, 99,
                Bytes32.fromHex("cd".repeat(32)), Instant.parse("2026-01-01T00:00:00Z"), Bytes32.fromHex("ef".repeat(32)))
                .jsonValues();
        for (int i = 0; i < roots; i++) {
            evidence.add(new ManifestEvidence(UUID.randomUUID(), values, "0x" + "11".repeat(32), List.of(),
                    "0x" + String.format("%064x", i + 1)));
        }
        UUID id = UUID.randomUUID();
        DocumentManifest manifest = new DocumentManifest(id, DocumentType.JUDICIAL_CONFIRMATION, Language.ZH_CN,
                "hostile court", "HOSTILE-1", null, null, LocalDate.of(2026, 1, 1), VerificationCode.of(id),
                new ChainReference(1337, "0x" + "00".repeat(20)), evidence);
        return withManifest(ManifestJson.write(manifest), false);
    }

    /** A manifest stream that inflates to {@code inflatedBytes} of zeros. */
    public static byte[] inflateBomb(long inflatedBytes) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] zeros = new byte[1 << 20];
        byte[] out = new byte[1 << 16];
        for (long fed = 0; fed < inflatedBytes; fed += zeros.length) {
            deflater.setInput(zeros);
            while (!deflater.needsInput()) {
                compressed.write(out, 0, deflater.deflate(out));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            compressed.write(out, 0, deflater.deflate(out));
        }
        deflater.end();
        return withManifest(compressed.toByteArray(), true);
    }

    private static byte[] withManifest(byte[] streamBytes, boolean deflated) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(bytes))) {
            pdf.addNewPage();
            PdfStream stream = new PdfStream(streamBytes);
            stream.put(PdfName.Type, PdfName.EmbeddedFile);
            if (deflated) {
                stream.put(PdfName.Filter, PdfName.FlateDecode); // written as is: the bytes are already deflated
                stream.setCompressionLevel(CompressionConstants.NO_COMPRESSION);
            }
            PdfDictionary files = new PdfDictionary();
            files.put(PdfName.F, stream);
            files.put(PdfName.UF, stream);
            PdfDictionary spec = new PdfDictionary();
            spec.put(PdfName.Type, PdfName.Filespec);
            spec.put(PdfName.F, new PdfString(DocumentManifest.FILE_NAME));
            spec.put(PdfName.UF, new PdfString(DocumentManifest.FILE_NAME));
            spec.put(PdfName.EF, files);
            PdfArray associated = new PdfArray();
            associated.add(spec.makeIndirect(pdf));
            pdf.getCatalog().put(PdfName.AF, associated);
        }
        return bytes.toByteArray();
    }
}
