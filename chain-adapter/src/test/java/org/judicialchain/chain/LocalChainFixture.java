package org.judicialchain.chain;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.judicialchain.besu.localchain.LocalChain;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.web3j.crypto.Keys;
import org.web3j.utils.Numeric;

/** An anvil chain for the adapters' ITs (besu-config's LocalChain), and fresh unfunded keys. */
final class LocalChainFixture {

    private static final SecureRandom RANDOM = new SecureRandom();

    private LocalChainFixture() {
    }

    static LocalChain start(long chainId, String name) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        return LocalChain.start(new LocalChain.Options(LocalChain.locateAnvil(), "127.0.0.1", port, chainId, null,
                Path.of("target", "anvil-it", name + "-" + port)));
    }

    /** A new account's private key: the chain runs at zero gas price, so it needs no balance. */
    static String freshKey() {
        try {
            return Numeric.toHexStringNoPrefixZeroPadded(Keys.createEcKeyPair().getPrivateKey(), 64);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Bytes32 random32() {
        byte[] bytes = new byte[Bytes32.LENGTH];
        RANDOM.nextBytes(bytes);
        return Bytes32.of(bytes);
    }
}
