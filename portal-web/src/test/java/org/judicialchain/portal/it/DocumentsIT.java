package org.judicialchain.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
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

/** A judge confirms a settled case with a signed PDF; anyone verifies it, and a tampered copy fails. */
@ExtendWith(PortalStack.class)
@ExtendWith(ArquillianExtension.class)
class DocumentsIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL base;

    private static final String CONFIRMATION = """
            {"type":"JUDICIAL_CONFIRMATION","language":"zh-CN","facts":"申请人就借款纠纷达成和解，债务已全部清偿。",
             "settlementSummary":"债务人已于2026年11月清偿全部借款本金。","decision":"确认上述和解协议有效。"}""";

    @Test
    void aConfirmationIsIssuedSignedAnchoredAndVerifiableByAnyone() throws Exception {
        String ref = "DOC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Api lender = Api.as(base, "lender-a1");
        Api judge = Api.as(base, "judge1");
        assertThat(lender.postJson("/api/v1/cases", """
                {"caseRef":"%s","debtorName":"张三丰","debtorIdNumber":"110101199001011234","debtorPhone":"13812345678",
                 "principal":"800","currency":"CNY","dueDate":"%s","court":"court-beijing-internet",
                 "ruleProfile":"CN_2026","debtorTimeZone":"Asia/Shanghai"}""".formatted(ref, Workflow.dueDate(Workflow.NOT_YET_DUE)))
                .status()).isEqualTo(201);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        JsonNode contract = lender.postJson("/api/v1/evidence", """
                {"sha256":"%s","caseRef":"%s","kind":"LOAN_CONTRACT","capturedAt":"%s"}"""
                .formatted(EvidenceAnchoringIT.sha256(ref.getBytes()), ref, now.minusSeconds(3600))).json();

        Api.Reply early = judge.postJson("/api/v1/cases/" + ref + "/documents", CONFIRMATION);
        assertThat(early.status()).as("nothing to confirm before the case is settled").isEqualTo(409);

        JsonNode repaid = lender.postJson("/api/v1/cases/" + ref + "/repayments", """
                {"amount":"800","paidAt":"%s","receiptSha256":"%s"}""".formatted(now, "c1".repeat(32))).json();
        assertThat(repaid.path("state").asText()).isEqualTo("SETTLED");
        lender.awaitAnchored(contract.path("id").asText());
        lender.awaitAnchored(repaid.path("evidenceId").asText());

        assertThat(lender.postJson("/api/v1/cases/" + ref + "/documents", CONFIRMATION).status()).isEqualTo(403);
        Api.Reply issued = judge.postJson("/api/v1/cases/" + ref + "/documents", CONFIRMATION);
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String documentId = issued.json().path("documentId").asText();
        String code = issued.json().path("verificationCode").asText();
        assertThat(lender.get("/api/v1/cases/" + ref).json().path("state").asText()).isEqualTo("CONFIRMED");

        byte[] pdf = download(Tokens.accessToken("lender-a1"), issued.json().path("download").asText());
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        // the court's name as configured (the shipped default), not mojibake: heading, signature box, signer
        SignedPdfTexts read = SignedPdfTexts.of(pdf);
        assertThat(read.firstPage()).contains("北京互联网法院");
        assertThat(read.signatureBox()).contains("北京互联网法院 Beijing Internet Court");
        assertThat(read.signerSubject()).contains("CN=北京互联网法院 Beijing Internet Court");
        assertThat(EvidenceAnchoringIT.sha256(pdf)).isEqualTo(issued.json().path("sha256").asText());
        // the copy served on the parties: the court's case number, the debtor in full with the ID number, the judge's
        // full name (given and family name from Keycloak) and title
        String caseNumber = issued.json().path("caseNumber").asText();
        assertThat(caseNumber).matches("\\(\\d{4}\\)京0491民特[1-9]\\d*号");
        assertThat(read.firstPage()).contains(caseNumber).contains("送达本").contains("张三丰").contains("110101199001011234")
                .containsPattern("审判员\\s*张伟").contains("民事裁定书");
        lender.awaitAnchored(issued.json().path("evidenceId").asText());

        // and the public copy made with it: same number, the debtor masked, no ID number; signed and anchored too
        JsonNode publicCopy = issued.json().path("publicCopy");
        byte[] published = download(Tokens.accessToken("lender-a1"), publicCopy.path("download").asText());
        assertThat(EvidenceAnchoringIT.sha256(published)).isEqualTo(publicCopy.path("sha256").asText());
        assertThat(SignedPdfTexts.of(published).firstPage()).contains(caseNumber).contains("公开本").contains("张")
                .doesNotContain("张三丰").doesNotContain("110101199001011234");
        lender.awaitAnchored(publicCopy.path("evidenceId").asText());
        // the served copy is personal data: sealed under the case's data key, never a plain file of the content store
        assertThat(storedFile(issued.json().path("sha256").asText())).as("served copy as a plain file").doesNotExist();
        assertThat(storedFile(publicCopy.path("sha256").asText())).as("public copy in the content store").exists();
        JsonNode publicReport = new Api(base).post("/api/v1/verify", "application/pdf", published).json();
        assertThat(publicReport.path("verdict").asText()).as(publicReport.toString()).isEqualTo("VERIFIED");
        assertThat(publicReport.path("checks").toString()).contains("the public copy with masked names").contains(caseNumber);

        Api anyone = new Api(base);
        JsonNode report = anyone.post("/api/v1/verify", "application/pdf", pdf).json();
        assertThat(report.path("verdict").asText()).as(report.toString()).isEqualTo("VERIFIED");
        Map<String, String> outcomes = new HashMap<>();
        report.path("checks").forEach(c -> outcomes.merge(c.path("check").asText(), c.path("outcome").asText(),
                (a, b) -> a.equals("FAILED") || b.equals("FAILED") ? "FAILED" : a));
        assertThat(outcomes).containsEntry("SIGNATURE_INTEGRITY", "PASSED").containsEntry("SIGNATURE_COVERS_DOCUMENT", "PASSED")
                .containsEntry("SIGNER_CERTIFICATE", "PASSED").containsEntry("TIMESTAMP", "PASSED")
                .containsEntry("PDFA_CLAIM", "PASSED").containsEntry("MANIFEST_PRESENT", "PASSED")
                .containsEntry("MANIFEST_PROOF", "PASSED").containsEntry("MANIFEST_ROOT_ANCHORED", "PASSED")
                .containsEntry("DOCUMENT_DIGEST_ANCHORED", "PASSED");
        assertThat(report.path("verificationCode").asText()).isEqualTo(code);
        assertThat(report.path("checks").toString()).contains("the copy served on the parties");
        assertThat(anyone.postMultipart("/api/v1/verify", Map.of(), pdf).json().path("verdict").asText()).isEqualTo("VERIFIED");

        JsonNode byCode = anyone.get("/api/v1/documents/by-code/" + code).json();
        assertThat(byCode.path("documentId").asText()).isEqualTo(documentId);
        assertThat(byCode.toString()).doesNotContain(ref).doesNotContain("张");

        byte[] tampered = Arrays.copyOf(pdf, pdf.length);
        tampered[pdf.length / 3] ^= 0x01;
        JsonNode tamperedReport = anyone.post("/api/v1/verify", "application/pdf", tampered).json();
        assertThat(tamperedReport.path("verdict").asText()).isEqualTo("FAILED");

        assertThat(anyone.post("/api/v1/verify", "application/pdf", "not a pdf".getBytes()).status()).isEqualTo(415);
        assertThat(anyone.post("/api/v1/verify", "application/pdf", Arrays.copyOf(pdf, pdf.length / 2)).status()).isEqualTo(400);
        assertThat(Api.as(base, "lender-b1").get("/api/v1/documents/" + documentId).status()).isEqualTo(404);
    }

    /** Where the portal's content store keeps a file of this SHA-256 (data-dir/store/sha256/ab/cd/...). */
    private static java.nio.file.Path storedFile(String sha256) {
        return java.nio.file.Path.of(System.getProperty("it.work"), "portal", "store", "sha256", sha256.substring(0, 2),
                sha256.substring(2, 4), sha256);
    }

    private byte[] download(String token, String path) throws Exception {
        String b = base.toString();
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create((b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        return r.body();
    }
}
