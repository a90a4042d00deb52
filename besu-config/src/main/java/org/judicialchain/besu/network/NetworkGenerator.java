package org.judicialchain.besu.network;

import static org.judicialchain.besu.network.OutputFiles.createPrivateDirectory;
import static org.judicialchain.besu.network.OutputFiles.enclosingGitWorkTree;
import static org.judicialchain.besu.network.OutputFiles.writeSecret;
import static org.judicialchain.besu.network.OutputFiles.writeText;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
 *
 * <p>This class plans the network and writes the folder; the file texts are made by {@link NetworkFileContents},
 * the files written by {@link OutputFiles} and the command line parsed by {@link NetworkCommandLine}.
 */
public final class NetworkGenerator {

  public static final int BLOCK_PERIOD_SECONDS = 2;
  public static final int EPOCH_LENGTH = 30000;
  public static final int REQUEST_TIMEOUT_SECONDS = 4;
  public static final String GAS_LIMIT = "0x1fffffffffffff";
  /** The fixed mixHash that identifies BFT (Istanbul-family) blocks in Besu. */
  public static final String BFT_MIX_HASH =
      "0x63746963616c2062797a616e74696e65206661756c7420746f6c6572616e6365";

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
    return NetworkFileContents.genesisJson(network);
  }

  /** static-nodes.json text: the enode URL of every validator. */
  public static String staticNodesJson(Network network) {
    return NetworkFileContents.staticNodesJson(network);
  }

  /** permissions_config.toml text: nodes allowlist (all validators) and accounts allowlist. */
  public static String permissionsToml(Network network) {
    return NetworkFileContents.permissionsToml(network);
  }

  /** config.toml text for node {@code index}; paths are relative to the node's folder. */
  public static String configToml(Network network, int index) {
    return NetworkFileContents.configToml(network, index);
  }

  /** network.json: the public facts of the network (no secrets), for the portal and for records. */
  public static String summaryJson(Network network) {
    return NetworkFileContents.summaryJson(network);
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

  /** The command line, testable: returns the exit status (see {@link NetworkCommandLine}). */
  static int run(String[] args, PrintStream out, PrintStream err) {
    return NetworkCommandLine.run(args, out, err);
  }
}
