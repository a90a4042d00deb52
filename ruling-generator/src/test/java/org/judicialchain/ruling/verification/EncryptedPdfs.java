package org.judicialchain.ruling.verification;

import com.itextpdf.kernel.pdf.EncryptionConstants;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Small encrypted PDFs, made here rather than kept as binary fixtures. */
final class EncryptedPdfs {

    private EncryptedPdfs() {
    }

    static byte[] withUserPassword() {
        return encrypted("open-me".getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] withOwnerPasswordOnly() {
        return encrypted(null);
    }

    private static byte[] encrypted(byte[] userPassword) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WriterProperties properties = new WriterProperties().setStandardEncryption(userPassword,
                "owner".getBytes(StandardCharsets.US_ASCII), EncryptionConstants.ALLOW_PRINTING,
                EncryptionConstants.ENCRYPTION_AES_256);
        try (PdfDocument document = new PdfDocument(new PdfWriter(out, properties))) {
            document.addNewPage();
        }
        return out.toByteArray();
    }
}
