package org.judicialchain.ruling.testing;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an attacker does to a signed PDF. */
public final class Tamper {

    private Tamper() {
    }

    /** Flips one byte of {@code marker}'s first occurrence, which must lie in the first signed range. */
    public static byte[] flipByteInSignedRange(byte[] pdf, String marker) {
        String latin = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = latin.indexOf(marker);
        Matcher range = Pattern.compile("/ByteRange\\s*\\[\\s*(\\d+)\\s+(\\d+)").matcher(latin);
        if (at < 0 || !range.find()) {
            throw new IllegalArgumentException("marker or ByteRange not found");
        }
        long firstRangeEnd = Long.parseLong(range.group(1)) + Long.parseLong(range.group(2));
        if (at >= firstRangeEnd) {
            throw new IllegalArgumentException("marker lies outside the first signed range");
        }
        byte[] copy = pdf.clone();
        copy[at] ^= 0x20;
        return copy;
    }

    /** An incremental update that appends a blank page after the signature. */
    public static byte[] appendPage(byte[] pdf) {
        return incrementally(pdf, document -> document.addNewPage());
    }

    /** An incremental update that swaps the attached manifest.json for other content. */
    public static byte[] replaceManifest(byte[] pdf, byte[] newManifest) {
        return incrementally(pdf, document -> {
            PdfArray associated = document.getCatalog().getPdfObject().getAsArray(PdfName.AF);
            PdfDictionary spec = associated.getAsDictionary(0);
            PdfStream stream = spec.getAsDictionary(PdfName.EF).getAsStream(PdfName.F);
            stream.setData(newManifest);
            stream.setModified();
        });
    }

    /** The manifest.json bytes attached to a document. */
    public static byte[] manifestOf(byte[] pdf) {
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            PdfArray associated = document.getCatalog().getPdfObject().getAsArray(PdfName.AF);
            return associated.getAsDictionary(0).getAsDictionary(PdfName.EF).getAsStream(PdfName.F).getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] incrementally(byte[] pdf, java.util.function.Consumer<PdfDocument> change) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)), new PdfWriter(out),
                new StampingProperties().useAppendMode())) {
            change.accept(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
