package org.judicialchain.evidence.domain.model.merkle;

import java.math.BigInteger;
import org.judicialchain.evidence.domain.model.digest.Bytes32;

/**
 * Solidity abi.encode for tuples of static types (bytes32 and uintN), which is all a leaf uses:
 * every value is one 32-byte word, uints big-endian and left-padded. Written here rather than
 * taken from web3j so that the domain stays free of the chain client; the vectors produced by
 * OpenZeppelin's own JavaScript implementation keep it honest (StandardMerkleTreeVectorsTest).
 */
public final class AbiWords {

    private AbiWords() {
    }

    public static byte[] encode(LeafValue... values) {
        byte[] out = new byte[values.length * 32];
        for (int i = 0; i < values.length; i++) {
            System.arraycopy(values[i].word(), 0, out, i * 32, 32);
        }
        return out;
    }

    /** One static ABI value, with its Solidity type name (as used in StandardMerkleTree's leaf encoding). */
    public sealed interface LeafValue {
        String type();

        byte[] word();

        /** The value as OpenZeppelin's JavaScript library prints it: 0x-hex for bytes32, decimal for uints. */
        String json();
    }

    public record Bytes32Value(Bytes32 value) implements LeafValue {
        public String type() {
            return "bytes32";
        }

        public byte[] word() {
            return value.toByteArray();
        }

        public String json() {
            return value.hex0x();
        }
    }

    public record UintValue(int bits, BigInteger value) implements LeafValue {
        public UintValue {
            if (bits < 8 || bits > 256 || bits % 8 != 0) {
                throw new IllegalArgumentException("uint width must be a multiple of 8 up to 256: " + bits);
            }
            if (value.signum() < 0 || value.bitLength() > bits) {
                throw new IllegalArgumentException(value + " does not fit uint" + bits);
            }
        }

        public static UintValue of(int bits, long value) {
            return new UintValue(bits, BigInteger.valueOf(value));
        }

        public String type() {
            return "uint" + bits;
        }

        public byte[] word() {
            byte[] raw = value.toByteArray();
            byte[] word = new byte[32];
            int len = Math.min(raw.length, 32);
            System.arraycopy(raw, raw.length - len, word, 32 - len, len);
            return word;
        }

        public String json() {
            return value.toString();
        }
    }
}
