package org.judicialchain.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case page's actions that used to exist in the API only: a lender files evidence (only its fingerprint, or the
 * file), revokes an agency and transfers the debt; a judge changes the rules in force.
 */
@ExtendWith(PortalStack.class)
@ExtendWith(ArquillianExtension.class)
class BrowserCaseCourseIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL base;

    @Test
    void aLenderAnchorsOnlyTheFingerprintOfALargeRecordingAndThenUploadsAContract() throws Exception {
        Workflow flow = new Workflow(base);
        String ref = flow.openCase("UI-EVI", Workflow.NOT_YET_DUE, "1500");
        Path work = Files.createTempDirectory(Path.of(System.getProperty("it.work")).getParent(), "ui-evidence-");
        // 9 MiB and a bit: three slices of the page's 4 MiB digest, the last one short
        Path recording = randomFile(work.resolve("call-0412.wav"), 9 * 1024 * 1024 + 12_345);
        Path contract = randomFile(work.resolve("contract.pdf"), 40_000);
        Api lender = Api.as(base, "lender-a1");

        try (Browser browser = new Browser(base, "lender-files-evidence")) {
            browser.signIn("lender-a1", "/app/case.html?case=" + ref);
            browser.waitFor(By.id("evidence-form"));
            new Select(browser.driver.findElement(By.id("evidence-kind"))).selectByValue("CALL_RECORDING");
            browser.driver.findElement(By.id("evidence-capture-method")).sendKeys("call-centre recording line");
            browser.driver.findElement(By.id("evidence-file")).sendKeys(recording.toString());
            assertThat(browser.driver.findElement(By.id("evidence-mode-hash")).isSelected()).as("the file stays by default").isTrue();
            browser.driver.findElement(By.cssSelector("#evidence-form button[type=submit]")).click();
            String hashOnly = browser.waitFor(By.id("evidence-accepted")).getAttribute("data-evidence-id");
            JsonNode anchored = lender.awaitAnchored(hashOnly);
            assertThat(anchored.path("sha256").asText()).as("the page's sliced SHA-256 is the file's").isEqualTo(sha256(recording));
            assertThat(anchored.path("caseRef").asText()).endsWith(ref);
            assertThat(anchored.path("kind").asText()).isEqualTo("CALL_RECORDING");

            new Select(browser.driver.findElement(By.id("evidence-kind"))).selectByValue("LOAN_CONTRACT");
            browser.driver.findElement(By.id("evidence-file")).sendKeys(contract.toString());
            browser.driver.findElement(By.id("evidence-mode-file")).click();
            browser.driver.findElement(By.cssSelector("#evidence-form button[type=submit]")).click();
            String uploaded = browser.waitFor(By.cssSelector("#evidence-accepted:not([data-evidence-id='" + hashOnly + "'])"))
                    .getAttribute("data-evidence-id");
            JsonNode stored = lender.awaitAnchored(uploaded);
            assertThat(stored.path("sha256").asText()).isEqualTo(sha256(contract));
            assertThat(stored.path("kind").asText()).isEqualTo("LOAN_CONTRACT");
            browser.finish();
        }
    }

    @Test
    void aLenderRevokesTheAgencyThenTransfersTheDebtFromTheCasePage() throws Exception {
        Workflow flow = new Workflow(base);
        String ref = flow.openCase("UI-TRF", Workflow.NOT_YET_DUE, "800");
        flow.openCaseAs("lender-b1", "UI-TRF-B", Workflow.NOT_YET_DUE, "100"); // bank-b is a creditor the portal knows
        flow.authoriseAgencyX(ref);
        Path agreement = randomFile(Files.createTempDirectory(Path.of(System.getProperty("it.work")).getParent(), "ui-trf-")
                .resolve("assignment.pdf"), 5_000);

        try (Browser browser = new Browser(base, "lender-revokes-and-transfers")) {
            browser.signIn("lender-a1", "/app/case.html?case=" + ref);
            browser.waitFor(By.id("revoke-agency-x")).click();
            browser.waitFor(By.xpath("//*[@id='authorisation-list']/li[not(@data-agency)]"));
            JsonNode afterRevoke = Api.as(base, "lender-a1").get("/api/v1/cases/" + ref).json();
            assertThat(afterRevoke.path("authorisations").findValuesAsText("status")).doesNotContain("VALID");

            browser.driver.findElement(By.id("transfer-to")).sendKeys("bank-b");
            browser.driver.findElement(By.id("transfer-agreement-file")).sendKeys(agreement.toString());
            // the page fingerprints the agreement itself: only the digest goes to the portal
            new WebDriverWait(browser.driver, Duration.ofSeconds(60))
                    .until(d -> d.findElement(By.id("transfer-agreement")).getDomProperty("value").length() == 64);
            assertThat(browser.driver.findElement(By.id("transfer-agreement")).getDomProperty("value")).isEqualTo(sha256(agreement));
            browser.driver.findElement(By.cssSelector("#transfer-form button[type=submit]")).click();
            browser.waitFor(By.cssSelector("#transfer-form .message"));
            browser.finish();
        }
        assertThat(Api.as(base, "lender-b1").get("/api/v1/cases/" + ref).status()).as("the new creditor reads the case").isEqualTo(200);
        assertThat(Api.as(base, "lender-a1").get("/api/v1/cases/" + ref).status()).as("the old one no longer does").isIn(403, 404);
    }

    @Test
    void aJudgeChangesTheRulesACaseIsCheckedAgainst() throws Exception {
        Workflow flow = new Workflow(base);
        String ref = flow.openCase("UI-PRF", Workflow.NOT_YET_DUE, "300");
        try (Browser browser = new Browser(base, "judge-changes-rule-profile")) {
            browser.signIn("judge1", "/app/case.html?case=" + ref);
            new Select(browser.waitFor(By.id("rule-profile"))).selectByValue("US_REG_F");
            browser.driver.findElement(By.cssSelector("#rule-profile-form button[type=submit]")).click();
            browser.waitFor(By.cssSelector("#rule-profile-form .message"));
            browser.finish();
        }
        assertThat(Api.as(base, "judge1").get("/api/v1/cases/" + ref).json().path("ruleProfile").asText()).isEqualTo("US_REG_F");
    }

    private static Path randomFile(Path file, int size) throws Exception {
        byte[] chunk = new byte[64 * 1024];
        Random random = new Random(size);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int left = size; left > 0; left -= chunk.length) {
                random.nextBytes(chunk);
                out.write(chunk, 0, Math.min(left, chunk.length));
            }
        }
        return file;
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
