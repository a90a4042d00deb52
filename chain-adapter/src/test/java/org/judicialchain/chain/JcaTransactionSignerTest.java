package org.judicialchain.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.spec.ECGenParameterSpec;
import org.bouncycastle.jce.interfaces.ECPublicKey;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.SignedRawTransaction;
import org.web3j.crypto.TransactionDecoder;
import org.web3j.crypto.ECDSASignature;
import org.web3j.utils.Numeric;

/** A transaction signed through a JCA provider decodes to the key's own address, with Ethereum's low-s and chain id. */
class JcaTransactionSignerTest {

    private static final long CHAIN_ID = 31_337;

    @Test
    void aTransactionSignedThroughTheProviderRecoversToTheKeysAddress() throws Exception {
        Provider bc = new BouncyCastleProvider();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", bc);
        generator.initialize(new ECGenParameterSpec("secp256k1"));
        for (int i = 0; i < 20; i++) { // enough signatures that some come back high-s from the provider
            KeyPair pair = generator.generateKeyPair();
            byte[] point = ((ECPublicKey) pair.getPublic()).getQ().getEncoded(false);
            JcaTransactionSigner signer = new JcaTransactionSigner(new ChainConnection.HeldKey(pair.getPrivate(), bc, point));
            RawTransaction transaction = RawTransaction.createTransaction(BigInteger.valueOf(i), BigInteger.ZERO,
                    BigInteger.valueOf(300_000), "0x" + "ab".repeat(20), BigInteger.ZERO, "0x1234");

            SignedRawTransaction decoded = (SignedRawTransaction) TransactionDecoder.decode(
                    Numeric.toHexString(signer.sign(transaction, CHAIN_ID)));

            assertThat(decoded.getFrom()).isEqualTo(signer.getAddress());
            assertThat(decoded.getChainId()).isEqualTo(CHAIN_ID);
            BigInteger s = Numeric.toBigInt(decoded.getSignatureData().getS());
            assertThat(new ECDSASignature(BigInteger.ONE, s).isCanonical()).as("low-s").isTrue();
        }
    }

    @Test
    void aDerSignatureIsReadAsItsTwoIntegers() {
        byte[] der = {0x30, 0x08, 0x02, 0x02, 0x00, (byte) 0x81, 0x02, 0x02, 0x01, 0x02};
        ECDSASignature signature = JcaTransactionSigner.fromDer(der);
        assertThat(signature.r).isEqualTo(BigInteger.valueOf(0x81));
        assertThat(signature.s).isEqualTo(BigInteger.valueOf(0x0102));
    }
}
