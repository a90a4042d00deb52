package org.judicialchain.besu.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Credentials;

class NetworkGeneratorTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> COURTS = List.of("beijing", "shanghai", "hangzhou", "guangzhou");
  private static final String ADMIN = "0x1a375b73d13d4bc22dca7ab2ad1f0ea90b452821";

  /** The public demo inputs of the committed example in besu-config/network/ (no private keys exist). */
  static final List<String> DEMO_PUBLIC_KEYS = List.of(
      "2512daf2f8308a4b6bb9c8d9b30ef9e83966c708d6d76462b69b70b288c5e541993535da26914b468845c9558399692804a7fec3bf72f0303c57b5eadf5a9ae1",
      "4d618276dc1117348eb548e21a9a88aa98ba069ac826e5e48a0a15169553eb32c3d9137de4ce4bd15cefb906a99634a2b2d58798e4792b4eba295d1cea98aa33",
      "5b6a4865b1399f372d5dcee0a5d9bd94504f5c1582fe976167913b1c624628933cface6527bc14a845542748f16fe5ac0fcb3faf688076dcd51a9c8c4f238bff",
      "a6e602d36c087182515ac42338848825ca78d723956e441c78770dcb6febd53daa833804ae4c1ff87750624d988cf8bab8bc6b960c057ba79cbf74c6257e4e88");
  static final long DEMO_TIMESTAMP = 1767225600L;

  private static NetworkSettings settings(List<String> publicKeys, Optional<String> admin) {
    return new NetworkSettings(4242, COURTS, "10.1.0.{i}", 30303, 8545, 9545, 0, admin, List.of(),
        publicKeys, 1767225600L);
  }

  @Test
  void writesAConsistentFourCourtNetwork(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("net");
    NetworkGenerator.write(NetworkGenerator.plan(settings(List.of(), Optional.of(ADMIN))), out);

    // key files -> the identities the rest must agree with
    List<String> addresses = new ArrayList<>();
    List<String> publicKeys = new ArrayList<>();
    for (String court : COURTS) {
      Path dir = out.resolve("nodes").resolve(court);
      String priv = Files.readString(dir.resolve("key")).trim();
      assertThat(priv).matches("0x[0-9a-f]{64}");
      Credentials c = Credentials.create(priv);
      String pub = String.format("%0128x", c.getEcKeyPair().getPublicKey());
      assertThat(Files.readString(dir.resolve("key.pub")).trim()).isEqualTo("0x" + pub);
      assertThat(Files.readString(dir.resolve("address")).trim()).isEqualTo(c.getAddress());
      addresses.add(c.getAddress());
      publicKeys.add(pub);

      Set<PosixFilePermission> keyMode = Files.getPosixFilePermissions(dir.resolve("key"));
      assertThat(keyMode).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
      assertThat(Files.getPosixFilePermissions(dir)).doesNotContain(
          PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE,
          PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE);
      // each node folder is self-contained
      assertThat(Files.readString(dir.resolve("genesis.json"))).isEqualTo(Files.readString(out.resolve("genesis.json")));
      assertThat(Files.readString(dir.resolve("config.toml")))
          .contains("node-private-key-file=\"key\"", "genesis-file=\"genesis.json\"",
              "permissions-nodes-config-file-enabled=true", "permissions-accounts-config-file-enabled=true",
              "min-gas-price=0", "rpc-http-api=[\"ETH\",\"NET\",\"WEB3\",\"QBFT\"]", "discovery-enabled=false");
    }
    assertThat(Files.exists(out.resolve("admin"))).isFalse();

    // genesis.json
    JsonNode genesis = JSON.readTree(out.resolve("genesis.json").toFile());
    JsonNode config = genesis.get("config");
    assertThat(config.get("chainId").asLong()).isEqualTo(4242);
    assertThat(config.get("londonBlock").asInt()).isZero();
    assertThat(config.get("berlinBlock").asInt()).isZero();
    assertThat(config.has("shanghaiTime")).isFalse();
    assertThat(config.has("cancunTime")).isFalse();
    assertThat(config.get("zeroBaseFee").asBoolean()).isTrue();
    assertThat(config.get("qbft").get("blockperiodseconds").asInt()).isEqualTo(2);
    assertThat(config.get("qbft").get("epochlength").asInt()).isEqualTo(30000);
    assertThat(config.get("qbft").get("requesttimeoutseconds").asInt()).isEqualTo(4);
    assertThat(genesis.get("gasLimit").asText()).isEqualTo("0x1fffffffffffff");
    assertThat(genesis.get("alloc").isEmpty()).isTrue();
    assertThat(genesis.get("mixHash").asText()).isEqualTo(NetworkGenerator.BFT_MIX_HASH);
    QbftExtraData extra = QbftExtraData.decode(genesis.get("extraData").asText());
    assertThat(extra.validators()).containsExactlyElementsOf(addresses.stream().sorted().toList());
    assertThat(extra.round()).isZero();
    assertThat(extra.vote()).isEmpty();
    assertThat(extra.seals()).isEmpty();

    // static-nodes.json
    JsonNode staticNodes = JSON.readTree(out.resolve("static-nodes.json").toFile());
    assertThat(staticNodes.isArray()).isTrue();
    List<String> enodes = new ArrayList<>();
    staticNodes.forEach(n -> enodes.add(n.asText()));
    assertThat(enodes).hasSize(4);
    for (int i = 0; i < 4; i++) {
      assertThat(enodes.get(i)).isEqualTo("enode://" + publicKeys.get(i) + "@10.1.0." + (i + 1) + ":30303");
    }

    // permissions_config.toml
    String toml = Files.readString(out.resolve("permissions_config.toml"));
    assertThat(tomlArray(toml, "nodes-allowlist")).containsExactlyElementsOf(enodes);
    assertThat(tomlArray(toml, "accounts-allowlist")).containsExactly(ADMIN);

    // network.json: public facts only
    String summary = Files.readString(out.resolve("network.json"));
    JsonNode s = JSON.readTree(summary);
    assertThat(s.get("nodes")).hasSize(4);
    for (String court : COURTS) {
      String priv = Files.readString(out.resolve("nodes").resolve(court).resolve("key")).trim();
      assertThat(summary).doesNotContain(priv.substring(2));
      assertThat(toml).doesNotContain(priv.substring(2));
      assertThat(Files.readString(out.resolve("genesis.json"))).doesNotContain(priv.substring(2));
    }
  }

  @Test
  void generatesAnAdminAccountWhenNoneIsGiven(@TempDir Path tmp) throws Exception {
    NetworkGenerator.Network net = NetworkGenerator.plan(settings(List.of(), Optional.empty()));
    NetworkGenerator.write(net, tmp);
    Path key = tmp.resolve("admin").resolve("key");
    assertThat(Files.getPosixFilePermissions(key))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    String admin = Credentials.create(Files.readString(key).trim()).getAddress();
    assertThat(net.adminAddress()).isEqualTo(admin);
    assertThat(tomlArray(Files.readString(tmp.resolve("permissions_config.toml")), "accounts-allowlist"))
        .containsExactly(admin);
  }

  @Test
  void fromCourtsPublicKeysWritesNoPrivateKeys(@TempDir Path tmp) throws Exception {
    NetworkGenerator.write(NetworkGenerator.plan(settings(DEMO_PUBLIC_KEYS, Optional.of(ADMIN))), tmp);
    try (var files = Files.walk(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("key");
    }
    assertThat(Files.readString(tmp.resolve("nodes/beijing/key.pub")).trim()).isEqualTo("0x" + DEMO_PUBLIC_KEYS.get(0));
  }

  @Test
  void committedExampleIsWhatTheGeneratorProduces() throws IOException {
    Path network = Path.of("network");
    assertThat(network.resolve("genesis.json")).as("run the tests from the besu-config module").exists();
    NetworkGenerator.Network demo = NetworkGenerator.plan(new NetworkSettings(
        NetworkSettings.DEFAULT_CHAIN_ID, NetworkSettings.DEFAULT_COURTS, NetworkSettings.DEFAULT_HOST_PATTERN,
        30303, 8545, 9545, 0, Optional.of(ADMIN), List.of(), DEMO_PUBLIC_KEYS, DEMO_TIMESTAMP));
    assertThat(Files.readString(network.resolve("genesis.json"))).isEqualTo(NetworkGenerator.genesisJson(demo));
    assertThat(Files.readString(network.resolve("static-nodes.json"))).isEqualTo(NetworkGenerator.staticNodesJson(demo));
    assertThat(Files.readString(network.resolve("permissions_config.toml")))
        .isEqualTo(NetworkGenerator.permissionsToml(demo));
    assertThat(Files.readString(network.resolve("config.toml"))).isEqualTo(NetworkGenerator.configToml(demo, 0));
    assertThat(Files.readString(network.resolve("network.json"))).isEqualTo(NetworkGenerator.summaryJson(demo));
    // nothing secret-looking is committed
    try (var files = Files.list(network)) {
      assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("key", "admin", "nodes");
    }
  }

  @Test
  void commandLineGeneratesANetwork(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("court-net");
    Result r = run("--out", out.toString(), "--chain-id", "777", "--courts", "a,b,c,d,e",
        "--host-pattern", "127.0.0.1", "--port-step", "1", "--p2p-port", "40303",
        "--admin-address", ADMIN.toUpperCase().replace("0X", "0x"), "--timestamp=0");
    assertThat(r.status).as(r.err).isZero();
    assertThat(r.out).contains("chain id 777", "a  validator 0x", "admin account " + ADMIN);
    JsonNode genesis = JSON.readTree(out.resolve("genesis.json").toFile());
    assertThat(genesis.get("config").get("chainId").asLong()).isEqualTo(777);
    assertThat(genesis.get("timestamp").asText()).isEqualTo("0x0");
    assertThat(QbftExtraData.decode(genesis.get("extraData").asText()).validators()).hasSize(5);
    assertThat(Files.readString(out.resolve("static-nodes.json"))).contains("@127.0.0.1:40303", "@127.0.0.1:40307");
    assertThat(Files.readString(out.resolve("nodes/e/config.toml")))
        .contains("p2p-port=40307", "rpc-http-port=8549", "metrics-port=9549");
    assertThat(r.out).doesNotContain(Files.readString(out.resolve("nodes/a/key")).trim().substring(2));

    Result again = run("--out", out.toString());
    assertThat(again.status).isEqualTo(2);
    assertThat(again.err).contains("already holds a network");
  }

  @Test
  void oneHostPerCourt(@TempDir Path tmp) throws Exception {
    Result r = run("--out", tmp.resolve("n").toString(), "--courts", "bj,sh,hz,gz",
        "--hosts", "192.0.2.10,198.51.100.7,203.0.113.5,besu.gz.example", "--admin-address", ADMIN);
    assertThat(r.status).as(r.err).isZero();
    List<String> enodes = new ArrayList<>();
    JSON.readTree(tmp.resolve("n/static-nodes.json").toFile()).forEach(n -> enodes.add(n.asText()));
    assertThat(enodes).satisfiesExactly(
        e -> assertThat(e).endsWith("@192.0.2.10:30303"),
        e -> assertThat(e).endsWith("@198.51.100.7:30303"),
        e -> assertThat(e).endsWith("@203.0.113.5:30303"),
        e -> assertThat(e).endsWith("@besu.gz.example:30303"));
    assertThat(Files.readString(tmp.resolve("n/nodes/gz/config.toml"))).contains("Xdns-enabled=true");
    assertThat(Files.readString(tmp.resolve("n/nodes/bj/config.toml")))
        .doesNotContain("Xdns-enabled").contains("p2p-host=\"192.0.2.10\"");
  }

  @Test
  void commandLineKeygenForOneCourt(@TempDir Path tmp) throws Exception {
    Result r = run("--keygen", "--courts", "beijing", "--out", tmp.resolve("k").toString());
    assertThat(r.status).as(r.err).isZero();
    String pub = Files.readString(tmp.resolve("k/key.pub")).trim().substring(2);
    assertThat(r.out).contains(pub);
    assertThat(Files.getPosixFilePermissions(tmp.resolve("k/key")))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    // and the coordinator can build the network from published public keys only
    NetworkGenerator.Network net = NetworkGenerator.plan(new NetworkSettings(1, List.of("beijing"), "h", 1, 2, 3, 0,
        Optional.of(ADMIN), List.of(), List.of(pub), 0));
    assertThat(net.validatorAddresses()).containsExactly(Files.readString(tmp.resolve("k/address")).trim());
  }

  @Test
  void commandLineErrors(@TempDir Path tmp) throws Exception {
    assertThat(run("--help").out).contains("--out DIR", "--host-pattern");
    assertThat(run().err).contains("--out DIR is required");
    assertThat(run("--out", tmp.toString(), "--bogus", "1").err).contains("unknown option --bogus");
    assertThat(run("--out", tmp.toString(), "--courts", "a,a").err).contains("duplicate court name");
    assertThat(run("--out", tmp.toString(), "--chain-id", "0").err).contains("chain id must be positive");
    assertThat(run("--out", tmp.toString(), "--admin-address", "0x12").err).contains("20-byte");
    assertThat(run("--out", tmp.toString(), "--public-keys", DEMO_PUBLIC_KEYS.get(0)).err)
        .contains("1 public keys for 4 courts");
    assertThat(run("--out", tmp.toString(), "--p2p-port").err).contains("needs a value");
    assertThat(run("--out", tmp.toString(), "--hosts", "a,b,c").err).contains("3 entries for 4 courts");
    assertThat(run("--out", tmp.toString(), "--hosts", "a,b,c,d", "--host-pattern", "x").err)
        .contains("not both");
    assertThat(run("--out", tmp.toString(), "--courts", "a,b", "--admin-address", ADMIN).err)
        .contains("tolerate no faulty");
  }

  @Test
  void refusesToWritePrivateKeysIntoAGitWorkTree(@TempDir Path tmp) throws Exception {
    Files.createDirectory(tmp.resolve(".git"));
    Path out = tmp.resolve("sub/net");
    assertThatThrownBy(() -> NetworkGenerator.write(NetworkGenerator.plan(settings(List.of(), Optional.of(ADMIN))), out))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Git working tree");
    assertThat(out).doesNotExist();
    // public keys only: nothing secret, allowed
    NetworkGenerator.write(NetworkGenerator.plan(settings(DEMO_PUBLIC_KEYS, Optional.of(ADMIN))), out);
    assertThat(out.resolve("genesis.json")).exists();
    assertThatThrownBy(() -> NetworkGenerator.write(
            NetworkGenerator.plan(settings(DEMO_PUBLIC_KEYS, Optional.of(ADMIN))), out))
        .isInstanceOf(FileAlreadyExistsException.class);
  }

  @Test
  void rejectsDuplicateNodeKeys() {
    List<String> dup = List.of(DEMO_PUBLIC_KEYS.get(0), DEMO_PUBLIC_KEYS.get(1), DEMO_PUBLIC_KEYS.get(0),
        DEMO_PUBLIC_KEYS.get(3));
    assertThatThrownBy(() -> NetworkGenerator.plan(settings(dup, Optional.of(ADMIN))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same node key");
  }

  private record Result(int status, String out, String err) {}

  private static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = NetworkGenerator.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The quoted strings of one TOML array (enough for the generated file). */
  static List<String> tomlArray(String toml, String key) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(key) + "\\s*=\\s*\\[([^\\]]*)\\]").matcher(toml);
    assertThat(m.find()).as("TOML key " + key).isTrue();
    List<String> values = new ArrayList<>();
    Matcher q = Pattern.compile("\"([^\"]*)\"").matcher(m.group(1));
    while (q.find()) {
      values.add(q.group(1));
    }
    return values;
  }
}
