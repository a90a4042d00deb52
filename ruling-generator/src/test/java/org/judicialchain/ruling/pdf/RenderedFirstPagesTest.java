package org.judicialchain.ruling.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.judicialchain.ruling.DocumentType;
import org.judicialchain.ruling.document.Language;
import org.judicialchain.ruling.document.Party;
import org.judicialchain.ruling.document.PartyRole;
import org.judicialchain.ruling.document.RulingRequest;
import org.judicialchain.ruling.signing.SignedDocument;
import org.judicialchain.ruling.testing.SampleRequests;
import org.judicialchain.ruling.testing.TestCourt;
import org.junit.jupiter.api.Test;

/**
 * Issue "Fit for the court": page 1 of each document type in both languages, signed as issued, rendered to PNG with
 * poppler's pdftoppm and kept under target/rendered-documents/ for review; and no text of any page carries a
 * replacement character or UTF-8 read as Latin-1 (what a court name read from a Latin-1 configuration looked like).
 */
class RenderedFirstPagesTest {

    static final Path OUT = Path.of("target", "rendered-documents");
    /** A UTF-8 lead byte of CJK text (0xE2-0xEF) read as Latin-1, followed by a continuation byte read as Latin-1. */
    private static final Pattern MOJIBAKE = Pattern.compile("[\\u00e2-\\u00ef][\\u0080-\\u00bf]");

    private final TestCourt court = TestCourt.get();
    private final SampleRequests.Batch batch = SampleRequests.batch(4, 11);

    @Test
    void everyTypeInBothLanguagesRendersWithoutMojibake() throws Exception {
        Files.createDirectories(OUT);
        for (DocumentType type : DocumentType.values()) {
            for (Language language : Language.values()) {
                RulingRequest request = type == DocumentType.JUDICIAL_CONFIRMATION
                        ? SampleRequests.confirmation(language, batch, List.of(new Party("张*", PartyRole.DEBTOR)), 1)
                        : SampleRequests.objectionDecision(language, batch);
                SignedDocument signed = court.signer.sign(court.generator.generate(request));
                String name = type.name().toLowerCase() + "-" + language.tag();
                Path pdf = Files.write(OUT.resolve(name + ".pdf"), signed.pdf());

                try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(signed.pdf())))) {
                    for (int page = 1; page <= document.getNumberOfPages(); page++) {
                        String text = PdfTextExtractor.getTextFromPage(document.getPage(page));
                        assertThat(text).as("%s page %d", name, page).doesNotContain("\uFFFD");
                        assertThat(MOJIBAKE.matcher(text).find()).as("%s page %d reads like UTF-8 decoded as Latin-1: %s",
                                name, page, text).isFalse();
                    }
                }

                Process render = new ProcessBuilder("pdftoppm", "-png", "-r", "72", "-f", "1", "-l", "1", "-singlefile",
                        pdf.toString(), OUT.resolve(name).toString()).redirectErrorStream(true).start();
                assertThat(render.waitFor(60, TimeUnit.SECONDS)).as("pdftoppm (poppler-utils) renders " + name).isTrue();
                String said = new String(render.getInputStream().readAllBytes());
                assertThat(render.exitValue()).as("pdftoppm on " + name + ": " + said).isZero();
                Path png = OUT.resolve(name + ".png");
                assertThat(Files.size(png)).as(png.toString()).isGreaterThan(10_000);
            }
        }
    }
}
