package org.judicialchain.portal.it;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security review, item 10, on the real container: the portal's WAR as shipped, started by Payara Micro with only
 * {@code portal.profile=production} set, is not deployed, and its log names every setting at fault.
 */
class ProductionProfileIT {

    @Test
    void item10_theShippedWarRefusesToStartAsProductionAndNamesTheSettings() throws Exception {
        Path work = Files.createDirectories(Path.of(System.getProperty("it.work"), "production-profile"));
        Path properties = Files.writeString(work.resolve("production.properties"), "portal.profile=production\n"
                + "portal.data-dir=" + work.resolve("data") + "\n");
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Path log = work.resolve("payara.log");
        Process payara = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                System.getProperty("payara.microJar"), "--deploy", System.getProperty("it.war"), "--port", Integer.toString(port),
                "--nohazelcast", "--nocluster", "--rootdir", work.resolve("payara").toString(), "--systemProperties",
                properties.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            String output = "";
            Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
            while (!ready(output) && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
                output = Files.readString(log, StandardCharsets.ISO_8859_1);
            }
            assertThat(output).as("the log names the refusal").contains("portal.profile=production refuses to start");
            for (String setting : new String[] {"portal.db.password", "portal.oidc.client-secret", "portal.documents.keystore",
                    "portal.documents.tsa-url", "portal.crypto.master-key", "portal.chain.registry-address",
                    "portal.lifecycle.address", "portal.custody.pkcs11.library", "portal.public-url"}) {
                assertThat(output).as(setting).contains("  - " + setting);
            }
            assertThat(Files.exists(work.resolve("data").resolve("pki"))).as("no development PKI was made").isFalse();
            HttpResponse<String> me = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/v1/me")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(me.statusCode()).as("the portal is not deployed: " + me.body()).isEqualTo(404);
        } finally {
            payara.destroy();
            if (!payara.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                payara.destroyForcibly();
            }
        }
    }

    /** Payara Micro has finished booting, with or without the application ("... ready in N (ms)"). */
    private static boolean ready(String output) {
        return output.contains("ready in");
    }
}
