package org.judicialchain.chain;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Arrays;
import org.web3j.crypto.ECDSASignature;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Keys;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.Sign;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.service.TxSignService;
import org.web3j.utils.Numeric;

/**
 * Signs transactions with a secp256k1 key the portal never sees: the key stays in its JCA provider (a PKCS#11 token),
 * which returns a DER ECDSA signature of the transaction hash. Ethereum wants the low-s form and the recovery id, so
 * both are worked out here from the key's public point.
 */
final class JcaTransactionSigner implements TxSignService {

    private final ChainConnection.HeldKey key;
    private final BigInteger publicKey;
    private final String address;

    JcaTransactionSigner(ChainConnection.HeldKey key) {
        byte[] point = key.publicPoint();
        if (point.length != 65 || point[0] != 4) {
            throw new IllegalArgumentException("expected an uncompressed secp256k1 point (65 bytes, 0x04 first)");
        }
        this.key = key;
        this.publicKey = new BigInteger(1, Arrays.copyOfRange(point, 1, 65));
        this.address = "0x" + Keys.getAddress(publicKey);
    }

    @Override
    public String getAddress() {
        return address;
    }

    @Override
    public byte[] sign(RawTransaction transaction, long chainId) {
        Sign.SignatureData signature = signHash(Hash.sha3(TransactionEncoder.encode(transaction, chainId)));
        return TransactionEncoder.encode(transaction, TransactionEncoder.createEip155SignatureData(signature, chainId));
    }

    Sign.SignatureData signHash(byte[] hash) {
        byte[] der;
        try {
            Signature ecdsa = Signature.getInstance("NONEwithECDSA", key.provider());
            ecdsa.initSign(key.key());
            ecdsa.update(hash);
            der = ecdsa.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the key store refused to sign: " + e.getMessage(), e);
        }
        ECDSASignature signature = fromDer(der).toCanonicalised();
        for (int recId = 0; recId < 4; recId++) {
            if (publicKey.equals(Sign.recoverFromSignature(recId, signature, hash))) {
                return new Sign.SignatureData((byte) (27 + recId), Numeric.toBytesPadded(signature.r, 32),
                        Numeric.toBytesPadded(signature.s, 32));
            }
        }
        throw new IllegalStateException("the signature does not recover to the key's address " + address);
    }

    /** SEQUENCE { INTEGER r, INTEGER s } with short-form lengths (a secp256k1 signature is at most 72 bytes). */
    static ECDSASignature fromDer(byte[] der) {
        if (der.length < 8 || der[0] != 0x30 || der[2] != 0x02) {
            throw new IllegalStateException("not a DER ECDSA signature");
        }
        int rLength = der[3];
        int sAt = 4 + rLength;
        if (der[sAt] != 0x02) {
            throw new IllegalStateException("not a DER ECDSA signature");
        }
        int sLength = der[sAt + 1];
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(der, 4, 4 + rLength));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(der, sAt + 2, sAt + 2 + sLength));
        return new ECDSASignature(r, s);
    }
}
