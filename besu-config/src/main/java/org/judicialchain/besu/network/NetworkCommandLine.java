package org.judicialchain.besu.network;

import static org.judicialchain.besu.network.NetworkGenerator.plan;
import static org.judicialchain.besu.network.NetworkGenerator.write;
import static org.judicialchain.besu.network.OutputFiles.createPrivateDirectory;
import static org.judicialchain.besu.network.OutputFiles.enclosingGitWorkTree;
import static org.judicialchain.besu.network.OutputFiles.writeSecret;
import static org.judicialchain.besu.network.OutputFiles.writeText;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.judicialchain.besu.network.NetworkGenerator.Network;

/**
 * The command line of {@link NetworkGenerator#main}: parses the options (see {@link #USAGE}) into {@link
 * NetworkSettings}, then plans and writes the network; or, with {@code --keygen}, makes one court's node key.
 */
final class NetworkCommandLine {

  private NetworkCommandLine() {}

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
}
