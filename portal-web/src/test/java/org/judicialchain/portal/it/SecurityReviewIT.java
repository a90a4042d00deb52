package org.judicialchain.portal.it;

import java.io.File;
import java.net.URL;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The findings of the security review, one test each, named after the item (issue "Security: close the access
 * holes found by review"), with real Keycloak tokens against the running portal.
 */
@ExtendWith(PortalStack.class)
@ExtendWith(ArquillianExtension.class)
class SecurityReviewIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL base;

    /**
     * Item 11: the public readiness answer says UP or DOWN and nothing about the parts behind it; the backlogs and the
     * chain's particulars are for the court administrator and the auditor.
     */
    @Test
    void item11_publicHealthSaysUpOrDownAndTheDetailsNeedACourtAdministrator() {
        Api.Reply health = new Api(base).get("/health/ready");
        assertThat(health.status()).as(health.body()).isIn(200, 503);
        assertThat(health.body()).contains("\"database\"").contains("\"chain\"")
                .doesNotContain("pendingLeaves").doesNotContain("lifecyclePendingSteps").doesNotContain("registry")
                .doesNotContain("chainId").doesNotContain("client").doesNotContain("reconciliation")
                .doesNotContain("jdbc").doesNotContain("http://");

        assertThat(new Api(base).get("/api/v1/operations/status").status()).isEqualTo(401);
        assertThat(Api.as(base, "lender-a1").get("/api/v1/operations/status").status()).isEqualTo(403);
        Api.Reply details = Api.as(base, "courtadmin1").get("/api/v1/operations/status");
        assertThat(details.status()).as(details.body()).isEqualTo(200);
        assertThat(details.json().path("checks").findValuesAsText("name")).contains("database", "chain", "reconciliation");
        assertThat(details.body()).contains("pendingLeaves").contains("lifecyclePendingSteps").contains("registry");
        assertThat(Api.as(base, "auditor1").get("/api/v1/operations/status").status()).isEqualTo(200);
    }

    /** Item 4: an ID token of the portal client has the right issuer, audience and signature, and still opens nothing. */
    @Test
    void item4_anIdTokenIsNotAnAccessToken() throws Exception {
        String id = Tokens.idToken("lender-a1");
        String payload = new String(Base64.getUrlDecoder().decode(id.split("\\.")[1]));
        assertThat(payload).as("Keycloak's ID token").contains("\"typ\":\"ID\"").contains("\"aud\":\"portal\"");

        Api.Reply refused = new Api(base, id).get("/api/v1/me");
        assertThat(refused.status()).as(refused.body()).isEqualTo(401);
        assertThat(refused.body()).contains("not an access token");
        assertThat(new Api(base, id).get("/api/v1/cases").status()).isEqualTo(401);
        assertThat(Api.as(base, "lender-a1").get("/api/v1/me").status()).as("the access token still works").isEqualTo(200);
    }

    /** Item 18: public verification names a debtor's item as the debtor's, never by the party id that would link them. */
    @Test
    void item18_publicVerifyShowsTheDebtorNotTheirPartyId() throws Exception {
        Workflow flow = new Workflow(base);
        String ref = flow.openCase("SEC18", Workflow.NOT_YET_DUE, "700");
        flow.claimAs("debtor1", ref);
        Api debtor = Api.as(base, "debtor1");
        String digest = EvidenceAnchoringIT.sha256(("bank transfer slip " + System.nanoTime()).getBytes());
        Api.Reply filed = debtor.postJson("/api/v1/evidence", """
                {"sha256":"%s","caseRef":"%s","kind":"OTHER","capturedAt":"%s"}""".formatted(digest, ref,
                java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).minusSeconds(60)));
        assertThat(filed.status()).as(filed.body()).isEqualTo(202);
        debtor.awaitAnchored(filed.json().path("id").asText());

        Api.Reply verified = new Api(base).postJson("/api/v1/verify", "{\"sha256\":\"" + digest + "\"}");
        assertThat(verified.json().path("verdict").asText()).isEqualTo("VERIFIED");
        assertThat(verified.json().path("matches").get(0).path("submitterInstitution").asText()).isEqualTo("the debtor");
        assertThat(verified.body()).doesNotContain("party-debtor").doesNotContain("party:");
    }

    /** Item 5: an internal note is its writer's (and the court's), not every reader's; system notes included. */
    @Test
    void item5_internalNotesReachOnlyTheirWriterAndTheCourt() throws Exception {
        Workflow flow = new Workflow(base);
        String ref = flow.openCase("SEC5", Workflow.NOT_YET_DUE, "900");
        flow.authoriseAgencyX(ref);
        flow.claimAs("debtor1", ref);
        Api lender = Api.as(base, "lender-a1");
        Api.Reply filed = lender.postJson("/api/v1/evidence", """
                {"sha256":"%s","caseRef":"%s","kind":"LOAN_CONTRACT","capturedAt":"%s","note":"internal: check the guarantor"}"""
                .formatted(EvidenceAnchoringIT.sha256(("contract " + System.nanoTime()).getBytes()), ref,
                        java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).minusSeconds(60)));
        assertThat(filed.status()).as(filed.body()).isEqualTo(202);
        String id = filed.json().path("id").asText();
        String repaymentEvidence = lender.postJson("/api/v1/cases/" + ref + "/repayments", """
                {"amount":"100","paidAt":"%s","receiptSha256":"%s"}""".formatted(
                java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).minusSeconds(60),
                EvidenceAnchoringIT.sha256(("receipt " + System.nanoTime()).getBytes()))).json().path("evidenceId").asText();

        assertThat(lender.get("/api/v1/evidence/" + id).json().path("note").asText()).isEqualTo("internal: check the guarantor");
        assertThat(Api.as(base, "judge1").get("/api/v1/evidence/" + id).json().path("note").asText())
                .isEqualTo("internal: check the guarantor");
        for (String reader : new String[] {"collector-x1", "debtor1"}) {
            Api.Reply seen = Api.as(base, reader).get("/api/v1/evidence/" + id);
            assertThat(seen.status()).as(reader + ": " + seen.body()).isEqualTo(200);
            assertThat(seen.body()).as(reader).doesNotContain("guarantor");
            Api.Reply receipt = Api.as(base, reader).get("/api/v1/evidence/" + repaymentEvidence);
            assertThat(receipt.status()).as(reader + ": " + receipt.body()).isEqualTo(200);
            assertThat(receipt.body()).as(reader + " sees no system note").doesNotContain("repayment 100");
        }
    }

    /** Item 17 (objections): one open objection per type and three per case, so objections cannot keep a case DISPUTED for ever. */
    @Test
    void item17_openObjectionsAreLimitedPerTypeAndPerCase() {
        Workflow flow = new Workflow(base);
        String ref = flow.openCase("SEC17", Workflow.NOT_YET_DUE, "600");
        flow.claimAs("debtor1", ref);
        Api debtor = Api.as(base, "debtor1");
        String url = "/api/v1/cases/" + ref + "/objections";
        assertThat(debtor.postJson(url, "{\"type\":\"AMOUNT_DISPUTED\",\"statement\":\"I owe 400\"}").status()).isEqualTo(201);
        Api.Reply again = debtor.postJson(url, "{\"type\":\"AMOUNT_DISPUTED\",\"statement\":\"still 400\"}");
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.body()).contains("AMOUNT_DISPUTED").contains("still open");
        assertThat(debtor.postJson(url, "{\"type\":\"NOT_MY_DEBT\",\"statement\":\"x\"}").status()).isEqualTo(201);
        assertThat(debtor.postJson(url, "{\"type\":\"OTHER\",\"statement\":\"x\"}").status()).isEqualTo(201);
        Api.Reply fourth = debtor.postJson(url, "{\"type\":\"PRIVACY_BREACH\",\"statement\":\"x\"}");
        assertThat(fourth.status()).as(fourth.body()).isEqualTo(409);
        assertThat(fourth.body()).contains("3 objections awaiting the court");
    }

    /** Item 17 (transfers): a debt is assigned only to an institution that is a creditor here, not to any string. */
    @Test
    void item17_aDebtIsTransferredOnlyToAKnownCreditor() {
        Workflow flow = new Workflow(base);
        String ref = flow.openCase("SEC17T", Workflow.NOT_YET_DUE, "600");
        for (String nobody : new String[] {"no-such-bank", "agency-x", "court-beijing-internet"}) {
            Api.Reply r = Api.as(base, "lender-a1").postJson("/api/v1/cases/" + ref + "/transfers", """
                    {"toCreditor":"%s","agreementSha256":"%s"}""".formatted(nobody, "5e".repeat(32)));
            assertThat(r.status()).as(nobody + ": " + r.body()).isEqualTo(400);
            assertThat(r.json().path("message").asText()).contains("'" + nobody + "' is no creditor institution");
        }
        assertThat(Api.as(base, "judge1").get("/api/v1/cases/" + ref + "/chain").json().path("entries")
                .findValuesAsText("type")).as("a refused transfer files no agreement").doesNotContain("EVIDENCE_SUBMITTED");
    }

    /** Item 14: uploads, book imports and keys are the portal user's alone (files 0600, folders 0700) from the start. */
    @Test
    void item14_filesThePortalKeepsAreCreatedPrivate() throws Exception {
        Api lender = Api.as(base, "lender-a1");
        byte[] recording = ("a call recording " + System.nanoTime()).getBytes();
        Api.Reply uploaded = lender.postMultipart("/api/v1/evidence", java.util.Map.of("caseRef", "SEC14-" + System.nanoTime(),
                "kind", "CALL_RECORDING", "capturedAt", java.time.Instant.now().minusSeconds(60).toString()), recording);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(202);
        String hex = uploaded.json().path("sha256").asText();
        java.nio.file.Path data = java.nio.file.Path.of(System.getProperty("it.work"), "portal");
        java.nio.file.Path stored = data.resolve("store").resolve("sha256").resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4))
                .resolve(hex);
        assertThat(mode(stored)).as("the stored upload").isEqualTo("rw-------");
        assertThat(mode(stored.getParent())).as("its folder").isEqualTo("rwx------");

        String due = Workflow.dueDate(Workflow.NOT_YET_DUE).toString();
        String csv = "caseRef,debtorName,debtorIdNumber,debtorPhone,principal,currency,dueDate,court,ruleProfile,debtorTimeZone,instalments\n"
                + Workflow.newRef("SEC14") + ",李四,110101198001011111,13900000001,500.00,CNY," + due
                + ",court-beijing-internet,CN_2026,Asia/Shanghai,\n";
        Api.Reply started = lender.post("/api/v1/cases/imports", "text/csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String importId = started.json().path("id").asText();
        java.nio.file.Path book = data.resolve("imports").resolve(importId + ".csv");
        assertThat(mode(book)).as("the book of loans, with names and ID numbers").isEqualTo("rw-------");
        assertThat(mode(book.getParent())).isEqualTo("rwx------");
        assertThat(mode(data.resolve("keys").resolve("master.key"))).isEqualTo("rw-------");
        assertThat(mode(data.resolve("chain").resolve("portal-account.key"))).isEqualTo("rw-------");
    }

    private static String mode(java.nio.file.Path path) throws java.io.IOException {
        return java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(path));
    }

    /**
     * Item 9: wrong access codes are limited per account, so no debtor can lock someone else's case; an unknown
     * reference and a known one answer alike, before and after the limit.
     */
    @Test
    void item9_wrongCodesFromOneAccountCannotLockAnotherDebtorsCase() {
        Workflow flow = new Workflow(base);
        String ref = flow.openCase("SEC9", Workflow.NOT_YET_DUE, "400");
        String code = Api.as(base, "lender-a1").postJson("/api/v1/cases/" + ref + "/access-code", "{}").json()
                .path("accessCode").asText();
        Api intruder = Api.as(base, "debtor2");
        String unknown = Workflow.newRef("SEC9-NONE");
        for (String target : new String[] {ref, unknown}) {
            for (int i = 0; i < 10; i++) {
                Api.Reply r = intruder.postJson("/api/v1/cases/" + target + "/claim", "{\"accessCode\":\"AAAA-BBBB-CCCC\"}");
                assertThat(r.status()).as("try %d on %s: %s", i + 1, target, r.body()).isEqualTo(i < 5 ? 404 : 429);
            }
        }
        assertThat(intruder.postJson("/api/v1/cases/" + ref + "/claim", "{\"accessCode\":\"" + code + "\"}").status())
                .as("past the limit even the right code is not tried").isEqualTo(429);

        Api.Reply owner = Api.as(base, "debtor1").postJson("/api/v1/cases/" + ref + "/claim", "{\"accessCode\":\"" + code + "\"}");
        assertThat(owner.status()).as("the debtor the notice was sent to still claims it: " + owner.body()).isIn(200, 204);

        // a claim made by mistake: the creditor undoes it (on the custody log) and the case is nobody's again
        Api lender = Api.as(base, "lender-a1");
        assertThat(Api.as(base, "lender-b1").postJson("/api/v1/cases/" + ref + "/claim/undo", "").status()).isEqualTo(404);
        assertThat(lender.postJson("/api/v1/cases/" + ref + "/claim/undo", "").status()).isEqualTo(204);
        assertThat(lender.postJson("/api/v1/cases/" + ref + "/claim/undo", "").status()).as("nothing left to undo").isEqualTo(409);
        assertThat(Api.as(base, "debtor1").get("/api/v1/cases/" + ref).status()).as("no longer theirs").isEqualTo(404);
        assertThat(Api.as(base, "debtor1").postJson("/api/v1/cases/" + ref + "/claim", "{\"accessCode\":\"" + code + "\"}")
                .status()).as("the old code no longer works").isEqualTo(404);
        assertThat(Api.as(base, "judge1").get("/api/v1/cases/" + ref + "/chain").body()).contains("CLAIM_UNDONE");
    }

    /**
     * Item 6: the reserved kinds are written only by their own use cases, and a PDF's own digest counts as anchored
     * only when the court-document register names the item: anyone may file a file's hash, nobody makes it a court's.
     */
    @Test
    void item6_reservedKindsAreNotFiledAsEvidenceAndAFiledPdfIsNoCourtDocument() throws Exception {
        Api lender = Api.as(base, "lender-a1");
        String ref = Workflow.newRef("SEC6");
        for (String kind : new String[] {"REPAYMENT_RECORD", "DEBT_TRANSFER", "COLLECTION_AUTHORIZATION", "COURT_DOCUMENT"}) {
            Api.Reply r = lender.postJson("/api/v1/evidence", ReviewRequests.digest(ref, kind));
            assertThat(r.status()).as(kind + ": " + r.body()).isEqualTo(400);
            assertThat(r.json().path("message").asText()).startsWith("kind " + kind + " is not filed as evidence: ");
        }

        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (com.itextpdf.kernel.pdf.PdfDocument pdf = new com.itextpdf.kernel.pdf.PdfDocument(
                new com.itextpdf.kernel.pdf.PdfWriter(bytes))) {
            pdf.addNewPage();
        }
        byte[] pdf = bytes.toByteArray();
        Api.Reply filed = lender.postJson("/api/v1/evidence", """
                {"sha256":"%s","caseRef":"%s","kind":"OTHER","capturedAt":"%s"}""".formatted(EvidenceAnchoringIT.sha256(pdf), ref,
                java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).minusSeconds(60)));
        assertThat(filed.status()).as(filed.body()).isEqualTo(202);
        lender.awaitAnchored(filed.json().path("id").asText());

        com.fasterxml.jackson.databind.JsonNode report = new Api(base).post("/api/v1/verify", "application/pdf", pdf).json();
        java.util.List<String> digestCheck = new java.util.ArrayList<>();
        report.path("checks").forEach(c -> {
            if (c.path("check").asText().equals("DOCUMENT_DIGEST_ANCHORED")) {
                digestCheck.add(c.path("outcome").asText());
            }
        });
        assertThat(digestCheck).as(report.toString()).containsExactly("FAILED");
        assertThat(report.path("verdict").asText()).isNotEqualTo("VERIFIED");
    }

    /**
     * Item 8: a document whose verification would cost thousands of chain reads, or a gigabyte of memory, is refused
     * unread with 422 and says why; one over the size limit gets 413 without being read to its end.
     */
    @Test
    void item8_documentsThatCostTooMuchToVerifyAreRefusedUnread() {
        Api anyone = new Api(base);
        Api.Reply roots = anyone.post("/api/v1/verify", "application/pdf", HostilePdfs.manifestWithRoots(20_000));
        assertThat(roots.status()).as(roots.body()).isEqualTo(422);
        assertThat(roots.json().path("message").asText())
                .isEqualTo("the manifest lists 20000 evidence items; a document is verified with at most 5000");

        Api.Reply bomb = anyone.post("/api/v1/verify", "application/pdf", HostilePdfs.inflateBomb(1L << 30));
        assertThat(bomb.status()).as(bomb.body()).isEqualTo(422);
        assertThat(bomb.json().path("message").asText()).startsWith("a stream of the PDF inflates beyond 32 MiB");

        byte[] large = new byte[50 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.7\n".getBytes(), 0, large, 0, 9);
        RawHttp.Answer tooLarge = new RawHttp(base).send("POST", "/api/v1/verify", "application/pdf", large);
        assertThat(tooLarge.status()).as(tooLarge.body()).isEqualTo(413);
    }

    /**
     * Item 13: the sign-in redirect names the portal's public address, whatever Host header the request carried: a
     * forged Host must not become where the realm sends the sign-in code.
     */
    @Test
    void item13_signInRedirectsNameThePublicUrlNotTheHostHeader() throws Exception {
        String answer;
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream().write(("GET /login HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        String location = answer.lines().filter(l -> l.toLowerCase(java.util.Locale.ROOT).startsWith("location:"))
                .findFirst().orElseThrow(() -> new AssertionError("no redirect: " + answer));
        String redirect = java.net.URLDecoder.decode(location.replaceFirst("(?i)^location:\\s*", "")
                .replaceFirst("^.*[?&]redirect_uri=([^&]*).*$", "$1"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(redirect).as("portal.public-url of the test portal").isEqualTo("http://localhost:" + base.getPort() + "/callback");
    }

    /**
     * Item 15: the production realm export, imported into the real Keycloak, grants no password logins and asks a
     * judge for a one-time code after the password while a lender signs straight in; the local realm refuses an
     * authorization request without PKCE.
     */
    @Test
    void item15_theProductionRealmRefusesPasswordGrantsAndAsksCourtRolesForACode() throws Exception {
        KeycloakAdmin keycloak = new KeycloakAdmin();
        String realm = "court-production-" + System.nanoTime();
        String export = java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("it.realm.production")))
                .replace("${PORTAL_OIDC_CLIENT_SECRET}", "production-check-secret")
                .replace("${PORTAL_PUBLIC_URL}", "http://127.0.0.1:" + base.getPort());
        com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode) Api.JSON.readTree(export);
        tree.put("realm", realm);
        tree.put("sslRequired", "none"); // the test Keycloak has no TLS; production's "all" is asserted by ProductionRealmTest
        java.net.http.HttpResponse<String> imported = keycloak.json("POST", "/realms", tree.toString());
        assertThat(imported.statusCode()).as("Keycloak accepts the export: " + imported.body()).isEqualTo(201);
        try {
            for (String[] user : new String[][] {{"judge-p", "judge"}, {"lender-p", "lender"}}) {
                assertThat(keycloak.json("POST", "/realms/" + realm + "/users", """
                        {"username":"%s","enabled":true,"firstName":"P","lastName":"Q","email":"%s@court.example",
                         "emailVerified":true,"credentials":[{"type":"password","value":"Str0ng!Passw0rd-2026","temporary":false}]}"""
                        .formatted(user[0], user[0])).statusCode()).isEqualTo(201);
                String id = Api.JSON.readTree(keycloak.json("GET", "/realms/" + realm + "/users?exact=true&username=" + user[0], null)
                        .body()).get(0).path("id").asText();
                String role = keycloak.json("GET", "/realms/" + realm + "/roles/" + user[1], null).body();
                assertThat(keycloak.json("POST", "/realms/" + realm + "/users/" + id + "/role-mappings/realm", "[" + role + "]")
                        .statusCode()).isEqualTo(204);
            }
            String token = keycloak.root() + "/realms/" + realm + "/protocol/openid-connect/token";
            java.net.http.HttpResponse<String> grant = keycloak.form(token, java.util.Map.of("grant_type", "password",
                    "client_id", "portal", "client_secret", "production-check-secret", "username", "lender-p",
                    "password", "Str0ng!Passw0rd-2026"));
            assertThat(grant.statusCode()).as(grant.body()).isIn(400, 401);
            assertThat(grant.body()).contains("unauthorized_client");

            String authorize = keycloak.root() + "/realms/" + realm + "/protocol/openid-connect/auth?client_id=portal"
                    + "&response_type=code&scope=openid&redirect_uri=" + java.net.URLEncoder.encode("http://127.0.0.1:"
                    + base.getPort() + "/callback", java.nio.charset.StandardCharsets.UTF_8)
                    + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256&state=s";
            java.net.http.HttpResponse<String> judge = keycloak.signIn(authorize, "judge-p", "Str0ng!Passw0rd-2026");
            String next = judge.headers().firstValue("Location").orElse("");
            assertThat(next).as("the judge is not signed in by a password alone").doesNotContain("code=");
            String page = judge.statusCode() == 302 ? keycloak.get(next).body() : judge.body();
            assertThat(page).as("the judge is asked to set up a one-time code (" + judge.statusCode() + " " + next + ")")
                    .containsIgnoringCase("totp");
            java.net.http.HttpResponse<String> lender = new KeycloakAdmin().signIn(authorize, "lender-p", "Str0ng!Passw0rd-2026");
            assertThat(lender.statusCode()).as("a lender signs in with the password: " + lender.body()).isEqualTo(302);
            assertThat(lender.headers().firstValue("Location").orElseThrow()).contains("code=");
        } finally {
            keycloak.json("DELETE", "/realms/" + realm, null);
        }

        java.net.http.HttpResponse<String> noPkce = keycloak.get(PortalStack.issuer() + "/protocol/openid-connect/auth"
                + "?client_id=portal&response_type=code&scope=openid&state=s&redirect_uri=" + java.net.URLEncoder.encode(
                "http://127.0.0.1:" + base.getPort() + "/callback", java.nio.charset.StandardCharsets.UTF_8));
        String refused = noPkce.headers().firstValue("Location").orElse(noPkce.body());
        assertThat(refused).as("the local realm requires PKCE too").contains("code_challenge_method");
    }

    /**
     * Item 12: reads of a case's evidence, collection records and personal data are on record in the access log,
     * each with who, in which roles, and what; the custody log gets evidence views by other parties only.
     */
    @Test
    void item12_readsOfCaseContentAreRecordedInTheAccessLog() throws Exception {
        Workflow flow = new Workflow(base);
        String ref = flow.openCase("SEC12", Workflow.NOT_YET_DUE, "500");
        flow.authoriseAgencyX(ref);
        assertThat(flow.callNow(ref).status()).isEqualTo(201);
        Api lender = Api.as(base, "lender-a1");
        String id = lender.postJson("/api/v1/evidence", ReviewRequests.digest(ref, "LOAN_CONTRACT")).json().path("id").asText();
        assertThat(lender.get("/api/v1/evidence/" + id).status()).isEqualTo(200);
        assertThat(Api.as(base, "judge1").get("/api/v1/evidence/" + id).status()).isEqualTo(200);
        assertThat(Api.as(base, "collector-x1").get("/api/v1/cases/" + ref + "/collection-records").status()).isEqualTo(200);
        assertThat(lender.get("/api/v1/cases/" + ref).status()).isEqualTo(200);

        java.util.List<String> rows = new java.util.ArrayList<>();
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(PortalStack.jdbcUrl(), "postgres", "postgres");
             java.sql.PreparedStatement q = db.prepareStatement("select actor, roles, action, coalesce(subject, '-')"
                     + " from access_log where case_ref = ? order by id")) {
            q.setString(1, "bank-a:" + ref);
            try (java.sql.ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4));
                }
            }
        }
        assertThat(rows).contains("lender-a1@bank-a lender VIEW_EVIDENCE " + id, "judge1@court-beijing-internet judge VIEW_EVIDENCE " + id,
                "collector-x1@agency-x collector VIEW_COLLECTION_RECORD -", "lender-a1@bank-a lender VIEW_PERSONAL_DATA -");
        java.util.List<String> viewers = new java.util.ArrayList<>();
        Api.as(base, "judge1").get("/api/v1/cases/" + ref + "/chain").json().path("entries").forEach(e -> {
            if (e.path("type").asText().equals("EVIDENCE_VIEWED")) {
                viewers.add(e.path("actor").asText());
            }
        });
        assertThat(viewers).as("the custody log has the judge's view, not the submitter's own")
                .containsExactly("judge1@court-beijing-internet");
    }
}
