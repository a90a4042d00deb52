package org.judicialchain.besu.network;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Generates the files of a permissioned Besu QBFT network of courts: node keys, genesis.json (with
 * the validator set in extraData, computed by {@link QbftExtraData}), static-nodes.json,
 * permissions_config.toml and one config.toml per node.
 *
 * <p>Fixed choices: QBFT with 2 s blocks, epoch 30000, round timeout 4 s; all forks up to and
 * including London at block 0 and nothing later (the contracts are compiled for EVM london, so no
 * Shanghai/Cancun); free gas ({@code zeroBaseFee}, base fee 0, {@code min-gas-price=0}); a very
 * high block gas limit; no pre-funded accounts (a zero gas price needs none).
 *
 * <p>Output layout (private keys only in the folder the operator names, mode 600):
 *
 * <pre>
 * OUT/genesis.json  static-nodes.json  permissions_config.toml  network.json
 * OUT/nodes/&lt;court&gt;/key key.pub address config.toml genesis.json static-nodes.json permissions_config.toml
 * OUT/admin/key address        (only when no --admin-address was given)
 * </pre>
 *
 * Each {@code nodes/<court>} folder is self-contained: copy it to the court's host and run {@code
 * besu --config-file=config.toml} inside it.
 */
public final class NetworkGenerator {

  public static final int BLOCK_PERIOD_SECONDS = 2;
  public static final int EPOCH_LENGTH = 30000;
  public static final int REQUEST_TIMEOUT_SECONDS = 4;
  public static final String GAS_LIMIT = "0x1fffffffffffff";
  /** The fixed mixHash that identifies BFT (Istanbul-family) blocks in Besu. */
  public static final String BFT_MIX_HASH =
      "0x63746963616c2062797a616e74696e65206661756c7420746f6c6572616e6365";

  private static final List<String> FORKS_AT_ZERO = List.of(
      "homesteadBlock", "eip150Block", "eip155Block", "eip158Block", "byzantiumBlock",
      "constantinopleBlock", "petersburgBlock", "istanbulBlock", "muirGlacierBlock",
      "berlinBlock", "londonBlock");
  private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private static final ObjectMapper JSON = new ObjectMapper();

  private NetworkGenerator() {}

  /** A planned network: settings, one node per court, the admin account. */
  public record Network(
      NetworkSettings settings, List<CourtNode> nodes, String adminAddress, Optional<CourtNode> generatedAdmin) {

    public List<String> validatorAddresses() {
      return nodes.stream().map(CourtNode::address).toList();
    }

    public List<String> enodeUrls() {
      List<String> urls = new ArrayList<>();
      for (int i = 0; i < nodes.size(); i++) {
        urls.add(nodes.get(i).enodeUrl(settings.host(i), settings.p2pPort(i)));
      }
      return urls;
    }

    /** Accounts allowed to send transactions: the admin first, then the extra accounts. */
    public List<String> allowedAccounts() {
      Set<String> accounts = new LinkedHashSet<>();
      accounts.add(adminAddress);
      accounts.addAll(settings.extraAccounts());
      return List.copyOf(accounts);
    }
  }

  /** Creates the node identities: generated keys, or the courts' public keys when given. */
  public static Network plan(NetworkSettings settings) {
    List<CourtNode> nodes = new ArrayList<>();
    for (int i = 0; i < settings.courts().size(); i++) {
      String court = settings.courts().get(i);
      nodes.add(settings.publicKeys().isEmpty()
          ? CourtNode.generate(court)
          : CourtNode.fromPublicKey(court, settings.publicKeys().get(i)));
    }
    Set<String> addresses = new LinkedHashSet<>();
    for (CourtNode n : nodes) {
      if (!addresses.add(n.address())) {
        throw new IllegalArgumentException("two courts have the same node key: " + n.address());
      }
    }
    Optional<CourtNode> generatedAdmin = settings.adminAddress().isPresent()
        ? Optional.empty()
        : Optional.of(CourtNode.generate("admin"));
    String admin = settings.adminAddress().orElseGet(() -> generatedAdmin.orElseThrow().address());
    return new Network(settings, List.copyOf(nodes), admin, generatedAdmin);
  }

  /** genesis.json text. */
  public static String genesisJson(Network network) {
    Map<String, Object> qbft = new LinkedHashMap<>();
    qbft.put("blockperiodseconds", BLOCK_PERIOD_SECONDS);
    qbft.put("epochlength", EPOCH_LENGTH);
    qbft.put("requesttimeoutseconds", REQUEST_TIMEOUT_SECONDS);

    Map<String, Object> config = new LinkedHashMap<>();
    config.put("chainId", network.settings().chainId());
    FORKS_AT_ZERO.forEach(f -> config.put(f, 0));
    config.put("zeroBaseFee", true);
    config.put("qbft", qbft);

    Map<String, Object> genesis = new LinkedHashMap<>();
    genesis.put("config", config);
    genesis.put("nonce", "0x0");
    genesis.put("timestamp", "0x" + Long.toHexString(network.settings().timestamp()));
    genesis.put("gasLimit", GAS_LIMIT);
    genesis.put("baseFeePerGas", "0x0");
    genesis.put("difficulty", "0x1");
    genesis.put("mixHash", BFT_MIX_HASH);
    genesis.put("coinbase", "0x0000000000000000000000000000000000000000");
    genesis.put("alloc", Map.of());
    genesis.put("extraData", QbftExtraData.genesis(network.validatorAddresses()).toHex());
    return json(genesis);
  }

  /** static-nodes.json text: the enode URL of every validator. */
  public static String staticNodesJson(Network network) {
    return json(network.enodeUrls());
  }

  /** permissions_config.toml text: nodes allowlist (all validators) and accounts allowlist. */
  public static String permissionsToml(Network network) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Local permissioning for the court network (chain id ")
        .append(network.settings().chainId()).append(").\n")
        .append("# Identical on every node. Generated by org.judicialchain.besu.network.NetworkGenerator.\n\n")
        .append("# Accounts that may send transactions (the portal's deployer/anchoring account first).\n");
    tomlArray(sb, "accounts-allowlist", network.allowedAccounts());
    sb.append("\n# Nodes that may connect: every validator (enode id @ host : p2p port).\n");
    tomlArray(sb, "nodes-allowlist", network.enodeUrls());
    return sb.toString();
  }

  /** config.toml text for node {@code index}; paths are relative to the node's folder. */
  public static String configToml(Network network, int index) {
    NetworkSettings s = network.settings();
    CourtNode node = network.nodes().get(index);
    String host = s.host(index);
    boolean dns = !IPV4.matcher(host).matches() && !host.contains(":");
    StringBuilder sb = new StringBuilder();
    sb.append("# Besu configuration of validator \"").append(node.name()).append("\" (")
        .append(node.address()).append("), chain id ").append(s.chainId()).append(".\n")
        .append("# Run from this folder: besu --config-file=config.toml\n\n")
        .append("data-path=\"data\"\n")
        .append("genesis-file=\"genesis.json\"\n")
        .append("node-private-key-file=\"key\"\n\n")
        .append("# P2P: the validators find each other through static-nodes.json only.\n")
        .append("p2p-host=\"").append(host).append("\"\n")
        .append("p2p-interface=\"0.0.0.0\"\n")
        .append("p2p-port=").append(s.p2pPort(index)).append('\n')
        .append("discovery-enabled=false\n")
        .append("static-nodes-file=\"static-nodes.json\"\n");
    if (dns) {
      sb.append("# host names in enode URLs need Besu's DNS support\n").append("Xdns-enabled=true\n");
    }
    sb.append("\n# JSON-RPC for the portal and monitoring. Open the port only to the portal hosts.\n")
        .append("# ADMIN and PERM stay off here: whoever reaches this port could re-wire the network.\n")
        .append("rpc-http-enabled=true\n")
        .append("rpc-http-host=\"").append(dns ? "0.0.0.0" : host).append("\"\n")
        .append("rpc-http-port=").append(s.rpcPort(index)).append('\n')
        .append("rpc-http-api=[\"ETH\",\"NET\",\"WEB3\",\"QBFT\"]\n")
        .append("host-allowlist=[\"localhost\",\"127.0.0.1\",\"").append(host).append("\"]\n\n")
        .append("# Local permissioning: both allowlists live in one file, identical on every node.\n")
        .append("permissions-nodes-config-file-enabled=true\n")
        .append("permissions-nodes-config-file=\"permissions_config.toml\"\n")
        .append("permissions-accounts-config-file-enabled=true\n")
        .append("permissions-accounts-config-file=\"permissions_config.toml\"\n\n")
        .append("# Free gas: a zero-price transaction must never be dropped (genesis has zeroBaseFee).\n")
        .append("min-gas-price=0\n")
        .append("sync-mode=\"FULL\"\n\n")
        .append("metrics-enabled=true\n")
        .append("metrics-host=\"127.0.0.1\"\n")
        .append("metrics-port=").append(s.metricsPort(index)).append('\n');
    return sb.toString();
  }

  /** network.json: the public facts of the network (no secrets), for the portal and for records. */
  public static String summaryJson(Network network) {
    List<Map<String, Object>> nodes = new ArrayList<>();
    List<String> enodes = network.enodeUrls();
    for (int i = 0; i < network.nodes().size(); i++) {
      CourtNode n = network.nodes().get(i);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("court", n.name());
      m.put("validatorAddress", n.address());
      m.put("enode", enodes.get(i));
      m.put("rpcUrl", "http://" + network.settings().host(i) + ":" + network.settings().rpcPort(i));
      nodes.add(m);
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("chainId", network.settings().chainId());
    summary.put("consensus", "qbft");
    summary.put("adminAddress", network.adminAddress());
    summary.put("nodes", nodes);
    return json(summary);
  }

  /**
   * Writes all files into {@code out}, which must not already hold a network. Private keys are
   * created owner-only (600) inside owner-only folders. Refuses to put private keys inside a Git
   * working tree.
   */
  public static void write(Network network, Path out) throws IOException {
    Path dir = out.toAbsolutePath().normalize();
    boolean secrets = network.nodes().stream().anyMatch(CourtNode::hasPrivateKey)
        || network.generatedAdmin().isPresent();
    if (secrets) {
      Optional<Path> repo = enclosingGitWorkTree(dir);
      if (repo.isPresent()) {
        throw new IllegalArgumentException("refusing to write private keys inside the Git working tree "
            + repo.get() + ": choose an output folder outside any repository");
      }
    }
    if (Files.exists(dir.resolve("genesis.json"))) {
      throw new FileAlreadyExistsException(dir.resolve("genesis.json").toString(), null,
          "output folder already holds a network; choose an empty folder");
    }
    Files.createDirectories(dir);
    String genesis = genesisJson(network);
    String staticNodes = staticNodesJson(network);
    String permissions = permissionsToml(network);
    writeText(dir.resolve("genesis.json"), genesis);
    writeText(dir.resolve("static-nodes.json"), staticNodes);
    writeText(dir.resolve("permissions_config.toml"), permissions);
    writeText(dir.resolve("network.json"), summaryJson(network));
    for (int i = 0; i < network.nodes().size(); i++) {
      CourtNode node = network.nodes().get(i);
      Path nodeDir = dir.resolve("nodes").resolve(node.name());
      createPrivateDirectory(nodeDir);
      if (node.hasPrivateKey()) {
        writeSecret(nodeDir.resolve("key"), node.privateKeyHex().orElseThrow());
      }
      writeText(nodeDir.resolve("key.pub"), node.publicKeyHex());
      writeText(nodeDir.resolve("address"), node.address());
      writeText(nodeDir.resolve("config.toml"), configToml(network, i));
      writeText(nodeDir.resolve("genesis.json"), genesis);
      writeText(nodeDir.resolve("static-nodes.json"), staticNodes);
      writeText(nodeDir.resolve("permissions_config.toml"), permissions);
    }
    if (network.generatedAdmin().isPresent()) {
      CourtNode admin = network.generatedAdmin().get();
      Path adminDir = dir.resolve("admin");
      createPrivateDirectory(adminDir);
      writeSecret(adminDir.resolve("key"), admin.privateKeyHex().orElseThrow());
      writeText(adminDir.resolve("address"), admin.address());
    }
  }

  // ---------------------------------------------------------------- command line

  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** The command line, testable: returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      Map<String, String> opts = parse(args);
      if (opts.containsKey("help")) {
        out.print(USAGE);
        return 0;
      }
      if (!opts.containsKey("out")) {
        throw new IllegalArgumentException("--out DIR is required");
      }
      if (opts.containsKey("keygen")) {
        return keygen(opts, out);
      }
      NetworkSettings defaults = NetworkSettings.defaults();
      List<String> courts;
      if (opts.containsKey("courts")) {
        courts = splitList(opts.get("courts"));
      } else {
        int n = Integer.parseInt(opts.getOrDefault("nodes", "4"));
        if (n < 1 || n > 64) {
          throw new IllegalArgumentException("--nodes must be between 1 and 64");
        }
        courts = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          courts.add("court-" + i);
        }
      }
      NetworkSettings settings = new NetworkSettings(
          Long.parseLong(opts.getOrDefault("chain-id", Long.toString(NetworkSettings.DEFAULT_CHAIN_ID))),
          courts,
          hosts(opts, courts.size()),
          Integer.parseInt(opts.getOrDefault("p2p-port", "30303")),
          Integer.parseInt(opts.getOrDefault("rpc-port", "8545")),
          Integer.parseInt(opts.getOrDefault("metrics-port", "9545")),
          Integer.parseInt(opts.getOrDefault("port-step", "0")),
          Optional.ofNullable(opts.get("admin-address")),
          opts.containsKey("allow-accounts") ? splitList(opts.get("allow-accounts")) : List.of(),
          opts.containsKey("public-keys") ? splitList(opts.get("public-keys")) : List.of(),
          Long.parseLong(opts.getOrDefault("timestamp", Long.toString(defaults.timestamp()))));
      if (settings.courts().size() < 4) {
        err.println("warning: " + settings.courts().size() + " validators tolerate no faulty or offline"
            + " validator; QBFT needs 3f+1 validators to tolerate f");
      }
      Network network = plan(settings);
      Path dir = Path.of(opts.get("out"));
      write(network, dir);
      out.println("Network written to " + dir.toAbsolutePath().normalize()
          + " (chain id " + settings.chainId() + ")");
      List<String> enodes = network.enodeUrls();
      for (int i = 0; i < network.nodes().size(); i++) {
        CourtNode n = network.nodes().get(i);
        out.println("  " + n.name() + "  validator " + n.address() + "  " + enodes.get(i));
      }
      out.println("  admin account " + network.adminAddress()
          + (network.generatedAdmin().isPresent() ? " (key in admin/key)" : ""));
      out.println("Private keys (mode 600) are only in that folder: copy nodes/<court>/ to each court's host.");
      return 0;
    } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
      err.println("error: " + e.getMessage());
      err.println("run with --help for usage");
      return 2;
    }
  }

  /** {@code --keygen}: one court makes its own node key; only key.pub leaves its premises. */
  private static int keygen(Map<String, String> opts, PrintStream out) throws IOException {
    Set<String> allowed = Set.of("keygen", "out", "courts");
    for (String k : opts.keySet()) {
      if (!allowed.contains(k)) {
        throw new IllegalArgumentException("--" + k + " does not apply to --keygen");
      }
    }
    List<String> courts = splitList(opts.getOrDefault("courts", "court"));
    if (courts.size() != 1) {
      throw new IllegalArgumentException("--keygen makes one key: give one court name");
    }
    CourtNode node = CourtNode.generate(courts.get(0));
    Path dir = Path.of(opts.get("out")).toAbsolutePath().normalize();
    Optional<Path> repo = enclosingGitWorkTree(dir);
    if (repo.isPresent()) {
      throw new IllegalArgumentException("refusing to write a private key inside the Git working tree "
          + repo.get() + ": choose an output folder outside any repository");
    }
    if (Files.exists(dir.resolve("key"))) {
      throw new FileAlreadyExistsException(dir.resolve("key").toString(), null, "a key is already there");
    }
    createPrivateDirectory(dir);
    writeSecret(dir.resolve("key"), node.privateKeyHex().orElseThrow());
    writeText(dir.resolve("key.pub"), node.publicKeyHex());
    writeText(dir.resolve("address"), node.address());
    out.println("Node key of " + node.name() + " written to " + dir + " (key is mode 600; keep it there)");
    out.println("  validator address " + node.address());
    out.println("  public key (send this to the network coordinator) " + node.enodeId());
    return 0;
  }

  static final String USAGE = """
      Generate a permissioned Besu QBFT network of courts.

        --out DIR               output folder (required; must not hold a network yet, not in a Git tree)
        --courts a,b,c,d        court names, one validator node each (default court-1..court-4)
        --nodes N               instead of --courts: N nodes named court-1..court-N
        --chain-id N            chain id (default 20260)
        --host-pattern P        host in enode URLs; {i} = node number from 1, {court} = court name
                                (default 10.0.0.{i})
        --hosts h1,h2,h3,h4     instead of --host-pattern: one host per court, in court order
        --p2p-port N            P2P port of node 1 (default 30303)
        --rpc-port N            JSON-RPC HTTP port of node 1 (default 8545)
        --metrics-port N        metrics port of node 1 (default 9545)
        --port-step N           added to the ports per further node (default 0; 1 for one machine)
        --admin-address 0x..    deployer/admin account for the accounts allowlist
                                (default: generate one, key in DIR/admin/key)
        --allow-accounts 0x..,  further accounts for the accounts allowlist
        --public-keys K1,K2,..  the courts' own node public keys (128 hex digits each, court order);
                                no node private keys are generated then
        --timestamp N           genesis timestamp in seconds (default now)
        --help

      Or, at one court, make only that court's node key (DIR/key, key.pub, address):
        --keygen --courts NAME --out DIR
      """;

  private static Map<String, String> parse(String[] args) {
    Map<String, String> opts = new LinkedHashMap<>();
    Set<String> known = Set.of("out", "courts", "nodes", "chain-id", "host-pattern", "hosts", "p2p-port",
        "rpc-port", "metrics-port", "port-step", "admin-address", "allow-accounts", "public-keys",
        "timestamp", "help", "keygen");
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument: " + a);
      }
      String key = a.substring(2);
      String value = null;
      int eq = key.indexOf('=');
      if (eq >= 0) {
        value = key.substring(eq + 1);
        key = key.substring(0, eq);
      }
      if (!known.contains(key)) {
        throw new IllegalArgumentException("unknown option --" + key);
      }
      if (key.equals("help") || key.equals("keygen")) {
        opts.put(key, "");
        continue;
      }
      if (value == null) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("--" + key + " needs a value");
        }
        value = args[++i];
      }
      if (opts.put(key, value) != null) {
        throw new IllegalArgumentException("--" + key + " given twice");
      }
    }
    return opts;
  }

  private static String hosts(Map<String, String> opts, int courts) {
    if (opts.containsKey("hosts") && opts.containsKey("host-pattern")) {
      throw new IllegalArgumentException("give --hosts or --host-pattern, not both");
    }
    if (opts.containsKey("hosts")) {
      List<String> hosts = splitList(opts.get("hosts"));
      if (hosts.size() != courts) {
        throw new IllegalArgumentException(
            "--hosts has " + hosts.size() + " entries for " + courts + " courts: one host per court, in order");
      }
      return String.join(",", hosts);
    }
    return opts.getOrDefault("host-pattern", NetworkSettings.DEFAULT_HOST_PATTERN);
  }

  private static List<String> splitList(String value) {
    List<String> items = Arrays.stream(value.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
    if (items.isEmpty()) {
      throw new IllegalArgumentException("empty list: '" + value + "'");
    }
    return items;
  }

  // ---------------------------------------------------------------- files

  private static String json(Object value) {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
        .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    try {
      return JSON.writer(printer).writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void tomlArray(StringBuilder sb, String key, List<String> values) {
    sb.append(key).append("=[\n");
    for (int i = 0; i < values.size(); i++) {
      sb.append("  \"").append(values.get(i)).append('"').append(i + 1 < values.size() ? "," : "").append('\n');
    }
    sb.append("]\n");
  }

  private static void writeText(Path file, String text) throws IOException {
    Files.writeString(file, text.endsWith("\n") ? text : text + "\n", StandardCharsets.UTF_8);
  }

  /** Creates the file owner-only before any byte is written, so the key is never readable by others. */
  private static void writeSecret(Path file, String text) throws IOException {
    if (isPosix(file.getParent())) {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
    } else {
      Files.createFile(file);
      var f = file.toFile();
      boolean ok = f.setReadable(false, false) & f.setReadable(true, true)
          & f.setWritable(false, false) & f.setWritable(true, true);
      if (!ok) {
        throw new IOException("cannot restrict access to " + file);
      }
    }
    Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
  }

  private static void createPrivateDirectory(Path dir) throws IOException {
    Files.createDirectories(dir);
    if (isPosix(dir)) {
      Files.setPosixFilePermissions(dir, OWNER_ONLY_DIR);
    }
  }

  private static boolean isPosix(Path p) {
    return Files.getFileAttributeView(p, PosixFileAttributeView.class) != null;
  }

  private static Optional<Path> enclosingGitWorkTree(Path dir) {
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.exists(p.resolve(".git"))) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
