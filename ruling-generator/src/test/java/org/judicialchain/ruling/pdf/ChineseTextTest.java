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
import org.judicialchain.ruling.document.Language;
import org.judicialchain.ruling.document.RulingRequest;
import org.judicialchain.ruling.testing.SampleRequests;
import org.judicialchain.ruling.testing.TestCourt;
import org.junit.jupiter.api.Test;

class ChineseTextTest {

    private final TestCourt court = TestCourt.get();

    @Test
    void chineseTextIsExtractedAsTheSameCharacters() throws Exception {
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(court.signedConfirmationZh.pdf())))) {
            String page1 = PdfTextExtractor.getTextFromPage(pdf.getPage(1));

            assertThat(page1).contains("北京市朝阳区人民法院")
                    .contains("（2026）京0105民特1234号")
                    .contains("申请人（债务人）：张伟，公民身份号码 110101199001011234")
                    .contains("送达本")
                    .contains("平台案件编号 bank-a:LOAN-2026-0001")
                    .contains("申请人（债权人）：某某消费金融有限公司")
                    .contains("二、调解协议内容")
                    .contains("一、债务人于2026年3月31日前一次性偿还人民币25000元；")
                    .containsPattern("审判员[ 　]李明")
                    .contains("2026年3月5日")
                    .contains(court.confirmationZh.verificationCode().display());
            assertThat(page1.replace(" ", "")).as("a judicial confirmation is a civil ruling, as courts title it").contains("民事裁定书");

            String appendix = PdfTextExtractor.getTextFromPage(pdf.getPage(pdf.getNumberOfPages()));
            assertThat(appendix).contains("附件：证据清单").contains("借款合同")
                    .contains(court.batch.appendix().get(0).sha256().substring(2, 34));
        }
    }

    @Test
    void anObjectionDecisionIsADecisionSignedByTheArbitratorAndItsPublicCopyMasksTheParties() throws Exception {
        RulingRequest decision = SampleRequests.objectionDecision(Language.ZH_CN, court.batch);
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(court.generator.generate(decision).pdf())))) {
            String page1 = PdfTextExtractor.getTextFromPage(pdf.getPage(1));
            assertThat(page1.replace(" ", "")).contains("决定书").doesNotContain("异议决定书");
            assertThat(page1).contains("（2026）京0105执异88号").contains("异议人（债务人）：王*").containsPattern("仲裁员[ 　]王芳")
                    .contains("公开本（当事人姓名已作隐名处理，不载身份证号码）").doesNotContain("公民身份号码").doesNotContain("审判员");
        }
    }

    @Test
    void everyFontIsAnEmbeddedNotoSansScSubset() throws Exception {
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(court.signedConfirmationZh.pdf())))) {
            List<String> fonts = new ArrayList<>();
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                collectFonts(pdf.getPage(i).getResources().getResource(PdfName.Font), fonts);
            }
            PdfDictionary widgetResources = pdf.getCatalog().getPdfObject().getAsDictionary(PdfName.AcroForm)
                    .getAsArray(PdfName.Fields).getAsDictionary(0).getAsDictionary(PdfName.AP)
                    .getAsStream(PdfName.N).getAsDictionary(PdfName.Resources);
            collectAllFonts(widgetResources, fonts);

            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font).matches("[A-Z]{6}\\+NotoSansSC-(Regular|Bold) embedded"));
        }
    }

    private static void collectAllFonts(PdfDictionary resources, List<String> out) {
        if (resources == null) {
            return;
        }
        collectFonts(resources.getAsDictionary(PdfName.Font), out);
        PdfDictionary xobjects = resources.getAsDictionary(PdfName.XObject);
        if (xobjects != null) {
            for (PdfName name : xobjects.keySet()) {
                collectAllFonts(xobjects.getAsStream(name).getAsDictionary(PdfName.Resources), out);
            }
        }
    }

    private static void collectFonts(PdfDictionary fontResources, List<String> out) {
        if (fontResources == null) {
            return;
        }
        for (PdfName key : fontResources.keySet()) {
            PdfDictionary font = fontResources.getAsDictionary(key);
            PdfArray descendants = font.getAsArray(PdfName.DescendantFonts);
            PdfDictionary descriptor = descendants != null
                    ? descendants.getAsDictionary(0).getAsDictionary(PdfName.FontDescriptor)
                    : font.getAsDictionary(PdfName.FontDescriptor);
            boolean embedded = descriptor != null && (descriptor.containsKey(PdfName.FontFile2)
                    || descriptor.containsKey(PdfName.FontFile3) || descriptor.containsKey(PdfName.FontFile));
            out.add(font.getAsName(PdfName.BaseFont).getValue() + (embedded ? " embedded" : " NOT embedded"));
        }
    }
}
