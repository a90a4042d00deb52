package org.judicialchain.ruling.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.judicialchain.ruling.DocumentType;
import org.judicialchain.ruling.document.Language;
import org.judicialchain.ruling.document.Party;
import org.judicialchain.ruling.document.PartyRole;
import org.judicialchain.ruling.document.RulingRequest;
import org.judicialchain.ruling.pdf.DocumentGenerator;
import org.judicialchain.ruling.pdf.UnsignedDocument;
import org.judicialchain.ruling.testing.SampleRequests;
import org.judicialchain.ruling.testing.TestCourt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentTemplatesTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private final TestCourt court = TestCourt.get();
    private final SampleRequests.Batch batch = SampleRequests.batch(2, 3);

    @Test
    void markupInAnyTextFieldIsEscapedAndPrintedAsText() throws Exception {
        RulingRequest request = SampleRequests.confirmation(Language.EN, batch,
                List.of(new Party(SCRIPT, PartyRole.DEBTOR), new Party("<b>Bold</b> & Co", PartyRole.CREDITOR)), 1);

        String html = new DocumentTemplates(TemplateSource.builtIn()).render(request);
        assertThat(html).doesNotContain(SCRIPT).doesNotContain("<b>Bold</b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&lt;b&gt;Bold&lt;/b&gt; &amp; Co");

        String page1 = firstPageText(court.generator.generate(request));
        assertThat(page1).contains("Applicant (debtor): " + SCRIPT).contains("<b>Bold</b> & Co");
    }

    @Test
    void everyTypeAndLanguageHasATemplateThatRenders() throws Exception {
        for (Language language : Language.values()) {
            for (DocumentType type : DocumentType.values()) {
                RulingRequest request = type == DocumentType.JUDICIAL_CONFIRMATION
                        ? SampleRequests.confirmation(language, batch, List.of(new Party("W*** Li", PartyRole.DEBTOR)), 1)
                        : SampleRequests.objectionDecision(language, batch);
                UnsignedDocument document = court.generator.generate(request);
                String text = firstPageText(document).replace(" ", "");
                String title = switch (type) {
                    case JUDICIAL_CONFIRMATION -> language == Language.ZH_CN ? "民事裁定书" : "JudicialConfirmation";
                    case OBJECTION_DECISION -> language == Language.ZH_CN ? "决定书" : "DecisiononObjection";
                };
                assertThat(text).as(type + " " + language).contains(title).contains(request.verificationCode().display());
                assertThat(document.signatureSlot().page()).isGreaterThanOrEqualTo(1);
            }
        }
    }

    @Test
    void aCourtsOwnTemplateWinsAndTheOtherFilesStillComeFromTheJar(@TempDir Path dir) throws Exception {
        String own = new String(getClass().getResourceAsStream("/templates/judicial-confirmation.en.html").readAllBytes(),
                StandardCharsets.UTF_8).replace("Judicial Confirmation of Settlement", "Confirmation by the Court of Example");
        Files.writeString(dir.resolve("judicial-confirmation.en.html"), own);
        Files.writeString(dir.resolve("labels.en.properties"), "role.DEBTOR=Debtor applicant\n");
        DocumentGenerator generator = new DocumentGenerator(court.fonts, new DocumentTemplates(TemplateSource.withOverrides(dir)));
        RulingRequest request = SampleRequests.confirmation(Language.EN, batch, List.of(new Party("W*** Li", PartyRole.DEBTOR)), 1);

        String text = firstPageText(generator.generate(request)).replaceAll("\\s+", " ");

        assertThat(text).contains("Confirmation by the Court of Example").contains("Debtor applicant: W*** Li")
                .contains("2. Terms of the settlement")
                .as("labels the court did not override still come from the jar").contains("5 March 2026");

        // a change to the file shows in the next document without a restart
        Files.writeString(dir.resolve("judicial-confirmation.en.html"), own.replace("Scan to verify", "Scan me"));
        assertThat(firstPageText(generator.generate(request))).contains("Scan me");
    }

    @Test
    void templateNamesCannotReachOutsideTheirDirectories(@TempDir Path dir) {
        TemplateSource source = TemplateSource.withOverrides(dir);
        assertThatThrownBy(() -> source.open("../secret.html")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> source.open("/etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> source.open("missing.html")).isInstanceOf(TemplateNotFoundException.class)
                .hasMessageContaining("missing.html");
        assertThatThrownBy(() -> TemplateSource.withOverrides(dir.resolve("nope")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String firstPageText(UnsignedDocument document) throws Exception {
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(document.pdf())))) {
            return PdfTextExtractor.getTextFromPage(pdf.getPage(1));
        }
    }
}
