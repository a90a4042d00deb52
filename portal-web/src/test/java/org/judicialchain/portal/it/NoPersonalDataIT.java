package org.judicialchain.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing personal goes on chain or into the portal's log: after a scenario that opens and imports
 * cases of debtors with distinctive names, id numbers and phone numbers, claims one, authorises an
 * agency, logs collection actions and settles by repayments, every transaction input and every log
 * on the chain is searched for those values (UTF-8 and UTF-16 bytes as hex, the digits themselves, the
 * numbers in hex), and so is everything the portal printed while this class ran.
 */
@ExtendWith(PortalStack.class)
@ExtendWith(ArquillianExtension.class)
class NoPersonalDataIT {

    /** The Arquillian adapter relays Payara's output through System.out of this JVM: keep a copy of it. */
    private static final Path PORTAL_OUTPUT = Path.of(System.getProperty("it.work")).resolve("portal-output-NoPersonalDataIT.log");

    static {
        try {
            Files.createDirectories(PORTAL_OUTPUT.getParent());
            OutputStream copy = new FileOutputStream(PORTAL_OUTPUT.toFile());
            PrintStream console = System.out;
            System.setOut(new PrintStream(new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    console.write(b);
                    copy.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    console.write(b, off, len);
                    copy.write(b, off, len);
                    copy.flush();
                }
            }, true, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL base;

    private record Person(String name, String idNumber, String phone) {
    }

    private static final String SUFFIX = Long.toString(System.nanoTime() % 100_000);
    private static final List<Person> DEBTORS = List.of(
            new Person("欧阳明辉" + "甲乙丙丁戊".charAt((int) (System.nanoTime() % 5)), "3301061985030" + SUFFIX, "137" + String.format("%08d", Long.parseLong(SUFFIX) * 7)),
            new Person("Zephyrine Quackenbush-" + SUFFIX, "ZQ" + SUFFIX + "77123", "+44 20 7946 " + String.format("%04d", Long.parseLong(SUFFIX) % 10_000)),
            new Person("司马懿霏" + SUFFIX, "4401031990120" + SUFFIX, "186" + String.format("%08d", Long.parseLong(SUFFIX) * 3)),
            new Person("Olusegun Wojciechowski" + SUFFIX, "OW-" + SUFFIX + "-55", "+1 415 555 0" + String.format("%03d", Long.parseLong(SUFFIX) % 1000)));

    /**
     * The debtors other suites open (Workflow, CasesIT, CollectionSupervisionIT, HostileInputIT): the chain is
     * shared by the whole run, so whatever of their flows (objections, confirmations, transfers) ran before
     * this class is searched too.
     */
    private static final List<String> OTHER_SUITES_DEBTORS = List.of("赵六", "110101199001016666", "13900006666", "王五",
            "110101199001015555", "13900005555", "钱七", "110101199001017777", "13900007777", "李四", "110101198001011111",
            "John Doe", "X99887766", "+1 212 555 0100");

    private static String ref() {
        return "PII-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static String caseJson(String ref, Person p) {
        return """
                {"caseRef":"%s","debtorName":"%s","debtorIdNumber":"%s","debtorPhone":"%s","principal":"900","currency":"CNY",
                 "dueDate":"%s","court":"court-beijing-internet","ruleProfile":"CN_2026","debtorTimeZone":"Asia/Shanghai"}"""
                .formatted(ref, p.name(), p.idNumber(), p.phone(), Workflow.dueDate(Workflow.NOT_YET_DUE));
    }

    /** Runs the scenario; returns the evidence id of the last repayment, anchored after everything else. */
    private String scenario() throws Exception {
        Api lender = Api.as(base, "lender-a1");
        String first = ref();
        String second = ref();
        for (var c : Map.of(first, DEBTORS.get(0), second, DEBTORS.get(1)).entrySet()) {
            Api.Reply r = lender.postJson("/api/v1/cases", caseJson(c.getKey(), c.getValue()));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
        String csv = "caseRef,debtorName,debtorIdNumber,debtorPhone,principal,currency,dueDate,court,ruleProfile,debtorTimeZone,instalments\n"
                + DEBTORS.subList(2, 4).stream().map(p -> ref() + "," + p.name() + "," + p.idNumber() + "," + p.phone()
                + ",700,CNY," + Workflow.dueDate(Workflow.NOT_YET_DUE) + ",court-beijing-internet,CN_2026,Asia/Shanghai,").reduce((a, b) -> a + "\n" + b).orElseThrow() + "\n";
        Api.Reply imported = lender.post("/api/v1/cases/imports", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body()).isEqualTo(202);
        awaitImport(lender, imported.json().path("progress").asText());

        String code = lender.postJson("/api/v1/cases/" + first + "/access-code", "").json().path("accessCode").asText();
        assertThat(Api.as(base, "debtor1").postJson("/api/v1/cases/" + first + "/claim", "{\"accessCode\":\"" + code + "\"}").status())
                .isEqualTo(200);
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        assertThat(lender.postJson("/api/v1/cases/" + first + "/authorisations", """
                {"agency":"agency-x","validFrom":"%s","validTo":"%s","documentSha256":"%s"}"""
                .formatted(now.minusSeconds(86_400 * 3), now.plusSeconds(86_400 * 30), "a7".repeat(32))).status()).isEqualTo(201);
        Api agency = Api.as(base, "collector-x1");
        String masked = DEBTORS.get(0).phone().substring(0, 3) + "****" + DEBTORS.get(0).phone().substring(7);
        String day = now.minusSeconds(86_400).toString();
        for (String record : List.of(
                "{\"type\":\"CALL\",\"occurredAt\":\"%s\",\"durationSeconds\":60,\"dialled\":\"DEBTOR\",\"contactId\":\"%s\",\"answered\":true,\"reached\":\"DEBTOR\",\"recordingSha256\":\"%s\"}"
                        .formatted(day, masked, "a8".repeat(32)),
                "{\"type\":\"SMS\",\"occurredAt\":\"%s\",\"recipient\":\"DEBTOR\",\"contactId\":\"%s\",\"contentSha256\":\"%s\"}"
                        .formatted(day, masked, "a9".repeat(32)),
                "{\"type\":\"VISIT\",\"occurredAt\":\"%s\",\"staffCount\":2,\"audioSha256\":\"%s\",\"videoSha256\":\"%s\"}"
                        .formatted(day, "aa".repeat(32), "ab".repeat(32)))) {
            Api.Reply r = agency.postJson("/api/v1/cases/" + first + "/collection-records", record);
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
        lender.postJson("/api/v1/cases/" + first + "/repayments", """
                {"amount":"400","paidAt":"%s","receiptSha256":"%s"}""".formatted(now.minusSeconds(60), "ac".repeat(32)));
        JsonNode settled = lender.postJson("/api/v1/cases/" + first + "/repayments", """
                {"amount":"500","paidAt":"%s","receiptSha256":"%s"}""".formatted(now.minusSeconds(30), "ad".repeat(32))).json();
        // the answer waits for the chain a while (portal.lifecycle.await-ms); on a busy machine it may come first
        String state = settled.path("chain").path("status").asText().equals("AWAITING_CHAIN")
                ? new Workflow(base).awaitOnChain(first, "SETTLED").path("state").asText() : settled.path("state").asText();
        assertThat(state).as(settled.toString()).isEqualTo("SETTLED");
        return settled.path("evidenceId").asText();
    }

    private static void awaitImport(Api lender, String progressPath) throws InterruptedException {
        for (int i = 0; i < 240; i++) {
            JsonNode p = lender.get(progressPath).json();
            if (!p.path("status").asText().matches("QUEUED|RUNNING")) {
                assertThat(p.path("imported").asInt()).as(p.toString()).isEqualTo(2);
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the import did not finish");
    }

    /** Each personal value in the forms it could take in transaction data or logs. */
    private static Map<String, List<String>> needles() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> values = new ArrayList<>(OTHER_SUITES_DEBTORS);
        DEBTORS.forEach(p -> values.addAll(List.of(p.name(), p.idNumber(), p.phone())));
        for (String value : values) {
            List<String> forms = new ArrayList<>();
            forms.add(HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_8)));
            forms.add(HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_16BE)));
            String digits = value.replaceAll("[^0-9]", "");
            if (digits.length() >= 8) {
                forms.add(digits);
                forms.add(new BigInteger(digits).toString(16));
            }
            out.put(value, forms);
        }
        return out;
    }

    @Test
    void noDebtorsNameIdNumberOrPhoneIsOnChainOrInThePortalLog() throws Exception {
        String lastEvidence = scenario();
        Api lender = Api.as(base, "lender-a1");
        JsonNode anchored = lender.awaitAnchored(lastEvidence);
        String root = anchored.path("anchor").path("root").asText(anchored.path("root").asText());
        Thread.sleep(2000); // every leaf before the last repayment's is in its batch or an earlier one

        ChainScan.Result chain = ChainScan.everything(PortalStack.rpcUrl());
        String rootHex = root.replaceFirst("^0x", "").toLowerCase();
        assertThat(rootHex).as("the anchored root of the last repayment: " + anchored).hasSize(64);
        assertThat(chain.written()).as("the scan sees the anchor of the scenario (a control that it reads the chain)")
                .anyMatch(w -> w.hex().contains(rootHex));

        List<String> hits = new ArrayList<>();
        needles().forEach((value, forms) -> forms.forEach(form -> chain.written().stream()
                .filter(w -> w.hex().contains(form.toLowerCase()))
                .forEach(w -> hits.add("'" + value + "' as " + form + " in " + w.where()))));
        System.out.println("personal-data scan: " + chain.blocks() + " blocks, " + chain.transactions() + " transactions, "
                + chain.logs() + " logs, " + needles().values().stream().mapToInt(List::size).sum() + " forms of "
                + needles().size() + " values: " + hits.size() + " hits");
        assertThat(hits).as("personal data on chain").isEmpty();

        String portalOutput = Files.readString(PORTAL_OUTPUT, StandardCharsets.UTF_8);
        assertThat(portalOutput).as("the copy of the portal's output holds its log").contains("Payara Micro");
        List<String> inLog = DEBTORS.stream().flatMap(p -> java.util.stream.Stream.of(p.name(), p.idNumber(), p.phone()))
                .filter(portalOutput::contains).toList();
        assertThat(inLog).as("personal data in the portal's log (" + PORTAL_OUTPUT + ")").isEmpty();
    }
}
