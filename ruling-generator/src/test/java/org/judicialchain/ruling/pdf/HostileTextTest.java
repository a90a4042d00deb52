package org.judicialchain.ruling.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.judicialchain.ruling.DocumentType;
import org.judicialchain.ruling.document.Grounds;
import org.judicialchain.ruling.document.Language;
import org.judicialchain.ruling.document.DocumentCopy;
import org.judicialchain.ruling.document.Officer;
import org.judicialchain.ruling.document.Party;
import org.judicialchain.ruling.document.PartyRole;
import org.judicialchain.ruling.document.RulingRequest;
import org.judicialchain.ruling.testing.SampleRequests;
import org.judicialchain.ruling.testing.TestCourt;
import org.junit.jupiter.api.Test;

/**
 * Objection statements, reasons and party names reach the PDF from users. The HTML template must
 * print them as text: markup in them must neither format the page, nor add links, images or scripts.
 */
class HostileTextTest {

    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final String IMAGE = "<img src=\"http://evil.example/p.png\" onerror=\"alert(1)\">";
    private static final String LINK = "<a href=\"javascript:alert(1)\">click</a>";
    private static final String STYLE = "<style>body{display:none}</style>";
    private static final String TEMPLATE = "{{courtName}} {{{facts}}}";

    private final TestCourt court = TestCourt.get();

    @Test
    void markupInEveryUserTextIsPrintedLiterallyAndAddsNothingActive() throws Exception {
        RulingRequest base = SampleRequests.objectionDecision(Language.EN, court.batch);
        RulingRequest hostile = new RulingRequest(base.documentId(), DocumentType.OBJECTION_DECISION, Language.EN,
                DocumentCopy.PUBLIC, base.courtName(), "Case <b>1</b>", base.caseReference(),
                List.of(new Party("Mallory " + SCRIPT, PartyRole.DEBTOR), new Party("Bank " + LINK, PartyRole.CREDITOR)),
                "Facts " + IMAGE + " and " + STYLE,
                new Grounds.Objection("Objection " + TEMPLATE, "Reasoning <b>bold</b> &amp; &lt;done&gt;"),
                "Decision " + SCRIPT, base.issueDate(), new Officer("Judge <i>Li</i>", Officer.Title.JUDGE), base.appendix(), base.chain(),
                base.manifestEvidence(), base.verificationUrlBase());

        byte[] pdf = court.generator.generate(hostile).pdf();

        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            StringBuilder text = new StringBuilder();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                text.append(PdfTextExtractor.getTextFromPage(doc.getPage(i))).append('\n');
            }
            // line breaks fall where the layout puts them; the characters must all be there, in order
            String flat = text.toString().replaceAll("\\s+", "");
            for (String literal : List.of(SCRIPT, IMAGE, LINK, STYLE, TEMPLATE, "<b>bold</b>", "&amp;&lt;done&gt;", "<i>Li</i>",
                    "Mallory", "Facts")) {
                assertThat(flat).as("printed as text: " + literal).contains(literal.replaceAll("\\s+", ""));
            }
            assertThat(uris(doc)).as("no link from user text").noneMatch(u -> u.contains("javascript") || u.contains("evil.example"));
            PdfDictionary catalog = doc.getCatalog().getPdfObject();
            assertThat(catalog.get(PdfName.OpenAction)).as("nothing runs on opening").isNull();
            PdfDictionary names = catalog.getAsDictionary(PdfName.Names);
            assertThat(names == null ? null : names.get(PdfName.JavaScript)).as("no document scripts").isNull();
        }
    }

    private static List<String> uris(PdfDocument doc) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= doc.getNumberOfPages(); i++) {
            PdfArray annots = doc.getPage(i).getPdfObject().getAsArray(PdfName.Annots);
            if (annots == null) {
                continue;
            }
            for (int a = 0; a < annots.size(); a++) {
                PdfDictionary action = annots.getAsDictionary(a).getAsDictionary(PdfName.A);
                if (action != null) {
                    out.add(String.valueOf(action.get(PdfName.URI)) + " " + action.get(PdfName.JS));
                }
            }
        }
        return out;
    }
}
