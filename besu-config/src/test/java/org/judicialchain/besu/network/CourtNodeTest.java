package org.judicialchain.besu.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;

class CourtNodeTest {

  @Test
  void generatedKeyMatchesItsAddressAndPublicKey() {
    CourtNode n = CourtNode.generate("court-1");
    String priv = n.privateKeyHex().orElseThrow();
    assertThat(priv).matches("0x[0-9a-f]{64}");
    Credentials c = Credentials.create(priv);
    assertThat(n.address()).isEqualTo(c.getAddress());
    assertThat(n.enodeId()).hasSize(128).isEqualTo(String.format("%0128x", c.getEcKeyPair().getPublicKey()));
    CourtNode again = CourtNode.fromPublicKey("court-1", n.publicKeyHex());
    assertThat(again.address()).isEqualTo(n.address());
    assertThat(again.hasPrivateKey()).isFalse();
    assertThat(CourtNode.fromPrivateKey("court-1", priv).enodeId()).isEqualTo(n.enodeId());
    assertThat(n.toString()).doesNotContain(priv.substring(2));
  }

  @Test
  void enodeUrl() {
    CourtNode n = CourtNode.generate("court-2");
    assertThat(n.enodeUrl("10.0.0.2", 30303)).isEqualTo("enode://" + n.enodeId() + "@10.0.0.2:30303");
    assertThat(n.enodeUrl("::1", 30303)).isEqualTo("enode://" + n.enodeId() + "@[::1]:30303");
    assertThatThrownBy(() -> n.enodeUrl("10.0.0.2", 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> n.enodeUrl("a@b", 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsBadKeysAndNames() {
    assertThatThrownBy(() -> CourtNode.fromPublicKey("c", "0x1234"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("64 bytes");
    assertThatThrownBy(() -> CourtNode.fromPublicKey("c", "01".repeat(64)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("secp256k1");
    assertThatThrownBy(() -> CourtNode.fromPrivateKey("c", "00".repeat(32)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("range");
    assertThatThrownBy(() -> CourtNode.generate("Court One"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("court name");
    assertThatThrownBy(() -> CourtNode.generate("../etc"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("court name");
  }
}
