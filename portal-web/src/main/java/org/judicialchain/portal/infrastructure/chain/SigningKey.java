package org.judicialchain.portal.infrastructure.chain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.judicialchain.portal.config.PortalConfig;
import org.judicialchain.portal.infrastructure.store.PrivateFiles;

/**
 * The anchoring account's private key: from configuration (production: a secret in the
 * environment), or a key file under the data folder that a local run creates on first start.
 */
@ApplicationScoped
public class SigningKey {

    @Inject
    PortalConfig config;

    private volatile String key;

    public String privateKeyHex() {
        if (key == null) {
            key = config.privateKey().orElseGet(() -> localKey("portal-account.key"));
        }
        return key;
    }

    /** A key file under the data folder, created on first use (local runs only; production configures keys). */
    public synchronized String localKey(String name) {
        Path file = config.dataDir().resolve("chain").resolve(name);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            PrivateFiles.folder(file.getParent());
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            String hex = HexFormat.of().formatHex(secret);
            PrivateFiles.writeNew(file, hex + "\n");
            return hex;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the local signing key " + file, e);
        }
    }
}
