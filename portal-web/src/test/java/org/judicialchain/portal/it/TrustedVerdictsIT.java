package org.judicialchain.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.math.BigInteger;
import java.net.URL;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.judicialchain.besu.contracts.generated.EvidenceRegistry;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.evidence.AnchorLeaf;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.judicialchain.portal.it.ChainTransactions.sent;

/**
 * Verdicts that say who anchored, against the real chain: any allowlisted account can anchor any root or digest,
 * so a proof that leads to an anchored root is not enough. A forged single-leaf receipt naming bank-a, anchored
 * by another institution's account, a digest anchored directly by an account bound to no institution the portal
 * knows, and a record found by its SM3 alone are all refused VERIFIED; bank-a's own account vouches for bank-a.
 */
@ExtendWith(PortalStack.class)
@ExtendWith(ArquillianExtension.class)
class TrustedVerdictsIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL base;

    private static Web3j web3j;
    private static final SecureRandom RANDOM = new SecureRandom();

    @BeforeAll
    static void connect() {
        web3j = Web3j.build(new HttpService(PortalStack.rpcUrl()));
    }

    @AfterAll
    static void disconnect() {
        web3j.shutdown();
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60).toString();
    }

    private static EvidenceRegistry registryAs(String address, Credentials key) {
        return ChainTransactions.registryAs(web3j, address, key);
    }

    private static Credentials accountBoundTo(String registry, String institution) throws Exception {
        return ChainTransactions.accountBoundTo(web3j, registry, institution);
    }

    private static byte[] random32() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return b;
    }

    /** A leaf's itemId: a UUID in the low 16 bytes of the word. */
    private static String freshItemId() {
        UUID id = UUID.randomUUID();
        return "0x" + "00".repeat(16) + String.format("%016x%016x", id.getMostSignificantBits(), id.getLeastSignificantBits());
    }

    @Test
    void aForgedReceiptAnchoredByAnotherInstitutionsAccountIsNotVerified() throws Exception {
        Api bank = Api.as(base, "lender-a1");
        String digest = EvidenceAnchoringIT.sha256(("loan contract " + System.nanoTime()).getBytes());
        String id = bank.postJson("/api/v1/evidence", """
                {"sha256":"%s","caseRef":"IT-TRUST-1","kind":"LOAN_CONTRACT","capturedAt":"%s"}""".formatted(digest, now()))
                .json().path("id").asText();
        bank.awaitAnchored(id);
        ObjectNode receipt = (ObjectNode) bank.get("/api/v1/evidence/" + id + "/receipt").json();
        String registry = receipt.path("chain").path("contract").asText();
        assertThat(new Api(base).postJson("/api/v1/verify", receipt.toString()).json().path("verdict").asText())
                .as("the genuine receipt").isEqualTo("VERIFIED");

        // the same file, claimed by bank-a and back-dated a year, as a one-leaf batch of another institution's account
        List<String> values = new ArrayList<>();
        receipt.path("leaf").path("values").forEach(v -> values.add(v.asText()));
        values.set(0, freshItemId());
        values.set(5, String.valueOf(Instant.now().minus(365, ChronoUnit.DAYS).getEpochSecond()));
        Bytes32 forgedLeaf = AnchorLeaf.fromJsonValues(values).hash();
        Credentials forger = accountBoundTo(registry, "agency-forger-" + System.nanoTime());
        sent(() -> registryAs(registry, forger).anchorBatch(random32(), forgedLeaf.toByteArray(), BigInteger.ONE).send());

        ObjectNode forged = receipt.deepCopy();
        ArrayNode forgedValues = ((ObjectNode) forged.path("leaf")).putArray("values");
        values.forEach(forgedValues::add);
        forged.put("leafHash", forgedLeaf.hex0x());
        forged.put("root", forgedLeaf.hex0x());
        forged.putArray("proof");
        JsonNode answer = new Api(base).postJson("/api/v1/verify", forged.toString()).json();
        assertThat(answer.path("verdict").asText()).as(answer.toString()).isEqualTo("ANCHORED_BY_UNBOUND_ACCOUNT");
        assertThat(answer.path("checks").path("proofLeadsToRoot").asBoolean()).isTrue();
        assertThat(answer.path("checks").path("rootOnChain").asBoolean()).isTrue();
        assertThat(answer.path("anchor").path("chainAccount").asText()).isEqualToIgnoringCase(forger.getAddress());
        assertThat(answer.path("anchor").path("anchoredByPortal").asBoolean()).isFalse();
        assertThat(answer.path("problems").toString()).contains("not by the institution the leaf names");

        // the same forgery with an honest claim of the forger's own, unknown institution is not verified either
        List<String> own = new ArrayList<>(values);
        own.set(6, answer.path("anchor").path("institutionTag").asText());
        Bytes32 ownLeaf = AnchorLeaf.fromJsonValues(own).hash();
        sent(() -> registryAs(registry, forger).anchorBatch(random32(), ownLeaf.toByteArray(), BigInteger.ONE).send());
        ArrayNode ownValues = ((ObjectNode) forged.path("leaf")).putArray("values");
        own.forEach(ownValues::add);
        forged.put("leafHash", ownLeaf.hex0x());
        forged.put("root", ownLeaf.hex0x());
        JsonNode unknown = new Api(base).postJson("/api/v1/verify", forged.toString()).json();
        assertThat(unknown.path("verdict").asText()).as(unknown.toString()).isEqualTo("ANCHORED_BY_UNBOUND_ACCOUNT");
        assertThat(unknown.path("problems").toString()).contains("no institution this portal knows");

        // bank-a's own bound account anchoring a leaf that names bank-a is bank-a vouching for it
        List<String> banks = new ArrayList<>(values);
        banks.set(0, freshItemId());
        Bytes32 banksLeaf = AnchorLeaf.fromJsonValues(banks).hash();
        // the portal knows an institution by its own records: bank-a has a case here whichever suites ran before
        new Workflow(base).openCase("TRUST", Workflow.NOT_YET_DUE, "100");
        Credentials bankKey = accountBoundTo(registry, "bank-a");
        sent(() -> registryAs(registry, bankKey).anchorBatch(random32(), banksLeaf.toByteArray(), BigInteger.ONE).send());
        ArrayNode banksValues = ((ObjectNode) forged.path("leaf")).putArray("values");
        banks.forEach(banksValues::add);
        forged.put("leafHash", banksLeaf.hex0x());
        forged.put("root", banksLeaf.hex0x());
        JsonNode vouched = new Api(base).postJson("/api/v1/verify", forged.toString()).json();
        assertThat(vouched.path("verdict").asText()).as(vouched.toString()).isEqualTo("VERIFIED");
        assertThat(vouched.path("anchor").path("institution").asText()).isEqualTo("bank-a");
        assertThat(vouched.path("anchor").path("chainAccount").asText()).isEqualToIgnoringCase(bankKey.getAddress());
    }

    @Test
    void aReceiptWhoseBatchSizeDoesNotFitItsProofIsAMismatch() throws Exception {
        Api bank = Api.as(base, "lender-a1");
        String id = bank.postJson("/api/v1/evidence", """
                {"sha256":"%s","caseRef":"IT-TRUST-2","kind":"OTHER","capturedAt":"%s"}"""
                .formatted(EvidenceAnchoringIT.sha256(("x" + System.nanoTime()).getBytes()), now())).json().path("id").asText();
        bank.awaitAnchored(id);
        ObjectNode receipt = (ObjectNode) bank.get("/api/v1/evidence/" + id + "/receipt").json();
        String registry = receipt.path("chain").path("contract").asText();
        List<String> values = new ArrayList<>();
        receipt.path("leaf").path("values").forEach(v -> values.add(v.asText()));
        // bank-a's own account anchors its one leaf as a root claimed to hold 1000 items
        values.set(0, freshItemId());
        Bytes32 lone = AnchorLeaf.fromJsonValues(values).hash();
        // the portal knows an institution by its own records: bank-a has a case here whichever suites ran before
        new Workflow(base).openCase("TRUST", Workflow.NOT_YET_DUE, "100");
        Credentials bankKey = accountBoundTo(registry, "bank-a");
        sent(() -> registryAs(registry, bankKey).anchorBatch(random32(), lone.toByteArray(), BigInteger.valueOf(1000)).send());
        ArrayNode v = ((ObjectNode) receipt.path("leaf")).putArray("values");
        values.forEach(v::add);
        receipt.put("leafHash", lone.hex0x());
        receipt.put("root", lone.hex0x());
        receipt.putArray("proof");
        JsonNode answer = new Api(base).postJson("/api/v1/verify", receipt.toString()).json();
        assertThat(answer.path("verdict").asText()).as(answer.toString()).isEqualTo("MISMATCH");
        assertThat(answer.path("problems").toString()).contains("cannot belong to the anchored batch of 1000 items");
    }

    @Test
    void aDigestAnchoredDirectlyCountsOnlyFromAnAccountBoundToAKnownInstitution() throws Exception {
        String registry = Api.as(base, "courtadmin1").get("/api/v1/institutions").json().path("registry").asText();
        Credentials stranger = accountBoundTo(registry, "unknown-lab-" + System.nanoTime());
        byte[] strangers = random32();
        sent(() -> registryAs(registry, stranger).anchorDigest(strangers).send());
        JsonNode unbound = new Api(base).postJson("/api/v1/verify", "{\"sha256\":\"" + Bytes32.of(strangers).hex() + "\"}").json();
        assertThat(unbound.path("verdict").asText()).as(unbound.toString()).isEqualTo("ANCHORED_BY_UNBOUND_ACCOUNT");
        assertThat(unbound.path("directAnchor").path("chainAccount").asText()).isEqualToIgnoringCase(stranger.getAddress());
        assertThat(unbound.path("directAnchor").path("institution").isTextual()).as("no institution named").isFalse();
        assertThat(unbound.path("problems").toString()).contains("no institution this portal knows");

        // the portal knows an institution by its own records: bank-a has a case here whichever suites ran before
        new Workflow(base).openCase("TRUST", Workflow.NOT_YET_DUE, "100");
        Credentials bankKey = accountBoundTo(registry, "bank-a");
        byte[] banks = random32();
        sent(() -> registryAs(registry, bankKey).anchorDigest(banks).send());
        JsonNode bound = new Api(base).postJson("/api/v1/verify", "{\"sha256\":\"" + Bytes32.of(banks).hex() + "\"}").json();
        assertThat(bound.path("verdict").asText()).as(bound.toString()).isEqualTo("VERIFIED");
        assertThat(bound.path("directAnchor").path("institution").asText()).isEqualTo("bank-a");
    }

    @Test
    void anSm3MatchAloneIsNotVerifiedAndAWrongSm3IsAMismatch() throws Exception {
        Api collector = Api.as(base, "collector-x1");
        byte[] recording = new byte[50_000];
        new Random(7).nextBytes(recording);
        recording[0] = (byte) (System.nanoTime() & 0x7f);
        JsonNode accepted = collector.postMultipart("/api/v1/evidence",
                Map.of("caseRef", "IT-TRUST-SM3", "kind", "CALL_RECORDING", "capturedAt", now()), recording).json();
        String sha256 = accepted.path("sha256").asText();
        String sm3 = accepted.path("sm3").asText();
        collector.awaitAnchored(accepted.path("id").asText());

        String otherSha256 = Bytes32.of(random32()).hex();
        JsonNode sm3Only = new Api(base).postJson("/api/v1/verify",
                "{\"sha256\":\"" + otherSha256 + "\",\"sm3\":\"" + sm3 + "\"}").json();
        assertThat(sm3Only.path("verdict").asText()).as(sm3Only.toString()).isEqualTo("MISMATCH");
        assertThat(sm3Only.path("matches").size()).isZero();
        assertThat(sm3Only.path("problems").toString()).contains("only the SM3 digest matches");

        JsonNode wrongSm3 = new Api(base).postJson("/api/v1/verify",
                "{\"sha256\":\"" + sha256 + "\",\"sm3\":\"" + Bytes32.of(random32()).hex() + "\"}").json();
        assertThat(wrongSm3.path("verdict").asText()).as(wrongSm3.toString()).isEqualTo("MISMATCH");
        assertThat(wrongSm3.path("matches").get(0).path("problems").toString()).contains("is not this record's SM3");

        JsonNode both = new Api(base).postJson("/api/v1/verify", "{\"sha256\":\"" + sha256 + "\",\"sm3\":\"" + sm3 + "\"}").json();
        assertThat(both.path("verdict").asText()).as(both.toString()).isEqualTo("VERIFIED");
        assertThat(both.path("matches").get(0).path("anchor").path("anchoredByPortal").asBoolean()).isTrue();
        assertThat(both.path("matches").get(0).path("anchor").path("institution").asText()).isNotBlank();
    }
}
