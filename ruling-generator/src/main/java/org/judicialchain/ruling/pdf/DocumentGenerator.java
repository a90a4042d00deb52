package org.judicialchain.ruling.pdf;

import com.itextpdf.html2pdf.ConverterProperties;
import com.itextpdf.html2pdf.HtmlConverter;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.filespec.PdfFileSpec;
import com.itextpdf.layout.Document;
import com.itextpdf.pdfa.PdfADocument;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Objects;
import org.judicialchain.ruling.document.RulingRequest;
import org.judicialchain.ruling.manifest.DocumentManifest;
import org.judicialchain.ruling.manifest.ManifestJson;
import org.judicialchain.ruling.template.DocumentTemplates;

/**
 * Turns a request into an unsigned PDF/A-3b document: the court's HTML template rendered with
 * pdfHTML, every glyph in the embedded Noto Sans SC subset, an sRGB output intent, and the
 * manifest attached as an associated file (AFRelationship Data, application/json).
 * Thread-safe: fonts and templates are shared, everything else is per call.
 */
public final class DocumentGenerator {

    private static final byte[] SRGB_PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private static final String PRODUCER_CREATOR = "JudicialChain ruling-generator";

    private final CjkFonts fonts;
    private final DocumentTemplates templates;

    public DocumentGenerator(CjkFonts fonts, DocumentTemplates templates) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    public UnsignedDocument generate(RulingRequest request) {
        String html = templates.render(request);
        DocumentManifest manifest = DocumentManifest.of(request);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        PdfOutputIntent intent = new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                new ByteArrayInputStream(SRGB_PROFILE));
        PdfADocument pdf = new PdfADocument(new PdfWriter(out, new WriterProperties().useSmartMode()),
                PdfAConformance.PDF_A_3B, intent);
        describe(pdf, request);
        attachManifest(pdf, ManifestJson.write(manifest));

        DocumentTagWorkers tagWorkers = new DocumentTagWorkers();
        ConverterProperties properties = new ConverterProperties()
                .setFontProvider(fonts.newProvider())
                .setTagWorkerFactory(tagWorkers)
                .setCssApplierFactory(new DocumentTagWorkers.CssAppliers())
                .setCreateAcroForm(false);
        templates.source().overrideDirectory().ifPresent(dir -> properties.setBaseUri(dir.toUri().toString()));
        Document layout = HtmlConverter.convertToDocument(html, pdf, properties);
        int pages = pdf.getNumberOfPages();
        layout.close();

        SignatureSlot slot = tagWorkers.slot();
        if (slot == null) {
            throw new IllegalStateException("template " + DocumentTemplates.templateName(request.type(), request.language())
                    + " has no element with " + DocumentTagWorkers.SLOT_ATTRIBUTE + " for the visible signature");
        }
        return new UnsignedDocument(request.documentId(), request.verificationCode(), out.toByteArray(), slot, pages);
    }

    private static void describe(PdfDocument pdf, RulingRequest request) {
        PdfDocumentInfo info = pdf.getDocumentInfo();
        info.setAuthor(request.courtName());
        info.setSubject(request.caseNumber() + " (" + request.caseReference() + ")");
        info.setKeywords("judicialchain; " + request.type().name() + "; " + request.documentId()
                + "; verification code " + request.verificationCode().value());
        info.setCreator(PRODUCER_CREATOR);
    }

    private static void attachManifest(PdfDocument pdf, byte[] json) {
        PdfFileSpec spec = PdfFileSpec.createEmbeddedFileSpec(pdf, json, "Machine-readable manifest: evidence leaves, "
                        + "Merkle proofs, roots, chain", DocumentManifest.FILE_NAME, new PdfName("application/json"),
                null, PdfName.Data);
        pdf.addAssociatedFile(DocumentManifest.FILE_NAME, spec);
    }
}
