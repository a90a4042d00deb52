package org.judicialchain.identity.realm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security review, item 15: the production realm export grants no password logins, requires PKCE and TLS, has a
 * strong password policy and asks court roles for a one-time code; the local realm keeps the password grant for the
 * demo only, with PKCE required too. Run with -Drealm.regenerate=true to rewrite the export.
 */
class ProductionRealmTest {

    private static final Path EXPORT = Path.of("src/main/resources/realm/court-realm.production.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void item15_theProductionExportIsTheLocalRealmHardened() throws IOException {
        JsonNode local;
        try (InputStream in = getClass().getResourceAsStream("/realm/court-realm.json")) {
            local = JSON.readTree(in);
        }
        String generated = ProductionRealmExport.generate(local);
        if (Boolean.getBoolean("realm.regenerate")) {
            Files.writeString(EXPORT, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(EXPORT, StandardCharsets.UTF_8))
                .as("court-realm.production.json is what ProductionRealmExport makes of court-realm.json;"
                        + " run identity/regenerate-production-realm.sh").isEqualTo(generated);

        JsonNode realm = JSON.readTree(generated);
        assertThat(realm.has("users")).as("no demo accounts").isFalse();
        assertThat(realm.path("sslRequired").asText()).isEqualTo("all");
        assertThat(realm.path("passwordPolicy").asText()).contains("length(12)").contains("specialChars(1)");
        assertThat(realm.path("clients")).singleElement().satisfies(portal -> {
            assertThat(portal.path("clientId").asText()).isEqualTo("portal");
            assertThat(portal.path("directAccessGrantsEnabled").asBoolean()).isFalse();
            assertThat(portal.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");
            assertThat(portal.path("secret").asText()).isEqualTo("${PORTAL_OIDC_CLIENT_SECRET}");
            assertThat(portal.path("redirectUris").get(0).asText()).isEqualTo("${PORTAL_PUBLIC_URL}/callback");
        });
        List<String> otpRoles = new ArrayList<>();
        realm.path("authenticatorConfig").forEach(c -> otpRoles.add(c.path("config").path("condUserRole").asText()));
        assertThat(otpRoles).containsExactly("judge", "arbitrator", "court-admin");
        assertThat(realm.path("browserFlow").asText()).isEqualTo(ProductionRealmExport.BROWSER_FLOW);
        assertThat(realm.path("authenticationFlows").findValuesAsText("authenticator")).contains("auth-otp-form");

        JsonNode portal = local.path("clients").get(0);
        assertThat(portal.path("clientId").asText()).isEqualTo("portal");
        assertThat(portal.path("directAccessGrantsEnabled").asBoolean()).as("the local demo keeps it, documented").isTrue();
        assertThat(portal.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");
        assertThat(local.path("passwordPolicy").asText()).contains("length(10)").contains("digits(1)");
    }
}
