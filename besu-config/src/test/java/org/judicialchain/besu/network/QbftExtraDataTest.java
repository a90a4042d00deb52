package org.judicialchain.besu.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.web3j.utils.Numeric;

class QbftExtraDataTest {

  /*
   * Published vector: Hyperledger Besu, repository hyperledger/besu,
   * besu/src/test/java/org/hyperledger/besu/cli/subcommands/rlp/RLPSubCommandTest.java,
   * test canEncodeToQbftExtraData (seen at commit 21dd0ac267242b0047649a867da72cbfc98eb07d):
   * `besu rlp encode --type=QBFT_EXTRA_DATA` of these two validator addresses, in this order
   * (not sorted), must produce exactly this extraData.
   */
  static final List<String> BESU_VALIDATORS =
      List.of("be068f726a13c8d46c44be6ce9d275600e1735a4", "5ff6f4b66a46a2b2310a6f3a93aaddc0d9a1c193");
  static final String BESU_EXTRA_DATA =
      "0xf84fa00000000000000000000000000000000000000000000000000000000000000000ea94be068f726a13c8d"
          + "46c44be6ce9d275600e1735a4945ff6f4b66a46a2b2310a6f3a93aaddc0d9a1c193c080c0";

  /*
   * Second published value: the QBFT genesis example of the Besu documentation
   * (https://besu.hyperledger.org/private-networks/how-to/configure/consensus/qbft, "Block header
   * validator selection"; hyperledger/besu-docs docs/private-networks/how-to/configure/consensus/qbft.md).
   * The page gives only the extraData; the four validators are the 20-byte items inside it.
   */
  static final String DOCS_GENESIS_EXTRA_DATA =
      "0xf87aa00000000000000000000000000000000000000000000000000000000000000000f8549464a702e6263b7297"
          + "a96638cac6ae65e6541f4169943923390ad55e90c237593b3b0e401f3b08a0318594aefdb9a738c9f433e5b6b2"
          + "12a6d62f6370c2f69294c7eeb9a4e00ce683cf93039b212648e01c6c6b78c080c0";

  @Test
  void encodesThePublishedBesuVectorByteForByte() {
    assertThat(QbftExtraData.inGivenOrder(BESU_VALIDATORS).toHex()).isEqualTo(BESU_EXTRA_DATA);
    assertThat(QbftExtraData.inGivenOrder(BESU_VALIDATORS).encode())
        .isEqualTo(Numeric.hexStringToByteArray(BESU_EXTRA_DATA));
  }

  @Test
  void decodesThePublishedBesuVector() {
    QbftExtraData d = QbftExtraData.decode(BESU_EXTRA_DATA);
    assertThat(d.validators())
        .containsExactly("0xbe068f726a13c8d46c44be6ce9d275600e1735a4", "0x5ff6f4b66a46a2b2310a6f3a93aaddc0d9a1c193");
    assertThat(d.vanity()).isEqualTo(new byte[32]);
    assertThat(d.vote()).isEmpty();
    assertThat(d.round()).isZero();
    assertThat(d.seals()).isEmpty();
  }

  @Test
  void decodesAndReencodesTheDocumentationGenesis() {
    QbftExtraData d = QbftExtraData.decode(DOCS_GENESIS_EXTRA_DATA);
    assertThat(d.validators()).containsExactly(
        "0x64a702e6263b7297a96638cac6ae65e6541f4169",
        "0x3923390ad55e90c237593b3b0e401f3b08a03185",
        "0xaefdb9a738c9f433e5b6b212a6d62f6370c2f692",
        "0xc7eeb9a4e00ce683cf93039b212648e01c6c6b78");
    assertThat(QbftExtraData.inGivenOrder(d.validators()).toHex()).isEqualTo(DOCS_GENESIS_EXTRA_DATA);
  }

  @Test
  void genesisSortsValidatorsAscending() {
    QbftExtraData g = QbftExtraData.genesis(BESU_VALIDATORS);
    assertThat(g.validators())
        .containsExactly("0x5ff6f4b66a46a2b2310a6f3a93aaddc0d9a1c193", "0xbe068f726a13c8d46c44be6ce9d275600e1735a4");
    // same items as Besu's vector, only the two addresses swap places
    assertThat(g.toHex()).isEqualTo(
        "0xf84fa00000000000000000000000000000000000000000000000000000000000000000ea94"
            + "5ff6f4b66a46a2b2310a6f3a93aaddc0d9a1c193" + "94be068f726a13c8d46c44be6ce9d275600e1735a4" + "c080c0");
    // input case and 0x prefix do not matter
    assertThat(QbftExtraData.genesis(List.of("0xBE068F726A13C8D46C44BE6CE9D275600E1735A4",
            "5ff6f4b66a46a2b2310a6f3a93aaddc0d9a1c193")).toHex())
        .isEqualTo(g.toHex());
  }

  @Test
  void roundTripsEveryField() {
    byte[] vanity = new byte[32];
    vanity[0] = 7;
    vanity[31] = 9;
    byte[] seal = new byte[65];
    seal[64] = 1;
    for (QbftExtraData.Vote vote : List.of(
        new QbftExtraData.Vote("0x00000000000000000000000000000000000000ff", true),
        new QbftExtraData.Vote("0x00000000000000000000000000000000000000ff", false))) {
      QbftExtraData e = new QbftExtraData(vanity, BESU_VALIDATORS, Optional.of(vote), 300, List.of(seal, seal));
      QbftExtraData d = QbftExtraData.decode(e.toHex());
      assertThat(d.vanity()).isEqualTo(vanity);
      assertThat(d.validators()).containsExactly("0x" + BESU_VALIDATORS.get(0), "0x" + BESU_VALIDATORS.get(1));
      assertThat(d.vote()).contains(vote);
      assertThat(d.round()).isEqualTo(300);
      assertThat(d.seals()).hasSize(2).allSatisfy(s -> assertThat(s).isEqualTo(seal));
      assertThat(d.toHex()).isEqualTo(e.toHex());
    }
    for (int n = 1; n <= 40; n++) {
      List<String> many = new java.util.ArrayList<>();
      for (int i = 0; i < n; i++) {
        many.add(String.format("0x%040x", i * 7919L + 1));
      }
      QbftExtraData g = QbftExtraData.genesis(many);
      assertThat(QbftExtraData.decode(g.encode()).validators()).isEqualTo(g.validators()).hasSize(n);
    }
  }

  @Test
  void rejectsBadValidatorLists() {
    assertThatThrownBy(() -> QbftExtraData.genesis(List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one validator");
    assertThatThrownBy(() -> QbftExtraData.genesis(null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("null");
    assertThatThrownBy(() -> QbftExtraData.genesis(List.of("0x1234")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("20-byte");
    assertThatThrownBy(() -> QbftExtraData.genesis(List.of("0x" + "zz".repeat(20))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("20-byte");
    assertThatThrownBy(() -> QbftExtraData.genesis(List.of("0x" + "ab".repeat(21))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("20-byte");
    assertThatThrownBy(() -> QbftExtraData.genesis(
            List.of(BESU_VALIDATORS.get(0), "0x" + BESU_VALIDATORS.get(0).toUpperCase())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate");
  }

  @Test
  void rejectsMalformedExtraData() {
    assertThatThrownBy(() -> QbftExtraData.decode("0x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> QbftExtraData.decode("0xabc"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hex");
    // trailing byte
    assertThatThrownBy(() -> QbftExtraData.decode(BESU_EXTRA_DATA + "00"))
        .isInstanceOf(IllegalArgumentException.class);
    // IBFT 2.0 extraData (vote is a string, round is 4 bytes): Besu's IBFT vector, not QBFT
    assertThatThrownBy(() -> QbftExtraData.decode(
            "0xf853a00000000000000000000000000000000000000000000000000000000000000000ea94be068f726a13c8d"
                + "46c44be6ce9d275600e1735a4945ff6f4b66a46a2b2310a6f3a93aaddc0d9a1c193808400000000c0"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vote must be an RLP list");
    // a Clique-style extraData (not RLP list at all)
    assertThatThrownBy(() -> QbftExtraData.decode("0x" + "00".repeat(97)))
        .isInstanceOf(IllegalArgumentException.class);
    // four items only
    assertThatThrownBy(() -> QbftExtraData.decode("0xe4a0" + "00".repeat(32) + "c0c080"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5 items");
    // 31-byte vanity
    assertThatThrownBy(() -> QbftExtraData.decode("0xe49f" + "00".repeat(31) + "c0c080c0"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vanity");
  }
}
