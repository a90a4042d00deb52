package org.judicialchain.portal.config;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Security review, item 10: the production profile refuses the shipped demo configuration, each setting by name. */
class ProductionProfileTest {

    @Test
    void item10_theShippedConfigurationRunsLocallyAndIsRefusedInProductionNamingEverySetting() throws Exception {
        Map<String, String> shipped = shipped();
        assertThat(new ProductionProfile(lookup(shipped)).refusals()).as("the local profile, as shipped").isEmpty();

        shipped.put("portal.profile", "production");
        List<String> refusals = new ProductionProfile(lookup(shipped)).refusals();
        assertThat(refusals).extracting(r -> r.substring(0, r.indexOf(' '))).containsExactly(
                "portal.db.password", "portal.oidc.client-secret", "portal.documents.keystore",
                "portal.documents.keystore-password", "portal.documents.tsa-url", "portal.crypto.master-key",
                "portal.chain.registry-address", "portal.lifecycle.address", "portal.chain.private-key",
                "portal.lifecycle.private-key", "portal.custody.pkcs11.library", "portal.public-url");
        assertThat(refusals.get(0)).isEqualTo("portal.db.password is the local demo database password");
        assertThat(refusals.get(2)).contains("root CA's private key");
    }

    @Test
    void aProductionConfigurationWithEverySettingInPlaceStarts() throws Exception {
        Map<String, String> c = shipped();
        c.putAll(Map.of("portal.profile", "production", "portal.db.password", "s3cret-from-vault",
                "portal.oidc.client-secret", "client-secret-from-vault", "portal.documents.keystore", "/etc/portal/court.p12",
                "portal.documents.keystore-password", "p12-secret", "portal.documents.tsa-url", "https://tsa.court.example/tsr",
                "portal.crypto.master-key", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
                "portal.chain.registry-address", "0x5FbDB2315678afecb367f032d93F642f64180aa3",
                "portal.lifecycle.address", "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512"));
        c.putAll(Map.of("portal.chain.private-key", "0x" + "11".repeat(32), "portal.lifecycle.private-key", "0x" + "22".repeat(32),
                "portal.custody.pkcs11.library", "/usr/lib/softhsm/libsofthsm2.so", "portal.public-url", "https://portal.court.example"));
        assertThat(new ProductionProfile(lookup(c)).refusals()).isEmpty();
        c.put("portal.public-url", "http://localhost:8080/");
        assertThat(new ProductionProfile(lookup(c)).refusals()).singleElement().asString().startsWith("portal.public-url is");
    }

    private static java.util.function.Function<String, Optional<String>> lookup(Map<String, String> values) {
        return name -> Optional.ofNullable(values.get(name));
    }

    private static Map<String, String> shipped() throws Exception {
        Properties p = new Properties();
        try (InputStream in = ProductionProfileTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> out = new HashMap<>();
        p.stringPropertyNames().forEach(n -> out.put(n, p.getProperty(n)));
        return out;
    }
}
