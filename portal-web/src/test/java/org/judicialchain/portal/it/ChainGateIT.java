package org.judicialchain.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.math.BigInteger;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.judicialchain.besu.contracts.generated.CaseLifecycle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.web3j.crypto.Credentials;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lifecycle contract decides and the portal follows it (trust issue, item 1): a step a party signs itself on the
 * chain reaches the case; a step the chain refuses leaves the case as the chain has it, and says why; and settlements
 * racing the escalation policy never leave a settled debtor in collection, on chain or in the portal.
 */
@ExtendWith(PortalStack.class)
@ExtendWith(ArquillianExtension.class)
class ChainGateIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL base;

    private static final LocalChainControl chain = LocalChainControl.shared();


    private static byte[] bytes32(String hex) {
        return HexFormat.of().parseHex(hex.startsWith("0x") ? hex.substring(2) : hex);
    }

    private static final BigInteger SETTLED = BigInteger.valueOf(6);

    @Test
    void aStepTheCreditorSignsOnTheChainItselfReachesTheCase() throws Exception {
        Workflow flow = new Workflow(base);
        String ref = flow.openCase("GATE-SELF", Workflow.NOT_YET_DUE, "900");
        JsonNode lifecycle = flow.awaitOnChain(ref, "OVERDUE");
        Credentials bank = ChainTransactions.lenderAccountOf(chain.web3j(), lifecycle.path("contract").asText(), "bank-a");

        CaseLifecycle asBank = ChainTransactions.lifecycleAs(chain.web3j(), lifecycle.path("contract").asText(), bank, 0);
        ChainTransactions.sent(() -> asBank.transition(bytes32(lifecycle.path("chainCaseId").asText()), SETTLED,
                bytes32("5e".repeat(32))).send());

        JsonNode settled = flow.awaitOnChain(ref, "SETTLED");
        assertThat(settled.path("state").asText()).as("the portal follows the chain").isEqualTo("SETTLED");
        JsonNode custody = Api.as(base, "judge1").get("/api/v1/cases/" + ref + "/chain").json();
        assertThat(custody.path("entries").findValues("type").stream().map(JsonNode::asText).toList())
                .contains("CASE_STATE_CHANGED");
        assertThat(custody.toString()).as("the custody log names the account that signed")
                .containsIgnoringCase(bank.getAddress());
    }

    @Test
    void aStepTheChainRefusesLeavesTheCaseAsTheChainHasItAndSaysWhy() throws Exception {
        Workflow flow = new Workflow(base);
        String ref = flow.openCase("GATE-RACE", Workflow.NOT_YET_DUE, "900");
        flow.claimAs("debtor1", ref);
        JsonNode lifecycle = flow.awaitOnChain(ref, "OVERDUE");
        String contract = lifecycle.path("contract").asText();
        Credentials bank = ChainTransactions.lenderAccountOf(chain.web3j(), contract, "bank-a");
        chain.call("anvil_setBalance", bank.getAddress(), "0x56BC75E2D63100000");

        ExecutorService debtorSide = Executors.newSingleThreadExecutor();
        chain.call("evm_setIntervalMining", 0); // no blocks until evm_mine: both transactions meet in one block
        Future<Api.Reply> objection;
        try {
            // the debtor's dispute is asked of the chain and waits in the pool; the creditor's own settlement pays
            // for a better place in the same block, so the chain takes it first
            objection = debtorSide.submit(() -> Api.as(base, "debtor1").postJson("/api/v1/cases/" + ref + "/objections",
                    "{\"type\":\"AMOUNT_DISPUTED\",\"statement\":\"the amount is wrong\"}"));
            Thread.sleep(2_500);
            CaseLifecycle asBank = ChainTransactions.lifecycleAs(chain.web3j(), contract, bank, 2_000_000_000L);
            CompletableFuture<?> settling = asBank.transition(bytes32(lifecycle.path("chainCaseId").asText()), SETTLED,
                    bytes32("5f".repeat(32))).sendAsync();
            Thread.sleep(1_000);
            chain.call("evm_mine");
            settling.get(60, TimeUnit.SECONDS);
        } finally {
            chain.call("evm_setIntervalMining", 1);
        }

        Api.Reply filed = objection.get(60, TimeUnit.SECONDS);
        debtorSide.shutdown();
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(filed.json().path("caseState").asText()).as("the case stays as the chain has it").isEqualTo("SETTLED");
        JsonNode after = flow.awaitOnChain(ref, "SETTLED");
        JsonNode disputed = after.path("steps").get(after.path("steps").size() - 1);
        assertThat(disputed.path("toState").asText()).isEqualTo("DISPUTED");
        assertThat(disputed.path("status").asText()).isEqualTo("REFUSED");
        JsonNode detail = Api.as(base, "lender-a1").get("/api/v1/cases/" + ref).json();
        assertThat(detail.path("state").asText()).isEqualTo("SETTLED");
        assertThat(detail.path("chainStep").path("status").asText()).isEqualTo("REFUSED");
        assertThat(detail.path("chainStep").path("refusal").asText()).startsWith("refused by the chain: ");
    }

    /** The trust issue's race: settlements fired while the escalation policy runs every second over the same cases. */
    @Test
    void settledCasesStaySettledWhileTheEscalationPolicyRuns() throws Exception {
        Workflow flow = new Workflow(base);
        Api bank = Api.as(base, "lender-a1");
        ExecutorService payers = Executors.newFixedThreadPool(8);
        List<String> refs = new ArrayList<>();
        List<Future<Api.Reply>> payments = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                // 40 days overdue: the policy's graded step (ESCALATED) is due for every one of them right away
                String ref = flow.openCase("GATE-" + i, 40, "300");
                refs.add(ref);
                String repayment = """
                        {"amount":"300","paidAt":"%s","receiptSha256":"%064x"}""".formatted(Instant.now(), i + 1);
                payments.add(payers.submit(() -> bank.postJson("/api/v1/cases/" + ref + "/repayments", repayment)));
            }
            for (Future<Api.Reply> payment : payments) {
                Api.Reply paid = payment.get(120, TimeUnit.SECONDS);
                assertThat(paid.status()).as(paid.body()).isIn(201, 202);
            }
        } finally {
            payers.shutdownNow();
        }

        List<String> notSettled = new ArrayList<>();
        for (String ref : refs) {
            JsonNode lifecycle = flow.await("judge1", "/api/v1/cases/" + ref + "/lifecycle",
                    j -> j.path("steps").findValuesAsText("status").stream().noneMatch("PENDING"::equals)
                            && j.path("state").asText().equals(j.path("onChainState").asText()), "the chain's answers on " + ref);
            if (!"SETTLED".equals(lifecycle.path("state").asText()) || !"SETTLED".equals(lifecycle.path("onChainState").asText())) {
                notSettled.add(ref + ": " + lifecycle.path("state").asText() + " / on chain " + lifecycle.path("onChainState").asText());
            }
        }
        assertThat(notSettled).as("settled cases in a collection state, in the portal or on chain").isEmpty();
    }
}
