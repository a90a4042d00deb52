package org.judicialchain.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.judicialchain.besu.contracts.generated.EvidenceRegistry;
import org.judicialchain.evidence.domain.model.evidence.AnchorLeaf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Keys;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.judicialchain.portal.it.ChainTransactions.sent;

/**
 * The court administrator's directory of institutions and chain accounts against the real chain: the
 * portal's own accounts, a court's account bound by a court step, and an allowlisting made directly on
 * the registry (behind the portal's back) showing at once, then its revocation.
 */
@ExtendWith(PortalStack.class)
@ExtendWith(ArquillianExtension.class)
class InstitutionsIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL base;

    private JsonNode directory() {
        Api.Reply r = Api.as(base, "courtadmin1").get("/api/v1/institutions");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static JsonNode institution(JsonNode directory, String id) {
        for (JsonNode i : directory.path("institutions")) {
            if (i.path("id").asText().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no institution " + id + " in " + directory.path("institutions").findValuesAsText("id"));
    }

    private static JsonNode account(JsonNode institution, String field, String value) {
        for (JsonNode a : institution.path("accounts")) {
            if (a.path(field).asText().equalsIgnoreCase(value)) {
                return a;
            }
        }
        throw new AssertionError("no account with " + field + " " + value + " under " + institution);
    }

    @Test
    void theCourtAdministratorSeesWhoMayAnchorAndActAndAChangeMadeOnChainShowsAtOnce() throws Exception {
        Workflow flow = new Workflow(base);
        String referred = flow.openCase("DIR", 100, "700");
        flow.awaitOnChain(referred, "ESCALATED");
        Api.Reply accepted = Api.as(base, "judge1").postJson("/api/v1/cases/" + referred + "/judicial-acceptance", "");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        flow.awaitOnChain(referred, "JUDICIAL"); // the court's account was bound as COURT to record it

        JsonNode before = directory();
        assertThat(before.path("readAtBlock").asLong()).isPositive();
        assertThat(before.path("registry").asText()).startsWith("0x").hasSize(42);
        assertThat(before.path("lifecycle").asText()).startsWith("0x").hasSize(42).isNotEqualTo(before.path("registry").asText());

        JsonNode portal = institution(before, "court-portal");
        assertThat(portal.path("kinds").toString()).contains("PORTAL_OPERATOR");
        JsonNode anchoring = account(portal, "portalUse", "ANCHORING");
        assertThat(anchoring.path("allowlisted").asBoolean()).isTrue();
        assertThat(anchoring.path("allowlistedFor").asText()).isEqualTo("court-portal");
        assertThat(anchoring.path("registryCourtAdmin").asBoolean()).as("the deployer of the local registry").isTrue();
        assertThat(anchoring.path("eventsAgree").asBoolean()).isTrue();
        JsonNode operator = account(portal, "portalUse", "LIFECYCLE_OPERATOR");
        assertThat(operator.path("lifecycleRole").asText()).isEqualTo("PORTAL");
        assertThat(operator.path("lifecycleOrg").asText()).isEqualTo("court-portal");
        assertThat(operator.path("lifecycleCourtAdmin").asBoolean()).isTrue();

        JsonNode court = institution(before, "court-beijing-internet");
        assertThat(court.path("kinds").toString()).contains("COURT");
        assertThat(court.path("cases").asLong()).isPositive();
        JsonNode courtAccount = account(court, "lifecycleRole", "COURT");
        assertThat(courtAccount.path("lifecycleOrg").asText()).isEqualTo("court-beijing-internet");
        assertThat(courtAccount.path("portalUse").asText()).as("the court's key, hosted in the portal's token")
                .isEqualTo("HOSTED");
        assertThat(courtAccount.path("allowlisted").asBoolean()).as("a court account does not anchor").isFalse();
        assertThat(courtAccount.path("lastChange").path("transactionHash").asText()).startsWith("0x").hasSize(66);
        assertThat(courtAccount.path("lastChange").path("by").asText()).isEqualToIgnoringCase(operator.path("account").asText());

        // behind the portal's back: the registry's court admin (the portal's own key here) allowlists a new account for bank-a
        Credentials portalKey = ChainTransactions.portalKey();
        assertThat(portalKey.getAddress()).isEqualToIgnoringCase(anchoring.path("account").asText());
        String fresh = Credentials.create(Keys.createEcKeyPair()).getAddress();
        Web3j web3j = Web3j.build(new HttpService(PortalStack.rpcUrl()));
        try {
            EvidenceRegistry registry = ChainTransactions.registryAs(web3j, before.path("registry").asText(), portalKey);
            TransactionReceipt allowed = sent(() -> registry.allowSubmitter(fresh, AnchorLeaf.institutionTag("bank-a").toByteArray()).send());

            JsonNode added = account(institution(directory(), "bank-a"), "account", fresh);
            assertThat(added.path("allowlisted").asBoolean()).isTrue();
            assertThat(added.path("allowlistedFor").asText()).isEqualTo("bank-a");
            assertThat(added.path("registryCourtAdmin").asBoolean()).isFalse();
            assertThat(added.path("lastChange").path("transactionHash").asText()).isEqualTo(allowed.getTransactionHash());
            assertThat(added.path("lastChange").path("blockNumber").asLong()).isEqualTo(allowed.getBlockNumber().longValueExact());
            assertThat(added.path("lastChange").path("by").asText()).isEqualToIgnoringCase(portalKey.getAddress());

            TransactionReceipt revoked = sent(() -> registry.revokeSubmitter(fresh).send());
            JsonNode after = account(institution(directory(), "bank-a"), "account", fresh);
            assertThat(after.path("allowlisted").asBoolean()).as("revoked, still shown where it served").isFalse();
            assertThat(after.path("lastChange").path("transactionHash").asText()).isEqualTo(revoked.getTransactionHash());
        } finally {
            web3j.shutdown();
        }

        assertThat(Api.as(base, "auditor1").get("/api/v1/institutions").status()).isEqualTo(200);
        Api.Reply lender = Api.as(base, "lender-a1").get("/api/v1/institutions");
        assertThat(lender.status()).as(lender.body()).isEqualTo(403);
        assertThat(Api.as(base, "judge1").get("/api/v1/institutions").status()).isEqualTo(403);
        assertThat(new Api(base).get("/api/v1/institutions").status()).isEqualTo(401);
    }

    @Test
    void withTheChainNodeDownTheDirectorySaysSoAndReadsAgainOnceItIsBack() throws Exception {
        directory(); // connected and read once before the outage
        PortalStack.stopChain();
        try {
            Api.Reply down = Api.as(base, "courtadmin1").get("/api/v1/institutions");
            assertThat(down.status()).as(down.body()).isEqualTo(503);
            assertThat(down.json().path("message").asText()).contains("chain node is unreachable")
                    .doesNotContain("Submissions");
        } finally {
            PortalStack.startChain();
        }
        // the restarted node keeps its state: the events already read and the views still fit together
        JsonNode anchoring = account(institution(directory(), "court-portal"), "portalUse", "ANCHORING");
        assertThat(anchoring.path("allowlisted").asBoolean()).isTrue();
        assertThat(anchoring.path("eventsAgree").asBoolean()).isTrue();
    }
}
