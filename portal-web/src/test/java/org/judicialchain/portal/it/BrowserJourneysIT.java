package org.judicialchain.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.judicialchain.evidence.domain.model.digest.StreamingDigester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One journey per role through the pages, in headless chromium against the running portal with
 * real Keycloak sign-ins. Each journey ends with a screenshot under target/screenshots.
 */
@ExtendWith(PortalStack.class)
@ExtendWith(ArquillianExtension.class)
class BrowserJourneysIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL base;

    static String newRef(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private String openCase(String ref, String principal) {
        return openCase(base, ref, principal);
    }

    /**
     * Opens a case as lender-a1 (court-beijing-internet) and answers the notice's access code. Due in a
     * month, so that the escalation policy leaves it alone while a journey runs.
     */
    static String openCase(URL base, String ref, String principal) {
        return openCase(base, ref, principal, java.time.LocalDate.now().plusDays(30));
    }

    static String openCase(URL base, String ref, String principal, java.time.LocalDate due) {
        Api.Reply r = Api.as(base, "lender-a1").postJson("/api/v1/cases", """
                {"caseRef":"%s","debtorName":"张三丰","debtorIdNumber":"110101199001011234","debtorPhone":"13812345678",
                 "principal":"%s","currency":"CNY","dueDate":"%s","court":"court-beijing-internet",
                 "ruleProfile":"CN_2026","debtorTimeZone":"Asia/Shanghai"}""".formatted(ref, principal, due));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("accessCode").asText();
    }

    @Test
    void thePublicVerifiesAnAnchoredFileAndSeesATamperedCopyNotFound() throws Exception {
        byte[] original = ("call recording " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        Api lender = Api.as(base, "lender-a1");
        Api.Reply submitted = lender.postMultipart("/api/v1/evidence", java.util.Map.of("caseRef", newRef("UI-VERIFY"),
                "kind", "CALL_RECORDING", "capturedAt", Instant.now().minusSeconds(90).toString()), original);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        lender.awaitAnchored(submitted.json().path("id").asText());
        Path work = Files.createTempDirectory(Path.of(System.getProperty("it.work")).getParent(), "ui-files-");
        Path file = Files.write(work.resolve("recording.wav"), original);
        byte[] changed = original.clone();
        changed[0] ^= 1;
        Path tampered = Files.write(work.resolve("recording-edited.wav"), changed);

        try (Browser browser = new Browser(base, "public-verify")) {
            browser.open("/app/verify.html");
            assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo(Browser.text("en", "page.verify.title"));

            browser.driver.findElement(By.id("file-input")).sendKeys(file.toString());
            WebElement verdict = browser.waitFor(By.cssSelector("#verdict[data-verdict]"));
            assertThat(verdict.getAttribute("data-verdict")).isEqualTo("VERIFIED");
            String checklist = browser.driver.findElement(By.id("result-body")).getText();
            assertThat(checklist).contains("bank-a").contains(Browser.text("en", "report.intactSince"))
                    .contains(Browser.text("en", "check.rootOnChain"));
            assertThat(browser.driver.findElement(By.id("capture-gap")).getText()).matches(".*\\d+ (s|min).*");
            assertThat(browser.driver.findElements(By.cssSelector(".match [data-ok='false']"))).isEmpty();
            // the court's checklist (arts. 16-19): one row per article, each answered from the facts
            assertThat(browser.driver.findElements(By.cssSelector("#court-checklist tr[data-article]")))
                    .extracting(row -> row.getAttribute("data-article") + " " + row.getAttribute("data-outcome"))
                    .containsExactly("16 PASS", "17 PASS", "18 PASS", "19 PASS");
            assertThat(browser.driver.findElement(By.id("court-checklist")).getText())
                    .contains(Browser.text("en", "checklist.title")).contains("between capture and anchoring");

            browser.driver.findElement(By.id("file-input")).sendKeys(tampered.toString());
            browser.waitFor(By.cssSelector("#verdict[data-verdict='NOT_FOUND']"));
            assertThat(browser.driver.findElement(By.id("result-body")).getText())
                    .contains(Browser.text("en", "report.notFoundExplained"));

            browser.driver.findElement(By.id("digest-input")).sendKeys(EvidenceAnchoringIT.sha256(original));
            browser.driver.findElement(By.cssSelector("#digest-form button")).click();
            browser.waitFor(By.cssSelector("#verdict[data-verdict='VERIFIED']"));
            browser.finish();
        }
    }

    @Test
    void theQrCodeOfASignedConfirmationOpensItsPageAndTheCopyIsChecked() throws Exception {
        String ref = newRef("UI-DOC");
        openCase(ref, "800");
        Api lender = Api.as(base, "lender-a1");
        JsonNode repaid = lender.postJson("/api/v1/cases/" + ref + "/repayments", """
                {"amount":"800","paidAt":"%s","receiptSha256":"%s"}""".formatted(Instant.now().truncatedTo(ChronoUnit.SECONDS),
                "c2".repeat(32))).json();
        lender.awaitAnchored(repaid.path("evidenceId").asText());
        Api judge = Api.as(base, "judge1");
        Api.Reply issued = judge.postJson("/api/v1/cases/" + ref + "/documents", """
                {"type":"JUDICIAL_CONFIRMATION","language":"en","facts":"The parties settled the loan dispute.",
                 "settlementSummary":"The debtor repaid the whole principal.","decision":"The settlement is confirmed."}""");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String code = issued.json().path("verificationCode").asText();
        byte[] pdf = download("/api/v1/documents/" + issued.json().path("documentId").asText(), "judge1");
        Path copy = Files.write(Files.createTempDirectory(Path.of(System.getProperty("it.work")).getParent(), "ui-doc-")
                .resolve("confirmation.pdf"), pdf);

        try (Browser browser = new Browser(base, "public-document-code")) {
            browser.open("/verify/" + code);
            browser.waitFor(By.id("document-found"));
            assertThat(browser.driver.findElement(By.id("document-facts")).getText())
                    .contains(Browser.text("en", "documentType.JUDICIAL_CONFIRMATION"));
            browser.driver.findElement(By.id("file-input")).sendKeys(copy.toString());
            browser.waitFor(By.cssSelector("#same-document.good"));
            assertThat(browser.waitFor(By.id("verdict")).getAttribute("data-verdict")).isEqualTo("VERIFIED");
            assertThat(browser.driver.findElements(By.cssSelector("tr[data-check='SIGNATURE_COVERS_DOCUMENT'][data-outcome='PASSED']")))
                    .hasSize(1);
            browser.finish();
        }
    }

    private byte[] download(String path, String username) throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(base.toString().replaceAll("/$", "") + path))
                .header("Authorization", "Bearer " + Tokens.accessToken(username)).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    void aDebtorClaimsTheirCaseAndFilesAnObjectionInChineseAtPhoneWidth() throws Exception {
        String ref = newRef("UI-DEBTOR");
        String accessCode = openCase(ref, "1500");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        assertThat(Api.as(base, "lender-a1").postJson("/api/v1/cases/" + ref + "/authorisations", """
                {"agency":"agency-x","validFrom":"%s","validTo":"%s","documentSha256":"%s"}"""
                .formatted(now.minusSeconds(7200), now.plusSeconds(86_400 * 30), "b7".repeat(32))).status()).isEqualTo(201);
        Api.Reply call = Api.as(base, "collector-x1").postJson("/api/v1/cases/" + ref + "/collection-records", """
                {"type":"CALL","occurredAt":"%s","durationSeconds":40,"dialled":"DEBTOR","contactId":"138****5678",
                 "answered":false}""".formatted(now.minusSeconds(3600)));
        assertThat(call.status()).as(call.body()).isEqualTo(201);

        try (Browser browser = new Browser(base, "debtor-claims-case-zh")) {
            browser.phoneWidth();
            browser.signIn("debtor1", "/app/debtor.html");
            browser.driver.findElement(By.id("language-switch")).click();
            browser.waitFor(By.cssSelector("html[lang='zh-CN'] #claim-form"));
            assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo(Browser.text("zh-CN", "page.debtor.title"));

            assertThat(browser.fetchStatus("POST", "/api/v1/cases/" + ref + "/claim", "{\"accessCode\":\"" + accessCode + "\"}"))
                    .as("a write with the session cookie but without the CSRF token is refused").isEqualTo(401);

            browser.driver.findElement(By.id("claim-case-ref")).sendKeys(ref);
            browser.driver.findElement(By.id("claim-code")).sendKeys(accessCode);
            browser.driver.findElement(By.cssSelector("#claim-form button")).click();
            browser.waitFor(By.cssSelector("#claim-status .message"));
            browser.waitFor(By.cssSelector("tr[data-case-ref$=':" + ref + "'] a")).click();

            browser.waitFor(By.id("amount-outstanding"));
            assertThat(browser.driver.findElement(By.id("owed-sentence")).getText()).contains("1,500").contains("bank-a");
            assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
            assertThat(browser.driver.findElement(By.id("case-state")).getText()).isEqualTo(Browser.text("zh-CN", "state.OVERDUE"));
            assertThat((Long) browser.script("return document.documentElement.scrollWidth - window.innerWidth;"))
                    .as("no sideways scrolling at phone width").isLessThanOrEqualTo(1L);

            assertThat(browser.driver.findElement(By.cssSelector("#contact-list li[data-type='CALL']")).getText()).contains("agency-x");
            new Select(browser.driver.findElement(By.id("objection-type"))).selectByValue("ILLEGAL_COLLECTION");
            browser.waitFor(By.cssSelector("#objection-cited input[name='cited-record']")).click();
            browser.driver.findElement(By.id("objection-statement")).sendKeys("催收员晚上十一点打电话给我的同事。");
            Path dir = Files.createTempDirectory(Path.of(System.getProperty("it.work")).getParent(), "upload");
            Path letter = Files.writeString(dir.resolve("colleague-statement.txt"), "同事证明 " + ref);
            Path photo = Files.write(dir.resolve("call-log.png"), ("call log of " + ref).getBytes(StandardCharsets.UTF_8));
            browser.driver.findElement(By.id("objection-files")).sendKeys(letter.toAbsolutePath() + "\n" + photo.toAbsolutePath());
            browser.driver.findElement(By.cssSelector("#objection-form button[type=submit]")).click();
            browser.waitFor(By.cssSelector("#objection-list li[data-status='FILED'] .cited"));
            browser.waitFor(By.cssSelector("#objection-list li[data-status='FILED'] .attached"));
            Api debtor = Api.as(base, "debtor1");
            JsonNode attachments = debtor.get("/api/v1/cases/" + ref + "/objections").json().path(0).path("attachments");
            assertThat(attachments).as("both files uploaded as evidence and cited by the objection").hasSize(2);
            Set<String> digests = new HashSet<>();
            for (JsonNode id : attachments) {
                JsonNode item = debtor.get("/api/v1/evidence/" + id.asText()).json();
                assertThat(item.path("caseRef").asText()).isEqualTo("bank-a:" + ref);
                digests.add(item.path("sha256").asText().replaceFirst("^0x", ""));
            }
            assertThat(digests).containsExactlyInAnyOrder(StreamingDigester.sha256(Files.readAllBytes(letter)).hex(),
                    StreamingDigester.sha256(Files.readAllBytes(photo)).hex());
            assertThat(browser.driver.findElement(By.id("objection-list")).getText())
                    .contains(Browser.text("zh-CN", "objectionType.ILLEGAL_COLLECTION"));
            browser.open("/app/debtor.html");
            browser.waitFor(By.cssSelector("#work-queue li[data-kind='MY_OBJECTION'][data-case-ref$=':" + ref + "']"));
            browser.finish();
        }
    }

    @Test
    void aJudgeOpensTheChainOfACaseAndSeesAnEditedEntryFlagged() throws Exception {
        String ref = newRef("UI-CHAIN");
        openCase(ref, "2000");
        Api lender = Api.as(base, "lender-a1");
        for (int i = 0; i < 2; i++) {
            String id = lender.postJson("/api/v1/evidence", """
                    {"sha256":"%s","caseRef":"%s","kind":"SMS_NOTICE","capturedAt":"%s"}""".formatted(
                    EvidenceAnchoringIT.sha256((ref + i).getBytes()), ref, Instant.now().minusSeconds(30))).json().path("id").asText();
            lender.awaitAnchored(id);
        }
        awaitChainAnchored(ref);

        try (Browser browser = new Browser(base, "judge-chain-broken")) {
            browser.signIn("judge1", "/app/judge.html");
            assertThat(browser.waitFor(By.cssSelector("#case-table tbody tr")).isDisplayed()).isTrue();
            browser.open("/app/chain.html?case=" + ref);
            browser.waitFor(By.id("chain-intact"));
            int entries = browser.driver.findElements(By.cssSelector("#timeline > li")).size();
            assertThat(entries).isGreaterThanOrEqualTo(2);
            assertThat(browser.driver.findElements(By.cssSelector("#timeline > li[data-intact='false']"))).isEmpty();

            try (Connection db = DriverManager.getConnection(PortalStack.jdbcUrl(), "postgres", "postgres");
                 PreparedStatement edit = db.prepareStatement("update custody_entry set actor = 'someone-else' where case_ref = ?"
                         + " and sequence = (select max(sequence) from custody_entry where case_ref = ?)")) {
                edit.setString(1, "bank-a:" + ref);
                edit.setString(2, "bank-a:" + ref);
                assertThat(edit.executeUpdate()).isEqualTo(1);
            }
            browser.driver.findElement(By.id("reverify")).click();
            browser.waitFor(By.id("chain-broken"));
            WebElement flagged = browser.waitFor(By.cssSelector("#timeline > li[data-intact='false']"));
            assertThat(flagged.getText()).contains("someone-else");
            browser.finish();
        }
    }

    private void awaitChainAnchored(String ref) throws InterruptedException {
        awaitChainAnchored(base, ref);
    }

    static void awaitChainAnchored(URL base, String ref) throws InterruptedException {
        Api judge = Api.as(base, "judge1");
        for (int i = 0; i < 240; i++) {
            JsonNode chain = judge.get("/api/v1/cases/" + ref + "/chain").json();
            boolean pending = false;
            for (JsonNode e : chain.path("entries")) {
                pending |= "PENDING".equals(e.path("anchorStatus").asText());
            }
            if (!pending && chain.path("entryCount").asInt() > 0) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("custody entries of " + ref + " not anchored in time");
    }

    @Test
    void aLenderImportsABookWatchesItsProgressAndRecordsARepayment() throws Exception {
        String good1 = newRef("UI-BOOK");
        String good2 = newRef("UI-BOOK");
        Path csv = Files.createTempDirectory(Path.of(System.getProperty("it.work")).getParent(), "ui-book-").resolve("book.csv");
        String due = Workflow.dueDate(Workflow.NOT_YET_DUE).toString(); // like openCase: the policy leaves the book alone
        Files.writeString(csv, String.join("\n",
                "caseRef,debtorName,debtorIdNumber,debtorPhone,principal,currency,dueDate,court,ruleProfile,debtorTimeZone",
                good1 + ",李四,110101198001011111,13900000001,5000.00,CNY," + due + ",court-beijing-internet,CN_2026,Asia/Shanghai",
                good2 + ",John Doe,X99887766,+1 212 555 0100,1200,USD," + due + ",court-beijing-internet,US_REG_F,America/New_York",
                newRef("UI-BOOK") + ",王五,110101198001012222,13900000002,-5,CNY," + due + ",court-beijing-internet,CN_2026,Asia/Shanghai",
                ""), StandardCharsets.UTF_8);

        try (Browser browser = new Browser(base, "lender-import-and-repayment")) {
            browser.signIn("lender-a1", "/app/lender.html");
            browser.driver.findElement(By.id("import-file")).sendKeys(csv.toString());
            browser.driver.findElement(By.cssSelector("#import-form button")).click();
            browser.waitPresent(By.id("import-bar"));
            WebElement counts = browser.waitFor(By.cssSelector("#import-counts[data-status='DONE']"));
            assertThat(counts.getAttribute("data-imported")).isEqualTo("2");
            assertThat(counts.getAttribute("data-rejected")).isEqualTo("1");
            assertThat(browser.driver.findElement(By.id("rejected-lines")).getText()).contains("line 4");

            browser.waitFor(By.cssSelector("tr[data-case-ref='bank-a:" + good1 + "'] a")).click();
            browser.waitFor(By.id("issue-access-code")).click();
            assertThat(browser.waitFor(By.id("access-code")).getText()).isNotBlank();
            browser.driver.findElement(By.id("repayment-amount")).sendKeys("1000");
            browser.driver.findElement(By.id("repayment-receipt")).sendKeys("d4".repeat(32));
            browser.driver.findElement(By.cssSelector("#repayment-form button[type=submit]")).click();
            browser.waitFor(By.id("repayment-recorded"));
            browser.waitFor(By.xpath("//*[@id='amount-repaid']//strong[contains(., '1,000')]"));
            browser.finish();
        }
    }

    @Test
    void aCollectorLogsACallOnAnAuthorisedCase() throws Exception {
        String ref = newRef("UI-CALL");
        openCase(ref, "900");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        assertThat(Api.as(base, "lender-a1").postJson("/api/v1/cases/" + ref + "/authorisations", """
                {"agency":"agency-x","validFrom":"%s","validTo":"%s","documentSha256":"%s"}"""
                .formatted(now.minusSeconds(3600), now.plusSeconds(86_400 * 30), "e5".repeat(32))).status()).isEqualTo(201);

        try (Browser browser = new Browser(base, "collector-logs-call")) {
            browser.signIn("collector-x1", "/app/collector.html");
            browser.waitFor(By.cssSelector("tr[data-case-ref$=':" + ref + "'] a")).click();
            browser.waitFor(By.id("collection-form"));
            new Select(browser.driver.findElement(By.id("collection-type"))).selectByValue("CALL");
            browser.driver.findElement(By.id("collection-contact")).sendKeys("139****5555");
            browser.driver.findElement(By.id("collection-answered")).click();
            browser.driver.findElement(By.cssSelector("#collection-form button[type=submit]")).click();
            browser.waitFor(By.id("collection-logged"));
            browser.waitFor(By.cssSelector("#contact-list li[data-type='CALL']"));
            browser.finish();
        }
    }

    @Test
    void anAuditorSeesChartsDrawnFromTheCasesAndExportsThem() throws Exception {
        String ref = newRef("UI-AUDIT");
        openCase(ref, "700");
        try (Browser browser = new Browser(base, "auditor-dashboard")) {
            browser.signIn("auditor1", "/app/auditor.html");
            browser.waitPresent(By.cssSelector("#chart-cases-by-state svg g.bar"));
            assertThat(browser.driver.findElements(By.cssSelector("#chart-cases-by-state g.bar"))).isNotEmpty();
            assertThat(browser.driver.findElements(By.cssSelector("#chart-recovery g.bar"))).isNotEmpty();
            for (String chart : new String[] {"chart-findings-by-rule", "chart-findings-by-agency", "chart-objections-by-type",
                    "chart-time-to-decision"}) {
                assertThat(browser.driver.findElement(By.id(chart)).isDisplayed()).as(chart).isTrue();
            }
            assertThat(browser.waitFor(By.cssSelector("#backlog dd")).getText()).as("the anchoring backlog").matches("\\d+");
            // no chart label is cut off, whatever its length, on a desktop and on a phone: a probe chart with the
            // longest rule id and a long Chinese label is drawn by the page's own module beside the real ones
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    import('/app/js/charts.js').then((m) => { document.querySelector('main').append(m.barChart('chart-probe',
                      'probe', [{ label: 'UNIVERSAL-NO-COLLECTION-DURING-DISPUTE-PAUSE', value: 3, display: '3' },
                      { label: 'CN-2026-DELIVERY-CALL-RECORDED', value: 2, display: '2' },
                      { label: '催收行为违反规定的异议案件数量统计', value: 1, display: '1' }], '')); done(); });""");
            for (int width : new int[] {1280, 390}) {
                browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
                Object clipped = browser.script("""
                        return [...document.querySelectorAll('figure.chart svg')].flatMap((svg) => {
                          const box = svg.viewBox.baseVal;
                          return [...svg.querySelectorAll('text')].filter((t) => { const b = t.getBBox();
                            return b.x < box.x - 0.5 || b.x + b.width > box.x + box.width + 0.5; }).map((t) => t.textContent); });""");
                assertThat((java.util.List<?>) clipped).as("chart texts cut off at " + width + " px").isEmpty();
            }
            assertThat(browser.driver.findElements(By.cssSelector("#chart-probe text.bar-label tspan"))).hasSizeGreaterThan(3);
            assertThat(browser.driver.findElement(By.cssSelector("#chart-probe g.bar title")).getAttribute("textContent"))
                    .as("the full label on hover").isEqualTo("UNIVERSAL-NO-COLLECTION-DURING-DISPUTE-PAUSE: 3");
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));

            browser.driver.findElement(By.id("export-cases")).click();
            java.util.List<String> csv = Files.readAllLines(browser.downloaded("cases.csv"), StandardCharsets.UTF_8);
            assertThat(csv.get(0).replace("\uFEFF", "")).isEqualTo("caseRef,creditor,court,state,principal,outstanding,currency,dueDate");
            assertThat(csv).anySatisfy(line -> assertThat(line).startsWith("bank-a:" + ref + ",bank-a,court-beijing-internet,OVERDUE,700"));
            browser.driver.findElement(By.id("export-findings")).click();
            assertThat(Files.readAllLines(browser.downloaded("findings.csv"), StandardCharsets.UTF_8).get(0).replace("\uFEFF", ""))
                    .isEqualTo("caseRef,ruleId,severity,agency,foundAt,source");
            browser.finish();
        }
    }

    @Test
    void aCourtAdministratorSeesTheChainUp() throws Exception {
        try (Browser browser = new Browser(base, "court-admin-chain-status")) {
            browser.signIn("courtadmin1", "/app/admin.html");
            browser.waitFor(By.cssSelector("#chain-status[data-status='UP']"));
            assertThat(browser.driver.findElement(By.id("chain-status")).getText()).contains(String.valueOf(PortalStack.CHAIN_ID));
            assertThat(browser.driver.findElement(By.id("backlog")).getText()).as("the backlog counts, from the readiness check")
                    .containsPattern("\\d");
            WebElement anchoring = browser.waitFor(By.cssSelector(
                    "#institutions-table tr[data-institution='court-portal'][data-allowlisted='true']"));
            assertThat(anchoring.getText()).as("the portal's anchoring account, allowlisted for the portal institution")
                    .contains("court-portal").containsPattern("0x[0-9a-f]{40}").contains("✓");
            assertThat(browser.driver.findElement(By.cssSelector("#institutions-table caption")).getText())
                    .containsPattern("\\d");
            browser.finish();
        }
    }
}
