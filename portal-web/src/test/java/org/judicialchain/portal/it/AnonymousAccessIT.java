package org.judicialchain.portal.it;

import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.judicialchain.portal.interfaces.rest.EndpointAccessTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The declared access table (EndpointAccessTable, complete by EndpointAccessTableTest) holds over
 * HTTP for callers without a token: every endpoint not declared public answers 401 in the API's
 * error format, and the public ones answer without asking for a token.
 */
@ExtendWith(PortalStack.class)
@ExtendWith(ArquillianExtension.class)
class AnonymousAccessIT {

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL base;

    private static String concrete(String path) {
        return path.replace("{caseRef}", "ANY-CASE-1").replace("{id}", UUID.randomUUID().toString())
                .replace("{agency}", "agency-x").replace("{code}", "AAAAA-BBBBB");
    }

    private RawHttp.Answer call(RawHttp http, EndpointAccessTable.Row row, String client) {
        String type = row.consumes() == null ? null : row.consumes().split(", ")[0];
        byte[] body = row.method().equals("GET") ? null : "{}".getBytes(StandardCharsets.UTF_8);
        return http.send(row.method(), concrete(row.path()), body == null ? null : type == null ? "application/json" : type, body,
                "X-Forwarded-For", client);
    }

    @Test
    void everyEndpointNotDeclaredPublicAsksForAToken() {
        RawHttp http = new RawHttp(base);
        List<String> wrong = new ArrayList<>();
        for (EndpointAccessTable.Row row : EndpointAccessTable.signedInRows()) {
            RawHttp.Answer a = call(http, row, "198.51.100.90");
            if (a.status() != 401 || a.json() == null || !a.json().path("message").asText().contains("Bearer")) {
                wrong.add(row.key() + " -> " + a.status() + " " + a.body());
            }
        }
        assertThat(wrong).as("endpoints that do not refuse anonymous callers with 401").isEmpty();
        assertThat(EndpointAccessTable.signedInRows()).hasSizeGreaterThan(15);
    }

    @Test
    void publicEndpointsAnswerWithoutAToken() {
        RawHttp http = new RawHttp(base);
        for (EndpointAccessTable.Row row : EndpointAccessTable.publicRows()) {
            RawHttp.Answer a = call(http, row, "198.51.100.91");
            assertThat(a.status()).as(row.key() + ": " + a.body()).isNotIn(401, 403).isLessThan(500);
        }
    }
}
