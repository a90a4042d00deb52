package org.judicialchain.portal.it;

import java.io.File;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/** The court side of disputes in the browser: deciding an objection, and a confirmation from request to signature. */
@ExtendWith(PortalStack.class)
@ExtendWith(ArquillianExtension.class)
class BrowserDisputesIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL base;

    @Test
    void theLenderAnswersAnObjectionAndAJudgeTakesItUpFromTheWorkQueueAndDecidesIt() throws Exception {
        String ref = BrowserJourneysIT.newRef("UI-OBJ");
        String code = BrowserJourneysIT.openCase(base, ref, "1200");
        Api debtor = Api.as(base, "debtor2");
        assertThat(debtor.postJson("/api/v1/cases/" + ref + "/claim", "{\"accessCode\":\"" + code + "\"}").status()).isEqualTo(200);
        Api.Reply filed = debtor.postJson("/api/v1/cases/" + ref + "/objections",
                "{\"type\":\"AMOUNT_DISPUTED\",\"statement\":\"I borrowed 1000, not 1200.\"}");
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);

        try (Browser browser = new Browser(base, "lender-answers-objection")) {
            browser.signIn("lender-a1", "/app/case.html?case=" + ref);
            WebElement answer = browser.waitFor(By.cssSelector("#objection-list .response-form"));
            answer.findElement(By.tagName("textarea")).sendKeys("The signed contract says 1200.");
            answer.findElement(By.cssSelector("button[type=submit]")).click();
            browser.waitFor(By.cssSelector("#objection-list li[data-status='ANSWERED'] .responses"));
            browser.finish();
        }
        try (Browser browser = new Browser(base, "judge-decides-objection")) {
            browser.signIn("judge1", "/app/judge.html");
            browser.waitFor(By.cssSelector("#work-queue li[data-case-ref$=':" + ref + "'] a")).click();
            browser.waitFor(By.cssSelector("#objection-list li .take-up")).click();
            WebElement form = browser.waitFor(By.cssSelector("#objection-list li .decision-form"));
            new Select(form.findElement(By.tagName("select"))).selectByValue("PARTIALLY_UPHELD");
            form.findElement(By.tagName("textarea")).sendKeys("The contract shows a principal of 1000.");
            form.findElement(By.cssSelector("input[id^='adjusted-']")).sendKeys("1000");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            browser.waitFor(By.cssSelector("#objection-list li[data-status='DECIDED'] .decision-download"));
            browser.waitFor(By.cssSelector("#objection-list li[data-status='DECIDED'] .public-copy-download"));
            assertThat(browser.driver.findElement(By.id("objections-title")).findElement(By.xpath("..")).getText())
                    .contains(Browser.text("en", "decisionOutcome.PARTIALLY_UPHELD"));
            browser.finish();
        }
    }

    @Test
    void aJudgeAcceptsACaseTheEscalationPolicyReferredToTheCourt() throws Exception {
        String ref = BrowserJourneysIT.newRef("UI-REF");
        BrowserJourneysIT.openCase(base, ref, "700", java.time.LocalDate.now().minusDays(100));
        Api judge = Api.as(base, "judge1");
        for (int i = 0; i < 240 && !judge.get("/api/v1/work-queue").body().contains(ref); i++) {
            Thread.sleep(250);
        }

        try (Browser browser = new Browser(base, "judge-accepts-referral")) {
            browser.signIn("judge1", "/app/judge.html");
            browser.waitFor(By.cssSelector("#work-queue li[data-kind='REFERRAL_TO_ACCEPT'][data-case-ref$=':" + ref + "'] a")).click();
            browser.waitFor(By.id("accept-case")).click();
            browser.waitFor(By.xpath("//*[@id='case-state'][. = '" + Browser.text("en", "state.JUDICIAL") + "']"));
            browser.finish();
        }
    }

    @Test
    void aLenderRequestsConfirmationAndAJudgeGrantsItAfterPreviewingTheDraft() throws Exception {
        String ref = BrowserJourneysIT.newRef("UI-CONF");
        BrowserJourneysIT.openCase(base, ref, "600");
        Api lender = Api.as(base, "lender-a1");
        Api.Reply repaid = lender.postJson("/api/v1/cases/" + ref + "/repayments", """
                {"amount":"600","paidAt":"%s","receiptSha256":"%s"}""".formatted(Instant.now().truncatedTo(ChronoUnit.SECONDS),
                "f6".repeat(32)));
        assertThat(repaid.json().path("state").asText()).isEqualTo("SETTLED");
        lender.awaitAnchored(repaid.json().path("evidenceId").asText());
        BrowserJourneysIT.awaitChainAnchored(base, ref);

        try (Browser browser = new Browser(base, "lender-requests-confirmation")) {
            browser.signIn("lender-a1", "/app/case.html?case=" + ref);
            browser.waitFor(By.id("request-confirmation")).click();
            WebElement precheck = browser.waitFor(By.cssSelector("#confirmation-list li[data-status='REQUESTED'] .precheck"));
            assertThat(precheck.getAttribute("data-clean")).as(precheck.getText()).isEqualTo("true");
            browser.finish();
        }
        try (Browser browser = new Browser(base, "judge-grants-confirmation")) {
            browser.signIn("judge1", "/app/judge.html");
            browser.waitFor(By.cssSelector("#work-queue li[data-kind='CONFIRMATION_TO_DECIDE'][data-case-ref$=':" + ref + "'] a")).click();
            String draft = browser.waitFor(By.cssSelector("#confirmation-list .draft-preview")).getAttribute("href");
            assertThat(browser.fetchStatus("GET", draft, null)).as("the draft PDF opens for the judge").isEqualTo(200);
            browser.driver.findElement(By.cssSelector("#confirmation-list textarea")).sendKeys("The debt is repaid in full.");
            browser.driver.findElement(By.cssSelector("#confirmation-list button.grant")).click();
            browser.waitFor(By.cssSelector("#confirmation-list li[data-status='GRANTED'] .confirmation-download"));
            String publicCopy = browser.waitFor(By.cssSelector("#confirmation-list li[data-status='GRANTED'] .public-copy-download"))
                    .getAttribute("href");
            assertThat(browser.fetchStatus("GET", publicCopy, null)).as("the public copy opens for the judge").isEqualTo(200);
            browser.waitFor(By.xpath("//*[@id='case-state'][. = '" + Browser.text("en", "state.CONFIRMED") + "']"));
            browser.finish();
        }
    }
    /** Markup a user typed is shown as the characters typed, on the pages and in the signed PDF, and never becomes markup. */
    @Test
    void markupInWhatUsersTypedIsShownAsTextOnThePagesAndInTheDecisionPdf() throws Exception {
        String ref = BrowserJourneysIT.newRef("UI-XSS");
        String image = "<img src=x id=injected onerror=\\\"document.title='owned'\\\">";
        String script = "<script>document.title='owned'</script>";
        Api.Reply opened = Api.as(base, "lender-a1").postJson("/api/v1/cases", """
                {"caseRef":"%s","debtorName":"Mallory %s","debtorIdNumber":"110101199001011234","debtorPhone":"13812345678",
                 "principal":"900","currency":"CNY","dueDate":"%s","court":"court-beijing-internet",
                 "ruleProfile":"CN_2026","debtorTimeZone":"Asia/Shanghai"}""".formatted(ref, image, java.time.LocalDate.now().plusDays(30)));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        Api debtor = Api.as(base, "debtor2");
        assertThat(debtor.postJson("/api/v1/cases/" + ref + "/claim",
                "{\"accessCode\":\"" + opened.json().path("accessCode").asText() + "\"}").status()).isEqualTo(200);
        Api.Reply filed = debtor.postJson("/api/v1/cases/" + ref + "/objections",
                "{\"type\":\"OTHER\",\"statement\":\"Statement " + image + " " + script + " <b>bold</b>\"}");
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String objection = filed.json().path("id").asText();
        assertThat(Api.as(base, "lender-a1").postJson("/api/v1/objections/" + objection + "/responses",
                "{\"statement\":\"Answer " + script + "\"}").status()).isEqualTo(200);

        for (String[] viewer : new String[][] {{"judge1", "judge-sees-markup-as-text"}, {"debtor2", "debtor-sees-markup-as-text"}}) {
            try (Browser browser = new Browser(base, viewer[1])) {
                browser.signIn(viewer[0], "/app/case.html?case=" + ref);
                String list = browser.waitFor(By.cssSelector("#objection-list li .responses")).findElement(By.xpath("../..")).getText();
                assertThat(list).contains("Statement <img src=x id=injected", "<script>document.title='owned'</script> <b>bold</b>",
                        "Answer <script>");
                assertThat(browser.driver.findElements(By.id("injected"))).as("no element made from the text").isEmpty();
                assertThat(browser.driver.findElements(By.cssSelector("main b, main script"))).as("no markup made from the text").isEmpty();
                assertThat(browser.driver.getTitle()).doesNotContain("owned");
                browser.finish();
            }
        }

        Api.Reply decided = Api.as(base, "judge1").postJson("/api/v1/objections/" + objection + "/decision",
                "{\"outcome\":\"DISMISSED\",\"reasons\":\"Reasons " + script + " <b>bold</b>\",\"language\":\"en\"}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        byte[] pdf = debtor.getBytes("/api/v1/documents/" + decided.json().path("documentId").asText());
        StringBuilder text = new StringBuilder();
        try (var doc = new com.itextpdf.kernel.pdf.PdfDocument(new com.itextpdf.kernel.pdf.PdfReader(new java.io.ByteArrayInputStream(pdf)))) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                text.append(com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor.getTextFromPage(doc.getPage(i)));
            }
        }
        assertThat(text.toString().replaceAll("\\s+", "")).as("the decision prints the statement and reasons as typed")
                .contains("Statement<imgsrc=xid=injected", "Reasons<script>document.title='owned'</script><b>bold</b>");
    }
}
