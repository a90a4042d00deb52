package org.judicialchain.portal.interfaces.rest.shared.security;

import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTest {

    @Test
    void withoutTrustedProxiesThePeerIsTheClientWhateverTheHeaderSays() {
        ClientAddress clients = new ClientAddress(Set.of());
        assertThat(clients.of("203.0.113.9", "198.51.100.1")).isEqualTo("203.0.113.9");
        assertThat(clients.of("203.0.113.9", null)).isEqualTo("203.0.113.9");
    }

    @Test
    void behindATrustedProxyTheLastUntrustedHopIsTheClient() {
        ClientAddress clients = new ClientAddress(Set.of("10.0.0.1", "10.0.0.2"));
        assertThat(clients.of("10.0.0.1", "198.51.100.1")).isEqualTo("198.51.100.1");
        assertThat(clients.of("10.0.0.1", "1.2.3.4, 198.51.100.1, 10.0.0.2")).as("a forged first hop is ignored")
                .isEqualTo("198.51.100.1");
        assertThat(clients.of("10.0.0.1", " , ")).isEqualTo("10.0.0.1");
        assertThat(clients.of("10.0.0.1", "10.0.0.2")).isEqualTo("10.0.0.1");
        assertThat(clients.of("203.0.113.9", "198.51.100.1")).as("an untrusted peer cannot name a client")
                .isEqualTo("203.0.113.9");
        assertThat(clients.of("10.0.0.1", "x".repeat(500))).hasSize(64);
    }
}
