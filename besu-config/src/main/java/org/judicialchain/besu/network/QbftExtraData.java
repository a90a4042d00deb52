package org.judicialchain.besu.network;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.web3j.rlp.RlpDecoder;
import org.web3j.rlp.RlpEncoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;
import org.web3j.rlp.RlpType;
import org.web3j.utils.Numeric;

/**
 * The {@code extraData} header field of a Besu QBFT block, encoded and decoded with web3j's RLP.
 *
 * <p>Layout (as Besu's {@code QbftExtraDataCodec} writes it): one RLP list of five items
 *
 * <ol>
 *   <li>vanity: a 32-byte string (all zero in a genesis block);
 *   <li>validators: a list of 20-byte addresses;
 *   <li>vote: an empty list when there is no vote, otherwise {@code [address, 0xff]} for "add" or
 *       {@code [address, ""]} for "drop";
 *   <li>round: an RLP scalar (0 encodes as the empty string {@code 0x80});
 *   <li>committed seals: a list of 65-byte signatures (empty in a genesis block).
 * </ol>
 *
 * <p>Order of validators: {@link #encode()} writes them in the order given, exactly as {@code besu
 * rlp encode --type=QBFT_EXTRA_DATA} does. For the genesis block the order does not change the
 * validator set (Besu keeps validators as a sorted set; the QBFT genesis example in its own
 * documentation is not sorted), but every later block header must list them in ascending address
 * order or Besu rejects it, and Besu's documentation asks for ascending order in genesis too. So
 * {@link #genesis(Collection)} sorts (ascending unsigned bytes, i.e. lowercase hex order) and the
 * genesis looks like every block after it. Use it for genesis files.
 */
public final class QbftExtraData {

  public static final int VANITY_LENGTH = 32;
  public static final int ADDRESS_LENGTH = 20;
  public static final int SEAL_LENGTH = 65;
  private static final byte VOTE_ADD = (byte) 0xFF;

  /** A validator vote carried in a block header: add or drop {@code address}. */
  public record Vote(String address, boolean add) {
    public Vote {
      address = normalizeAddress(address);
    }
  }

  private final byte[] vanity;
  private final List<String> validators;
  private final Optional<Vote> vote;
  private final int round;
  private final List<byte[]> seals;

  /**
   * @param vanity 32 bytes
   * @param validators 20-byte addresses as hex ({@code 0x} optional), kept in the given order
   * @param vote optional vote
   * @param round round number, not negative
   * @param seals 65-byte committed seals
   */
  public QbftExtraData(
      byte[] vanity, List<String> validators, Optional<Vote> vote, int round, List<byte[]> seals) {
    Objects.requireNonNull(vanity, "vanity");
    if (vanity.length != VANITY_LENGTH) {
      throw new IllegalArgumentException(
          "vanity must be " + VANITY_LENGTH + " bytes, got " + vanity.length);
    }
    if (round < 0) {
      throw new IllegalArgumentException("round must not be negative: " + round);
    }
    this.vanity = vanity.clone();
    this.validators = List.copyOf(normalizeAddresses(validators, false));
    this.vote = Objects.requireNonNull(vote, "vote");
    this.round = round;
    List<byte[]> copied = new ArrayList<>();
    for (byte[] seal : Objects.requireNonNull(seals, "seals")) {
      if (seal == null || seal.length != SEAL_LENGTH) {
        throw new IllegalArgumentException(
            "a committed seal must be " + SEAL_LENGTH + " bytes, got "
                + (seal == null ? "null" : seal.length));
      }
      copied.add(seal.clone());
    }
    this.seals = List.copyOf(copied);
  }

  /**
   * Genesis extraData for the given validators: zero vanity, validators in ascending order, no vote,
   * round 0, no seals. At least one validator; no duplicates.
   */
  public static QbftExtraData genesis(Collection<String> validatorAddresses) {
    List<String> sorted = new ArrayList<>(normalizeAddresses(validatorAddresses, true));
    sorted.sort(null); // same-length lowercase hex: string order == unsigned byte order
    return new QbftExtraData(new byte[VANITY_LENGTH], sorted, Optional.empty(), 0, List.of());
  }

  /**
   * Genesis-style extraData keeping the caller's order (what {@code besu rlp encode
   * --type=QBFT_EXTRA_DATA} produces). Prefer {@link #genesis(Collection)} for real genesis files.
   */
  public static QbftExtraData inGivenOrder(List<String> validatorAddresses) {
    return new QbftExtraData(
        new byte[VANITY_LENGTH],
        normalizeAddresses(validatorAddresses, true),
        Optional.empty(),
        0,
        List.of());
  }

  /** The RLP encoding. */
  public byte[] encode() {
    List<RlpType> items = new ArrayList<>(5);
    items.add(RlpString.create(vanity));
    List<RlpType> addresses = new ArrayList<>();
    for (String v : validators) {
      addresses.add(RlpString.create(Numeric.hexStringToByteArray(v)));
    }
    items.add(new RlpList(addresses));
    if (vote.isPresent()) {
      items.add(
          new RlpList(
              RlpString.create(Numeric.hexStringToByteArray(vote.get().address())),
              vote.get().add() ? RlpString.create(new byte[] {VOTE_ADD}) : RlpString.create(new byte[0])));
    } else {
      items.add(new RlpList());
    }
    items.add(RlpString.create(BigInteger.valueOf(round)));
    List<RlpType> sealItems = new ArrayList<>();
    for (byte[] s : seals) {
      sealItems.add(RlpString.create(s));
    }
    items.add(new RlpList(sealItems));
    return RlpEncoder.encode(new RlpList(items));
  }

  /** The RLP encoding as {@code 0x}-prefixed lowercase hex, as it appears in genesis.json. */
  public String toHex() {
    return Numeric.toHexString(encode());
  }

  /**
   * Decodes a QBFT extraData value. The input must be exactly one canonical RLP list of the five
   * items above; anything else is rejected with an {@link IllegalArgumentException} that says why.
   */
  public static QbftExtraData decode(String hex) {
    Objects.requireNonNull(hex, "extraData");
    String clean = Numeric.cleanHexPrefix(hex.trim());
    if (clean.isEmpty() || clean.length() % 2 != 0 || !clean.matches("[0-9a-fA-F]+")) {
      throw new IllegalArgumentException("extraData is not an even-length hex string: " + hex);
    }
    return decode(Numeric.hexStringToByteArray(clean));
  }

  /** Decodes raw extraData bytes; see {@link #decode(String)}. */
  public static QbftExtraData decode(byte[] raw) {
    Objects.requireNonNull(raw, "extraData");
    if (raw.length == 0) {
      throw new IllegalArgumentException("extraData is empty; QBFT needs an RLP list");
    }
    RlpList outer;
    try {
      outer = RlpDecoder.decode(raw);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("extraData is not valid RLP: " + e.getMessage(), e);
    }
    if (outer.getValues().size() != 1 || !(outer.getValues().get(0) instanceof RlpList root)) {
      throw new IllegalArgumentException("extraData must be a single RLP list");
    }
    List<RlpType> items = root.getValues();
    if (items.size() != 5) {
      throw new IllegalArgumentException(
          "QBFT extraData has 5 items (vanity, validators, vote, round, seals), got " + items.size());
    }
    byte[] vanity = string(items.get(0), "vanity").getBytes();
    List<String> validators = new ArrayList<>();
    for (RlpType v : list(items.get(1), "validators").getValues()) {
      byte[] a = string(v, "validator").getBytes();
      if (a.length != ADDRESS_LENGTH) {
        throw new IllegalArgumentException("a validator must be 20 bytes, got " + a.length);
      }
      validators.add(Numeric.toHexString(a));
    }
    List<RlpType> voteItems = list(items.get(2), "vote").getValues();
    Optional<Vote> vote;
    if (voteItems.isEmpty()) {
      vote = Optional.empty();
    } else {
      if (voteItems.size() != 2) {
        throw new IllegalArgumentException("a vote has 2 items, got " + voteItems.size());
      }
      byte[] recipient = string(voteItems.get(0), "vote recipient").getBytes();
      if (recipient.length != ADDRESS_LENGTH) {
        throw new IllegalArgumentException("vote recipient must be 20 bytes");
      }
      byte[] type = string(voteItems.get(1), "vote type").getBytes();
      boolean add;
      if (type.length == 0) {
        add = false;
      } else if (type.length == 1 && type[0] == VOTE_ADD) {
        add = true;
      } else {
        throw new IllegalArgumentException("vote type must be 0xff (add) or empty (drop)");
      }
      vote = Optional.of(new Vote(Numeric.toHexString(recipient), add));
    }
    byte[] roundBytes = string(items.get(3), "round").getBytes();
    if (roundBytes.length > 4 || (roundBytes.length > 0 && roundBytes[0] == 0)) {
      throw new IllegalArgumentException("round is not a canonical 32-bit scalar");
    }
    BigInteger roundValue = roundBytes.length == 0 ? BigInteger.ZERO : new BigInteger(1, roundBytes);
    if (roundValue.bitLength() > 31) {
      throw new IllegalArgumentException("round out of range: " + roundValue);
    }
    List<byte[]> seals = new ArrayList<>();
    for (RlpType s : list(items.get(4), "seals").getValues()) {
      seals.add(string(s, "seal").getBytes());
    }
    QbftExtraData decoded = new QbftExtraData(vanity, validators, vote, roundValue.intValue(), seals);
    // web3j's decoder is lenient (trailing bytes, non-minimal lengths): insist on the canonical form.
    if (!Arrays.equals(decoded.encode(), raw)) {
      throw new IllegalArgumentException("extraData is not canonical RLP (or has trailing bytes)");
    }
    return decoded;
  }

  public byte[] vanity() {
    return vanity.clone();
  }

  /** Validators as {@code 0x}-prefixed lowercase hex, in encoded order. */
  public List<String> validators() {
    return validators;
  }

  public Optional<Vote> vote() {
    return vote;
  }

  public int round() {
    return round;
  }

  public List<byte[]> seals() {
    List<byte[]> out = new ArrayList<>();
    seals.forEach(s -> out.add(s.clone()));
    return out;
  }

  /**
   * Checks and normalizes one address: 20 bytes of hex, {@code 0x} optional, any case; returns
   * {@code 0x} + lowercase hex.
   */
  public static String normalizeAddress(String address) {
    if (address == null) {
      throw new IllegalArgumentException("address is null");
    }
    String clean = Numeric.cleanHexPrefix(address.trim());
    if (clean.length() != ADDRESS_LENGTH * 2 || !clean.matches("[0-9a-fA-F]+")) {
      throw new IllegalArgumentException(
          "not a 20-byte hex address (40 hex digits, 0x optional): '" + address + "'");
    }
    return "0x" + clean.toLowerCase(Locale.ROOT);
  }

  private static List<String> normalizeAddresses(Collection<String> addresses, boolean nonEmpty) {
    if (addresses == null) {
      throw new IllegalArgumentException("validator list is null");
    }
    if (nonEmpty && addresses.isEmpty()) {
      throw new IllegalArgumentException("at least one validator is required");
    }
    List<String> out = new ArrayList<>(addresses.size());
    Set<String> seen = new HashSet<>();
    for (String a : addresses) {
      String n = normalizeAddress(a);
      if (!seen.add(n)) {
        throw new IllegalArgumentException("duplicate validator address: " + n);
      }
      out.add(n);
    }
    return out;
  }

  private static RlpString string(RlpType t, String what) {
    if (t instanceof RlpString s) {
      return s;
    }
    throw new IllegalArgumentException(what + " must be an RLP string, found a list");
  }

  private static RlpList list(RlpType t, String what) {
    if (t instanceof RlpList l) {
      return l;
    }
    throw new IllegalArgumentException(what + " must be an RLP list, found a string");
  }
}
