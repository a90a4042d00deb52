package org.judicialchain.portal.it;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfResources;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import com.itextpdf.signatures.SignatureUtil;
import java.io.ByteArrayInputStream;

/** What a reader of a signed PDF sees: the first page's text, the signature box's text, the signer's subject. */
record SignedPdfTexts(String firstPage, String signatureBox, String signerSubject) {

    static SignedPdfTexts of(byte[] pdf) throws Exception {
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            String page = PdfTextExtractor.getTextFromPage(document.getPage(1));
            SignatureUtil signatures = new SignatureUtil(document);
            String name = signatures.getSignatureNames().get(0);
            String subject = signatures.readSignatureData(name).getSigningCertificate().getSubjectX500Principal().getName();
            PdfDictionary widget = com.itextpdf.forms.PdfAcroForm.getAcroForm(document, false).getField(name).getWidgets()
                    .get(0).getPdfObject();
            PdfStream appearance = widget.getAsDictionary(PdfName.AP).getAsStream(PdfName.N);
            LocationTextExtractionStrategy box = new LocationTextExtractionStrategy();
            PdfCanvasProcessor processor = new PdfCanvasProcessor(box);
            processor.processContent(appearance.getBytes(), new PdfResources(appearance.getAsDictionary(PdfName.Resources)));
            return new SignedPdfTexts(page, box.getResultantText(), subject);
        }
    }
}
