package org.judicialchain.evidence.domain.model.merkle;

import org.bouncycastle.crypto.digests.KeccakDigest;
import org.judicialchain.evidence.domain.model.digest.Bytes32;

/** Ethereum's Keccak-256 (the pre-standard SHA-3 padding), from BouncyCastle. */
public final class Keccak {

    private Keccak() {
    }

    public static Bytes32 hash(byte[]... parts) {
        KeccakDigest digest = new KeccakDigest(256);
        for (byte[] part : parts) {
            digest.update(part, 0, part.length);
        }
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        return Bytes32.of(out);
    }
}
