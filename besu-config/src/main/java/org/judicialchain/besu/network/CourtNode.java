package org.judicialchain.besu.network;

import java.math.BigInteger;
import java.security.InvalidAlgorithmParameterException;
import java.security.NoSuchAlgorithmException;
import java.security.NoSuchProviderException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;
import org.web3j.utils.Numeric;

/**
 * One court's validator node: its name, its secp256k1 public key (the enode id, 64 bytes) and the
 * validator address derived from it; the private key only when it was generated here.
 */
public final class CourtNode {

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
  private static final BigInteger CURVE_ORDER = Sign.CURVE_PARAMS.getN();

  private final String name;
  private final BigInteger publicKey;
  private final BigInteger privateKey; // null when only the public key is known

  private CourtNode(String name, BigInteger publicKey, BigInteger privateKey) {
    this.name = checkName(name);
    this.publicKey = publicKey;
    this.privateKey = privateKey;
  }

  /** A fresh node key from a secure random source. */
  public static CourtNode generate(String name) {
    try {
      ECKeyPair pair = Keys.createEcKeyPair();
      return new CourtNode(name, pair.getPublicKey(), pair.getPrivateKey());
    } catch (InvalidAlgorithmParameterException | NoSuchAlgorithmException | NoSuchProviderException e) {
      throw new IllegalStateException("cannot generate a secp256k1 key: " + e.getMessage(), e);
    }
  }

  /** A node known by its private key (hex, 32 bytes, {@code 0x} optional), e.g. a Besu key file. */
  public static CourtNode fromPrivateKey(String name, String privateKeyHex) {
    String clean = Numeric.cleanHexPrefix(Objects.requireNonNull(privateKeyHex, "private key").trim());
    if (clean.length() != 64 || !clean.matches("[0-9a-fA-F]+")) {
      throw new IllegalArgumentException("a node private key is 32 bytes of hex (64 digits)");
    }
    BigInteger d = new BigInteger(clean, 16);
    if (d.signum() == 0 || d.compareTo(CURVE_ORDER) >= 0) {
      throw new IllegalArgumentException("private key out of the secp256k1 range");
    }
    return new CourtNode(name, Sign.publicKeyFromPrivate(d), d);
  }

  /**
   * A node known only by its public key: 64 bytes of hex (the enode id, as in Besu's key.pub),
   * {@code 0x} optional. The point must lie on secp256k1.
   */
  public static CourtNode fromPublicKey(String name, String publicKeyHex) {
    String clean = Numeric.cleanHexPrefix(Objects.requireNonNull(publicKeyHex, "public key").trim());
    if (clean.length() == 130 && clean.startsWith("04")) {
      clean = clean.substring(2); // uncompressed SEC1 form
    }
    if (clean.length() != 128 || !clean.matches("[0-9a-fA-F]+")) {
      throw new IllegalArgumentException(
          "a node public key is 64 bytes of hex (128 digits, the enode id): '" + publicKeyHex + "'");
    }
    byte[] encoded = new byte[65];
    encoded[0] = 0x04;
    System.arraycopy(Numeric.hexStringToByteArray(clean), 0, encoded, 1, 64);
    try {
      if (!Sign.CURVE_PARAMS.getCurve().decodePoint(encoded).isValid()) {
        throw new IllegalArgumentException("public key is not a point on secp256k1");
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("public key is not a point on secp256k1: " + publicKeyHex, e);
    }
    return new CourtNode(name, new BigInteger(clean, 16), null);
  }

  public String name() {
    return name;
  }

  /** Validator address: {@code 0x} + 40 lowercase hex digits. */
  public String address() {
    return "0x" + Keys.getAddress(publicKey);
  }

  /** Public key / enode id: 128 lowercase hex digits without prefix. */
  public String enodeId() {
    return Numeric.toHexStringNoPrefixZeroPadded(publicKey, 128);
  }

  /** The enode URL other nodes use to reach this one. */
  public String enodeUrl(String host, int port) {
    if (host == null || host.isBlank() || host.contains("@") || host.contains("/")) {
      throw new IllegalArgumentException("bad host for an enode URL: '" + host + "'");
    }
    String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    return "enode://" + enodeId() + "@" + h + ":" + checkPort(port);
  }

  public boolean hasPrivateKey() {
    return privateKey != null;
  }

  /** Private key as Besu writes its key file: {@code 0x} + 64 hex digits. Secret. */
  public Optional<String> privateKeyHex() {
    return Optional.ofNullable(privateKey).map(k -> Numeric.toHexStringWithPrefixZeroPadded(k, 64));
  }

  /** Public key as Besu writes key.pub: {@code 0x} + 128 hex digits. */
  public String publicKeyHex() {
    return "0x" + enodeId();
  }

  @Override
  public String toString() {
    return "CourtNode[" + name + ", " + address() + "]"; // never the private key
  }

  static int checkPort(int port) {
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    return port;
  }

  static String checkName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "court name must be 1-63 characters of a-z, 0-9 and '-', starting with a letter or digit: '"
              + name + "'");
    }
    return name.toLowerCase(Locale.ROOT);
  }
}
