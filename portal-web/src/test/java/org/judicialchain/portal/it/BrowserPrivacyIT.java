package org.judicialchain.portal.it;

import java.io.File;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/** The debtor asks for erasure and reads who looked at the case; the creditor approves it; the page then says so. */
@ExtendWith(PortalStack.class)
@ExtendWith(ArquillianExtension.class)
class BrowserPrivacyIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL base;

    @Test
    void aDebtorAsksForErasureSeesWhoLookedAndTheCreditorApprovesIt() throws Exception {
        Workflow flow = new Workflow(base);
        String ref = flow.openCase("UI-ERASE", Workflow.NOT_YET_DUE, "400");
        flow.claimAs("debtor1", ref);
        Api.as(base, "judge1").get("/api/v1/cases/" + ref); // a read of the debtor's data the debtor will see

        try (Browser browser = new Browser(base, "debtor-asks-erasure")) {
            browser.signIn("debtor1", "/app/case.html?case=" + ref);
            browser.waitFor(By.id("erasure-reason")).sendKeys("I have moved abroad; please erase my data.");
            browser.driver.findElement(By.cssSelector("#erasure-form button[type=submit]")).click();
            browser.waitFor(By.cssSelector("#erasure-list li[data-status='REQUESTED']"));
            browser.driver.findElement(By.cssSelector("#privacy details summary")).click();
            WebElement reads = browser.waitFor(By.id("access-log-table"));
            assertThat(reads.getText()).contains("court-beijing-internet").doesNotContain("judge1");
            browser.finish();
        }
        try (Browser browser = new Browser(base, "lender-approves-erasure")) {
            browser.signIn("lender-a1", "/app/case.html?case=" + ref);
            browser.waitFor(By.cssSelector("#erasure-list li[data-status='REQUESTED'] textarea"))
                    .sendKeys("Nothing requires us to keep it.");
            browser.driver.findElement(By.cssSelector("#erasure-list .approve-erasure")).click();
            browser.waitFor(By.cssSelector("#erasure-list li[data-status='ERASED']"));
            WebElement debtor = browser.waitFor(By.cssSelector("#case-debtor .erased"));
            assertThat(debtor.getText()).contains("bank-a");
            browser.finish();
        }
        assertThat(Api.as(base, "judge1").get("/api/v1/cases/" + ref).json().path("debtor").path("erased").asBoolean()).isTrue();
    }
}
