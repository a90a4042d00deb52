package org.judicialchain.portal.infrastructure.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.judicialchain.portal.config.PortalConfig;
import org.judicialchain.portal.domain.privacy.PersonalDataVault;
import org.judicialchain.portal.infrastructure.store.PrivateFiles;

/**
 * Encrypts personal data at rest (AES-256-GCM, JDK provider). Each case gets its own data key,
 * stored wrapped by the master key; deleting the data key erases the case's personal data while
 * everything anchored about the case stays provable. The ciphertext is bound to its case
 * reference (GCM associated data), so it cannot be moved to another case unnoticed.
 */
@ApplicationScoped
public class AesPersonalDataVault implements PersonalDataVault {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    PortalConfig config;

    private volatile SecretKey masterKey;

    @Override
    public DataKey newDataKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, RANDOM);
            SecretKey key = generator.generateKey();
            return new DataKey(key, encrypt(master(), key.getEncoded(), "data-key"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256 is required of every Java platform", e);
        }
    }

    @Override
    public SecretKey unwrap(byte[] wrapped) {
        return new SecretKeySpec(decrypt(master(), wrapped, "data-key"), "AES");
    }

    @Override
    public byte[] seal(SecretKey dataKey, String plaintext, String caseRef) {
        return encrypt(dataKey, plaintext.getBytes(StandardCharsets.UTF_8), caseRef);
    }

    @Override
    public String open(SecretKey dataKey, byte[] sealed, String caseRef) {
        return new String(decrypt(dataKey, sealed, caseRef), StandardCharsets.UTF_8);
    }

    @Override
    public byte[] sealBytes(SecretKey dataKey, byte[] plaintext, String caseRef) {
        return encrypt(dataKey, plaintext, caseRef);
    }

    @Override
    public byte[] openBytes(SecretKey dataKey, byte[] sealed, String caseRef) {
        return decrypt(dataKey, sealed, caseRef);
    }

    private static byte[] encrypt(SecretKey key, byte[] plaintext, String context) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] body = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(IV_BYTES + body.length).put(iv).put(body).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    private static byte[] decrypt(SecretKey key, byte[] sealed, String context) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("personal data could not be decrypted (wrong key or tampered)", e);
        }
    }

    /** The master key: from configuration (production secret), else a key file a local run creates. */
    private SecretKey master() {
        if (masterKey == null) {
            synchronized (this) {
                if (masterKey == null) {
                    byte[] raw = config.masterKey().map(k -> Base64.getDecoder().decode(k)).orElseGet(this::localMasterKey);
                    if (raw.length != 32) {
                        throw new IllegalStateException("portal.crypto.master-key must be 32 bytes, base64-encoded");
                    }
                    masterKey = new SecretKeySpec(raw, "AES");
                }
            }
        }
        return masterKey;
    }

    private byte[] localMasterKey() {
        Path file = config.dataDir().resolve("keys").resolve("master.key");
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            PrivateFiles.folder(file.getParent());
            byte[] raw = new byte[32];
            RANDOM.nextBytes(raw);
            PrivateFiles.writeNew(file, Base64.getEncoder().encodeToString(raw) + "\n");
            return raw;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the local master key " + file, e);
        }
    }
}
