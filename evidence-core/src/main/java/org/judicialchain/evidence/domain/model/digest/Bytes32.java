package org.judicialchain.evidence.domain.model.digest;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A 32-byte value: a SHA-256 or SM3 digest, a Merkle leaf or root, a batch id. Immutable;
 * checks its input so that a malformed digest never gets past the edge of the system.
 */
public final class Bytes32 implements Comparable<Bytes32> {

    public static final int LENGTH = 32;
    public static final Bytes32 ZERO = new Bytes32(new byte[LENGTH]);
    private static final HexFormat HEX = HexFormat.of();

    private final byte[] bytes;

    private Bytes32(byte[] bytes) {
        this.bytes = bytes;
    }

    public static Bytes32 of(byte[] bytes) {
        if (bytes == null || bytes.length != LENGTH) {
            throw new IllegalArgumentException("expected 32 bytes, got " + (bytes == null ? "null" : bytes.length));
        }
        return new Bytes32(bytes.clone());
    }

    /** Parses 64 hex digits, with or without a 0x prefix, in either case. */
    public static Bytes32 fromHex(String hex) {
        if (hex == null) {
            throw new IllegalArgumentException("digest is missing");
        }
        String digits = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
        if (digits.length() != 2 * LENGTH || !digits.chars().allMatch(Bytes32::isHexDigit)) {
            throw new IllegalArgumentException("not a 32-byte hex digest (64 hex digits expected): '" + abbreviate(hex) + "'");
        }
        return new Bytes32(HEX.parseHex(digits.toLowerCase(Locale.ROOT)));
    }

    public static boolean isValidHex(String hex) {
        try {
            fromHex(hex);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public byte[] toByteArray() {
        return bytes.clone();
    }

    /** Lower-case hex without prefix, as sha256sum prints it. */
    public String hex() {
        return HEX.formatHex(bytes);
    }

    /** Lower-case hex with 0x prefix, as Ethereum tooling prints it. */
    public String hex0x() {
        return "0x" + hex();
    }

    public boolean isZero() {
        return equals(ZERO);
    }

    @Override
    public int compareTo(Bytes32 other) {
        return Arrays.compareUnsigned(bytes, other.bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bytes32 other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex0x();
    }

    private static boolean isHexDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static String abbreviate(String s) {
        String printable = s.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= 80 ? printable : printable.substring(0, 77) + "...";
    }
}
