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

/**
 * Every page of the portal, as each role first meets it, in English and in Chinese, has no WCAG 2.1 AA violation that
 * axe-core finds (the journeys check the pages they end on as well, with their forms filled and answers shown).
 */
@ExtendWith(PortalStack.class)
@ExtendWith(ArquillianExtension.class)
class BrowserAccessibilityIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL base;

    @Test
    void thePublicPagesInBothLanguages() throws Exception {
        try (Browser browser = new Browser(base, "a11y-public")) {
            for (String language : new String[] {"en", "zh-CN"}) {
                browser.open("/");
                chooseLanguage(browser, language);
                browser.waitFor(By.id("sign-in-invite"));
                browser.assertAccessible();
                browser.open("/app/verify.html");
                browser.waitFor(By.id("digest-form"));
                browser.assertAccessible();
                browser.open("/app/document.html?id=00000000-0000-0000-0000-000000000000");
                browser.waitPresent(By.cssSelector("#status:not(:empty), #document:not(:empty)"));
                browser.assertAccessible();
                browser.open("/no-such-page");
                browser.assertAccessible();
            }
            browser.finish();
        }
    }

    @Test
    void eachRolesPagesInBothLanguages() throws Exception {
        Workflow flow = new Workflow(base);
        String ref = flow.openCase("UI-A11Y", Workflow.NOT_YET_DUE, "1000");
        flow.authoriseAgencyX(ref);
        String[][] pages = {
            {"lender-a1", "/app/lender.html", "#cases table, #cases p"},
            {"lender-a1", "/app/case.html?case=" + ref, "#evidence-form"},
            {"collector-x1", "/app/collector.html", "#cases table, #cases p"},
            {"collector-x1", "/app/case.html?case=" + ref, "#collection-form"},
            {"judge1", "/app/judge.html", "#cases table, #cases p"},
            {"judge1", "/app/case.html?case=" + ref, "#rule-profile-form"},
            {"judge1", "/app/chain.html?case=" + ref, "#timeline li"},
            {"debtor1", "/app/debtor.html", "#claim-form"},
            {"auditor1", "/app/auditor.html", "#charts svg"},
            {"courtadmin1", "/app/admin.html", "#chain-status[data-status]"},
        };
        for (String[] page : pages) {
            try (Browser browser = new Browser(base, "a11y-" + page[0] + page[1].replaceAll("[^a-z]+", "-"))) {
                browser.signIn(page[0], page[1]);
                for (String language : new String[] {"en", "zh-CN"}) {
                    chooseLanguage(browser, language);
                    browser.waitPresent(By.cssSelector(page[2]));
                    browser.assertAccessible();
                }
                browser.finish();
            }
        }
    }

    /** The header's switch toggles between the two languages; the page reloads its texts in place. */
    private static void chooseLanguage(Browser browser, String language) {
        if (!language.equals(browser.driver.findElement(By.tagName("html")).getAttribute("lang"))) {
            browser.driver.findElement(By.id("language-switch")).click();
            browser.waitPresent(By.cssSelector("html[lang='" + language + "']"));
        }
    }
}
