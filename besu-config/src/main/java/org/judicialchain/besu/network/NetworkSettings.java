package org.judicialchain.besu.network;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the operator chooses for a new network. Consensus timing and the fork level are fixed on
 * purpose (see {@link NetworkGenerator}); everything that differs between deployments is here.
 *
 * @param chainId EIP-155 chain id, positive
 * @param courts court (node) names, one validator each, in order; at least one, unique
 * @param hostPattern host of node i in enode URLs: {@code {i}} is replaced by the 1-based index,
 *     {@code {court}} by the court name (e.g. {@code 10.0.0.{i}} or {@code besu.{court}.example});
 *     or a comma-separated list with exactly one host per court, in court order
 * @param p2pPort P2P (RLPx) port of node 1
 * @param rpcPort JSON-RPC HTTP port of node 1
 * @param metricsPort Prometheus metrics port of node 1
 * @param portStep added to each port for every further node: 0 when each node has its own host,
 *     1 to run all nodes on one machine
 * @param adminAddress the deployer/admin account put on the accounts allowlist; empty to generate
 *     one (its key then goes to {@code admin/key} in the output folder)
 * @param extraAccounts further accounts for the accounts allowlist (institutions that anchor
 *     directly)
 * @param publicKeys the courts' node public keys (enode ids), in court order, when each court made
 *     its own key; empty to generate every node key here
 * @param timestamp genesis timestamp, seconds since the epoch
 */
public record NetworkSettings(
    long chainId,
    List<String> courts,
    String hostPattern,
    int p2pPort,
    int rpcPort,
    int metricsPort,
    int portStep,
    Optional<String> adminAddress,
    List<String> extraAccounts,
    List<String> publicKeys,
    long timestamp) {

  public static final long DEFAULT_CHAIN_ID = 20260;
  public static final String DEFAULT_HOST_PATTERN = "10.0.0.{i}";
  public static final List<String> DEFAULT_COURTS = List.of("court-1", "court-2", "court-3", "court-4");

  public NetworkSettings {
    if (chainId <= 0) {
      throw new IllegalArgumentException("chain id must be positive: " + chainId);
    }
    Objects.requireNonNull(courts, "courts");
    if (courts.isEmpty()) {
      throw new IllegalArgumentException("at least one court is needed");
    }
    List<String> names = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String c : courts) {
      String n = CourtNode.checkName(c == null ? null : c.trim());
      if (!seen.add(n)) {
        throw new IllegalArgumentException("duplicate court name: " + n);
      }
      names.add(n);
    }
    courts = List.copyOf(names);
    if (hostPattern == null || hostPattern.isBlank()) {
      throw new IllegalArgumentException("host pattern is empty");
    }
    if (hostPattern.contains(",") && hostPattern.split(",", -1).length != courts.size()) {
      throw new IllegalArgumentException("the host list has " + hostPattern.split(",", -1).length
          + " entries for " + courts.size() + " courts: give one host per court, in order");
    }
    if (portStep < 0) {
      throw new IllegalArgumentException("port step must not be negative");
    }
    for (int base : new int[] {p2pPort, rpcPort, metricsPort}) {
      CourtNode.checkPort(base);
      CourtNode.checkPort(base + portStep * (courts.size() - 1));
    }
    adminAddress = Objects.requireNonNull(adminAddress, "adminAddress").map(QbftExtraData::normalizeAddress);
    extraAccounts = Objects.requireNonNull(extraAccounts, "extraAccounts").stream()
        .map(QbftExtraData::normalizeAddress).toList();
    publicKeys = List.copyOf(Objects.requireNonNull(publicKeys, "publicKeys"));
    if (!publicKeys.isEmpty() && publicKeys.size() != courts.size()) {
      throw new IllegalArgumentException(
          publicKeys.size() + " public keys for " + courts.size() + " courts: give one per court, in order");
    }
    if (timestamp < 0) {
      throw new IllegalArgumentException("timestamp must not be negative");
    }
  }

  /** Defaults: four courts, chain id 20260, hosts 10.0.0.1-4, ports 30303/8545/9545 on each host. */
  public static NetworkSettings defaults() {
    return new NetworkSettings(
        DEFAULT_CHAIN_ID, DEFAULT_COURTS, DEFAULT_HOST_PATTERN, 30303, 8545, 9545, 0,
        Optional.empty(), List.of(), List.of(), System.currentTimeMillis() / 1000);
  }

  public String host(int index) {
    if (hostPattern.contains(",")) {
      return hostPattern.split(",", -1)[index].trim();
    }
    return hostPattern.replace("{i}", Integer.toString(index + 1)).replace("{court}", courts.get(index));
  }

  public int p2pPort(int index) {
    return p2pPort + portStep * index;
  }

  public int rpcPort(int index) {
    return rpcPort + portStep * index;
  }

  public int metricsPort(int index) {
    return metricsPort + portStep * index;
  }
}
