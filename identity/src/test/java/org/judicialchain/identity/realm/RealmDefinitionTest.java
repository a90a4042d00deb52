package org.judicialchain.identity.realm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.StreamSupport;
import org.judicialchain.identity.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The realm export the portal imports into Keycloak (src/main/resources/realm/court-realm.json).
 * A broken edit fails here rather than at the first sign-in.
 */
class RealmDefinitionTest {

    static final String REALM = "/realm/court-realm.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonParser.Feature.ALLOW_COMMENTS);
    private static JsonNode realm;

    @BeforeAll
    static void readRealm() throws IOException {
        try (InputStream in = Objects.requireNonNull(RealmDefinitionTest.class.getResourceAsStream(REALM), REALM)) {
            realm = JSON.readTree(in);
        }
    }

    @Test
    void realmIsTheCourtWithSafeDefaults() {
        assertThat(realm.path("realm").asText()).isEqualTo("court");
        assertThat(realm.path("enabled").asBoolean()).isTrue();
        assertThat(realm.path("registrationAllowed").asBoolean(true)).as("no self-registration").isFalse();
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.path("failureFactor").asInt()).isBetween(3, 10);
        assertThat(realm.path("accessTokenLifespan").asInt()).isEqualTo(300);
        assertThat(realm.path("sslRequired").asText()).isEqualTo("external");
        assertThat(realm.path("editUsernameAllowed").asBoolean(true)).isFalse();
    }

    @Test
    void realmRolesAreExactlyThePortalRoles() {
        assertThat(names(realm.path("roles").path("realm"), "name"))
                .containsExactlyInAnyOrder(Arrays.stream(Role.values()).map(Role::claim).toArray(String[]::new));
    }

    @Test
    void portalIsAConfidentialCodeFlowClientForLoopbackRedirects() {
        JsonNode portal = client("portal");

        assertThat(portal.path("publicClient").asBoolean(true)).isFalse();
        assertThat(portal.path("clientAuthenticatorType").asText()).isEqualTo("client-secret");
        assertThat(portal.path("secret").asText()).isEqualTo("portal-local-demo-secret");
        assertThat(portal.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(portal.path("implicitFlowEnabled").asBoolean(true)).isFalse();
        assertThat(portal.path("directAccessGrantsEnabled").asBoolean()).isTrue();
        // Keycloak matches a port-less loopback URI for any port (RFC 8252); "http://127.0.0.1:*/*" matches nothing.
        assertThat(texts(portal.path("redirectUris"))).containsExactlyInAnyOrder("http://127.0.0.1/*", "http://localhost/*")
                .noneMatch(uri -> uri.contains(":*"));
        assertThat(texts(portal.path("webOrigins"))).containsExactly("+");
        assertThat(portal.path("attributes").path("pkce.code.challenge.method").asText("missing"))
                .as("PKCE required (S256): an authorization code without the verifier is worthless").isEqualTo("S256");
    }

    @ParameterizedTest(name = "portal maps user attribute {0}")
    @CsvSource({"institution", "party_id", "court"})
    void portalMapsAffiliationAttributesToClaimsOfTheSameName(String attribute) {
        JsonNode mapper = mapper(client("portal"), attribute);

        assertThat(mapper.path("protocolMapper").asText()).isEqualTo("oidc-usermodel-attribute-mapper");
        assertThat(mapper.path("config").path("user.attribute").asText()).isEqualTo(attribute);
        assertThat(mapper.path("config").path("access.token.claim").asText()).isEqualTo("true");
        assertThat(mapper.path("config").path("id.token.claim").asText()).isEqualTo("true");
    }

    @ParameterizedTest(name = "{0} carries groups, audience and preferred_username")
    @CsvSource({"portal", "bank-a-system", "bank-b-system", "agency-x-system", "agency-y-system"})
    void everyClientPutsRolesInGroupsThePortalInAudAndTheUsername(String clientId) {
        JsonNode client = client(clientId);

        JsonNode groups = mapper(client, "groups");
        assertThat(groups.path("protocolMapper").asText()).isEqualTo("oidc-usermodel-realm-role-mapper");
        assertThat(groups.path("config").path("multivalued").asText()).isEqualTo("true");
        assertThat(groups.path("config").path("access.token.claim").asText()).isEqualTo("true");

        JsonNode audience = client.path("protocolMappers").findParents("protocolMapper").stream()
                .filter(m -> m.path("protocolMapper").asText().equals("oidc-audience-mapper"))
                .findFirst().orElseThrow(() -> new AssertionError(clientId + " has no audience mapper"));
        assertThat(audience.path("config").path("included.client.audience").asText()).isEqualTo("portal");
        assertThat(audience.path("config").path("access.token.claim").asText()).isEqualTo("true");

        JsonNode username = mapper(client, "preferred_username");
        assertThat(username.path("config").path("user.attribute").asText()).isEqualTo("username");
        assertThat(username.path("config").path("access.token.claim").asText()).isEqualTo("true");
    }

    @ParameterizedTest(name = "{0}: {1} of {2}")
    @CsvSource({
            "bank-a-system,   lender,    bank-a",
            "bank-b-system,   lender,    bank-b",
            "agency-x-system, collector, agency-x",
            "agency-y-system, collector, agency-y"})
    void institutionSystemsUseClientCredentialsAsTheirInstitution(String clientId, String role, String institution) {
        JsonNode client = client(clientId);

        assertThat(client.path("publicClient").asBoolean(true)).isFalse();
        assertThat(client.path("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(client.path("standardFlowEnabled").asBoolean(true)).isFalse();
        assertThat(client.path("directAccessGrantsEnabled").asBoolean(true)).isFalse();
        assertThat(client.path("implicitFlowEnabled").asBoolean(true)).isFalse();
        assertThat(client.path("secret").asText()).isEqualTo(institution + "-local-demo-secret");
        JsonNode claim = mapper(client, "institution");
        assertThat(claim.path("protocolMapper").asText()).isEqualTo("oidc-hardcoded-claim-mapper");
        assertThat(claim.path("config").path("claim.value").asText()).isEqualTo(institution);
        assertThat(claim.path("config").path("access.token.claim").asText()).isEqualTo("true");

        JsonNode account = user("service-account-" + clientId);
        assertThat(account.path("serviceAccountClientId").asText()).isEqualTo(clientId);
        assertThat(texts(account.path("realmRoles"))).containsExactly(role);
        assertThat(texts(account.path("attributes").path("institution"))).containsExactly(institution);
    }

    @ParameterizedTest(name = "{0}: {1}, {2}={3}")
    @CsvSource({
            "judge1,       judge,       court,       court-beijing-internet",
            "arbitrator1,  arbitrator,  court,       court-beijing-internet",
            "courtadmin1,  court-admin, court,       court-beijing-internet",
            "lender-a1,    lender,      institution, bank-a",
            "lender-b1,    lender,      institution, bank-b",
            "collector-x1, collector,   institution, agency-x",
            "collector-y1, collector,   institution, agency-y",
            "debtor1,      debtor,      party_id,    party-debtor-0001",
            "debtor2,      debtor,      party_id,    party-debtor-0002",
            "auditor1,     auditor,     ,"})
    void demoUsersCanSignInWithTheirRoleAndAffiliation(String username, String role, String attribute, String value) {
        JsonNode user = user(username);

        assertThat(user.path("enabled").asBoolean()).isTrue();
        // Without email, first and last name Keycloak refuses login: "Account is not fully set up".
        assertThat(user.path("emailVerified").asBoolean()).isTrue();
        assertThat(user.path("email").asText()).matches("[a-z0-9.-]+@[a-z0-9.-]+\\.[a-z]+");
        assertThat(user.path("firstName").asText()).isNotBlank();
        assertThat(user.path("lastName").asText()).isNotBlank();
        assertThat(texts(user.path("requiredActions"))).isEmpty();
        assertThat(texts(user.path("realmRoles"))).containsExactly(role);

        List<JsonNode> credentials = list(user.path("credentials"));
        assertThat(credentials).hasSize(1);
        assertThat(credentials.get(0).path("type").asText()).isEqualTo("password");
        assertThat(credentials.get(0).path("value").asText()).isEqualTo("demo-" + username);
        assertThat(credentials.get(0).path("temporary").asBoolean(true)).isFalse();

        List<String> attributes = new ArrayList<>();
        user.path("attributes").fieldNames().forEachRemaining(attributes::add);
        if (attribute == null) {
            assertThat(attributes).isEmpty();
        } else {
            assertThat(attributes).containsExactly(attribute);
            assertThat(texts(user.path("attributes").path(attribute))).containsExactly(value);
        }
    }

    @Test
    void everyUserIsADemoUserOrAServiceAccountAndHoldsOnlyDefinedRoles() {
        List<String> roles = names(realm.path("roles").path("realm"), "name");
        List<JsonNode> users = list(realm.path("users"));

        assertThat(users).hasSize(14);
        assertThat(users).allSatisfy(u -> assertThat(texts(u.path("realmRoles"))).isNotEmpty().allMatch(roles::contains));
        assertThat(names(realm.path("users"), "username")).doesNotHaveDuplicates();
        assertThat(names(realm.path("clients"), "clientId"))
                .containsExactlyInAnyOrder("portal", "bank-a-system", "bank-b-system", "agency-x-system", "agency-y-system");
    }

    @Test
    void onlyAdministratorsMaySetTheAffiliationAttributes() throws IOException {
        JsonNode provider = realm.path("components").path("org.keycloak.userprofile.UserProfileProvider").path(0);
        assertThat(provider.path("providerId").asText()).isEqualTo("declarative-user-profile");
        JsonNode profile = JSON.readTree(provider.path("config").path("kc.user.profile.config").path(0).asText());

        Map<String, JsonNode> byName = new java.util.HashMap<>();
        profile.path("attributes").forEach(a -> byName.put(a.path("name").asText(), a));
        assertThat(byName).containsKeys("username", "email", "firstName", "lastName", "institution", "court", "party_id");
        for (String affiliation : List.of("institution", "court", "party_id")) {
            assertThat(texts(byName.get(affiliation).path("permissions").path("edit")))
                    .as("a user who could edit %s could widen their own access", affiliation).containsExactly("admin");
        }
    }

    private static JsonNode client(String clientId) {
        return find(realm.path("clients"), "clientId", clientId);
    }

    private static JsonNode user(String username) {
        return find(realm.path("users"), "username", username);
    }

    private static JsonNode mapper(JsonNode client, String claim) {
        List<JsonNode> matching = list(client.path("protocolMappers")).stream()
                .filter(m -> m.path("config").path("claim.name").asText().equals(claim)).toList();
        assertThat(matching).as("%s: mappers for claim %s", client.path("clientId").asText(), claim).hasSize(1);
        return matching.get(0);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        return list(array).stream().filter(n -> n.path(field).asText().equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + field + " " + value + " in the realm"));
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static List<String> texts(JsonNode array) {
        return list(array).stream().map(JsonNode::asText).toList();
    }

    private static List<String> names(JsonNode array, String field) {
        return list(array).stream().map(n -> n.path(field).asText()).toList();
    }
}
