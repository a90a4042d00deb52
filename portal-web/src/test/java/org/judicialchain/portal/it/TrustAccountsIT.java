package org.judicialchain.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.math.BigInteger;
import java.net.URL;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.time.Instant;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.judicialchain.besu.contracts.generated.CaseLifecycle;
import org.judicialchain.evidence.domain.model.evidence.AnchorLeaf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.web3j.abi.CustomErrorEncoder;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.abi.datatypes.CustomError;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthCall;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every institution signs its own steps (trust issue, items 2 and 3): the creditor's settlement is signed with the
 * creditor's own key, which the portal hosts in a PKCS#11 token it cannot read out of; the portal's key cannot settle
 * a debt; one institution's account cannot act on another's case; after a transfer the old creditor's account is
 * refused on chain and the new creditor's acts.
 */
@ExtendWith(PortalStack.class)
@ExtendWith(ArquillianExtension.class)
class TrustAccountsIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL base;

    private static final LocalChainControl chain = LocalChainControl.shared();

    private static final BigInteger SETTLED = BigInteger.valueOf(6);

    @Test
    void theCreditorSignsItsSettlementWithItsOwnHostedKeyAndThePortalsKeyCannotSettle() throws Exception {
        Workflow flow = new Workflow(base);
        String ref = flow.openCase("ACC-SETTLE", Workflow.NOT_YET_DUE, "400");
        Api.Reply paid = Api.as(base, "lender-a1").postJson("/api/v1/cases/" + ref + "/repayments", repayment("400", "a1"));
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        assertThat(paid.json().path("state").asText()).isEqualTo("SETTLED");
        assertThat(paid.json().path("chain").path("status").asText()).isEqualTo("ACCEPTED");

        JsonNode lifecycle = flow.awaitOnChain(ref, "SETTLED");
        JsonNode settlement = lifecycle.path("steps").get(lifecycle.path("steps").size() - 1);
        assertThat(settlement.path("signer").asText()).as("signed by the creditor, not the portal").isEqualTo("bank-a");
        String bankA = hostedAccountOf("bank-a");
        String contract = lifecycle.path("contract").asText();
        var event = CaseLifecycle.load(contract, chain.web3j(), ChainTransactions.lifecycleOperatorKey(),
                        new org.web3j.tx.gas.StaticGasProvider(BigInteger.ZERO, BigInteger.valueOf(500_000)))
                .getStateChangedEvents(chain.web3j().ethGetTransactionReceipt(settlement.path("txHash").asText()).send()
                        .getTransactionReceipt().orElseThrow());
        assertThat(event).singleElement().satisfies(e -> assertThat(e.by).isEqualToIgnoringCase(bankA));

        // the portal's own operator key, which opened the case, cannot settle one
        String other = flow.openCase("ACC-PORTAL", Workflow.NOT_YET_DUE, "400");
        JsonNode open = flow.awaitOnChain(other, "OVERDUE");
        String operator = open.path("operator").asText();
        assertThat(reverted(operator, contract, settle(open))).as("the portal's key settling a debt")
                .startsWith(selector(CaseLifecycle.NOTALLOWED_ERROR));
    }

    @Test
    void anInstitutionsAccountCannotActOnAnotherInstitutionsCase() throws Exception {
        Workflow flow = new Workflow(base);
        // bank-b's hosted account exists once bank-b has settled a case of its own
        String own = flow.openCaseAs("lender-b1", "ACC-B", Workflow.NOT_YET_DUE, "200");
        assertThat(Api.as(base, "lender-b1").postJson("/api/v1/cases/" + own + "/repayments", repayment("200", "b0")).status())
                .isEqualTo(201);
        String bankB = hostedAccountOf("bank-b");

        String ref = flow.openCase("ACC-OTHER", Workflow.NOT_YET_DUE, "400");
        JsonNode lifecycle = flow.awaitOnChain(ref, "OVERDUE");
        assertThat(reverted(bankB, lifecycle.path("contract").asText(), settle(lifecycle)))
                .as("bank-b's account settling bank-a's case").startsWith(selector(CaseLifecycle.NOTALLOWED_ERROR));
        assertThat(Api.as(base, "lender-b1").postJson("/api/v1/cases/" + ref + "/repayments", repayment("400", "b1")).status())
                .as("and through the API bank-b does not even see the case").isEqualTo(404);
    }

    @Test
    void afterATransferTheOldCreditorsAccountIsRefusedOnChainAndTheNewOneSettles() throws Exception {
        Workflow flow = new Workflow(base);
        String ref = flow.openCase("ACC-TITLE", Workflow.NOT_YET_DUE, "500");
        flow.openCaseAs("lender-b1", "ACC-B-HOLDS", Workflow.NOT_YET_DUE, "100"); // bank-b is a creditor here
        flow.awaitOnChain(ref, "OVERDUE");
        Api.Reply transfer = Api.as(base, "lender-a1").postJson("/api/v1/cases/" + ref + "/transfers", """
                {"toCreditor":"bank-b","agreementSha256":"%s"}""".formatted("7a".repeat(32)));
        assertThat(transfer.status()).as(transfer.body()).isEqualTo(201);
        JsonNode lifecycle = flow.await("judge1", "/api/v1/cases/" + ref + "/lifecycle",
                j -> j.path("steps").findValuesAsText("kind").contains("TRANSFER")
                        && j.path("steps").findValuesAsText("status").stream().allMatch("DONE"::equals), "the transfer on chain");
        String contract = lifecycle.path("contract").asText();
        CaseLifecycle view = CaseLifecycle.load(contract, chain.web3j(), ChainTransactions.lifecycleOperatorKey(),
                new org.web3j.tx.gas.StaticGasProvider(BigInteger.ZERO, BigInteger.valueOf(500_000)));
        byte[] caseId = HexFormat.of().parseHex(lifecycle.path("chainCaseId").asText());
        assertThat(view.caseParties(caseId).send().component1()).as("the creditor of record on chain")
                .isEqualTo(AnchorLeaf.institutionTag("bank-b").toByteArray());

        JsonNode title = Api.as(base, "judge1").get("/api/v1/cases/" + ref + "/title").json();
        assertThat(title.path("entries").findValuesAsText("kind")).containsExactly("OPENED", "ASSIGNED");
        JsonNode assigned = title.path("entries").get(1);
        assertThat(assigned.path("previous").asText()).isEqualTo("bank-a");
        assertThat(assigned.path("party").asText()).isEqualTo("bank-b");
        assertThat(assigned.path("digest").asText()).isEqualTo("7a".repeat(32));
        assertThat(assigned.path("transactionHash").asText()).startsWith("0x").hasSize(66);
        assertThat(title.path("creditor").asText()).isEqualTo("bank-b");
        assertThat(Api.as(base, "lender-b1").get("/api/v1/cases/" + ref + "/title").status()).isEqualTo(200);
        assertThat(Api.as(base, "lender-a1").get("/api/v1/cases/" + ref + "/title").status()).as("the old creditor")
                .isEqualTo(404);

        String bankA = hostedAccountOf("bank-a");
        assertThat(assigned.path("signedBy").asText()).as("the old creditor signed the assignment").isEqualToIgnoringCase(bankA);
        assertThat(reverted(bankA, contract, settle(lifecycle))).as("the old creditor settling")
                .startsWith(selector(CaseLifecycle.NOTALLOWED_ERROR));
        assertThat(reverted(bankA, contract, view.setAgency(caseId, AnchorLeaf.institutionTag("agency-x").toByteArray(),
                BigInteger.ZERO, BigInteger.valueOf(Instant.now().getEpochSecond() + 3600), HexFormat.of().parseHex("5b".repeat(32)))
                .encodeFunctionCall()))
                .as("the old creditor authorising an agency").startsWith(selector(CaseLifecycle.NOTCREDITOR_ERROR));

        Api.Reply paid = Api.as(base, "lender-b1").postJson("/api/v1/cases/" + ref + "/repayments", repayment("500", "b2"));
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        assertThat(paid.json().path("state").asText()).isEqualTo("SETTLED");
        JsonNode settled = flow.awaitOnChain(ref, "SETTLED");
        assertThat(settled.path("steps").get(settled.path("steps").size() - 1).path("signer").asText()).isEqualTo("bank-b");
    }

    @Test
    void theHostedKeysLiveInThePkcs11TokenAndCannotBeReadOutOfIt() throws Exception {
        Workflow flow = new Workflow(base);
        String ref = flow.openCase("ACC-HSM", Workflow.NOT_YET_DUE, "100");
        assertThat(Api.as(base, "lender-a1").postJson("/api/v1/cases/" + ref + "/repayments", repayment("100", "a3")).status())
                .isEqualTo(201);

        Provider token = Security.getProvider("SunPKCS11").configure("--name=TestCustody\nlibrary=/usr/lib/softhsm/libsofthsm2.so\n"
                + "slotListIndex=0\n");
        KeyStore store = KeyStore.getInstance("PKCS11", token);
        store.load(null, PortalStack.CUSTODY_PIN.toCharArray());
        assertThat(Collections.list(store.aliases())).contains("institution:bank-a");
        assertThat(store.getKey("institution:bank-a", null).toString()).as("a token key, never extractable")
                .contains("token object").contains("sensitive").contains("unextractable");
        assertThat(store.getKey("institution:bank-a", null).getEncoded()).isNull();
        java.nio.file.Path files = java.nio.file.Path.of(System.getProperty("it.work"), "portal", "chain", "institutions");
        assertThat(files).as("no key file beside the token").doesNotExist();
    }

    // ------------------------------------------------------------------ helpers

    private static String repayment(String amount, String receipt) {
        return """
                {"amount":"%s","paidAt":"%s","receiptSha256":"%s"}""".formatted(amount, Instant.now().minusSeconds(60),
                receipt.repeat(32));
    }

    /** The account the portal hosts for an institution, as the court administrator's directory shows it. */
    private String hostedAccountOf(String institution) {
        JsonNode directory = Api.as(base, "courtadmin1").get("/api/v1/institutions").json();
        for (JsonNode i : directory.path("institutions")) {
            if (i.path("id").asText().equals(institution)) {
                for (JsonNode a : i.path("accounts")) {
                    if ("HOSTED".equals(a.path("portalUse").asText())) {
                        assertThat(a.path("lifecycleRole").asText()).isEqualTo("LENDER");
                        return a.path("account").asText();
                    }
                }
            }
        }
        throw new AssertionError("no hosted account of " + institution + " in " + directory);
    }

    /** The call data of transition(caseId, SETTLED, reason) for the case. */
    private static String settle(JsonNode lifecycle) {
        return FunctionEncoder.encode(new Function("transition", List.of(
                new Bytes32(HexFormat.of().parseHex(lifecycle.path("chainCaseId").asText())), new Uint8(SETTLED),
                new Bytes32(HexFormat.of().parseHex("5a".repeat(32)))), List.of()));
    }

    /** Simulates {@code data} sent by {@code from}; @return the revert data (the contract's custom error) */
    private static String reverted(String from, String contract, String data) throws Exception {
        EthCall call = chain.web3j().ethCall(Transaction.createEthCallTransaction(from, contract, data),
                DefaultBlockParameterName.LATEST).send();
        assertThat(call.isReverted() || call.hasError()).as("reverted: " + call.getValue()).isTrue();
        return call.getError() == null || call.getError().getData() == null ? String.valueOf(call.getRevertReason())
                : call.getError().getData().replace("\"", "");
    }

    private static String selector(CustomError error) {
        return CustomErrorEncoder.encode(error).substring(0, 10);
    }
}
