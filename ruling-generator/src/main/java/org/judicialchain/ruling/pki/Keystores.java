package org.judicialchain.ruling.pki;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Reads the court's production keystore (PKCS#12, or JKS by file content) from path and password. */
public final class Keystores {

    private Keystores() {
    }

    /**
     * The key entry named {@code alias}, or the only key entry when alias is null.
     *
     * @throws KeystoreException naming the file and what is wrong with it
     */
    public static SigningCredentials load(Path file, char[] password, String alias) {
        KeyStore store = open(file, password);
        try {
            String chosen = alias != null ? alias : onlyKeyAlias(store, file);
            if (!store.isKeyEntry(chosen)) {
                throw new KeystoreException("keystore " + file + " has no key entry '" + chosen + "'");
            }
            PrivateKey key = (PrivateKey) store.getKey(chosen, password);
            Certificate[] chain = store.getCertificateChain(chosen);
            if (chain == null || chain.length == 0) {
                throw new KeystoreException("key entry '" + chosen + "' in " + file + " has no certificate chain");
            }
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate certificate : chain) {
                certificates.add((X509Certificate) certificate);
            }
            return new SigningCredentials(key, certificates);
        } catch (UnrecoverableKeyException e) {
            throw new KeystoreException("wrong key password for " + file, e);
        } catch (GeneralSecurityException e) {
            throw new KeystoreException("cannot read key from " + file + ": " + e.getMessage(), e);
        }
    }

    static KeyStore open(Path file, char[] password) {
        if (!Files.isRegularFile(file)) {
            throw new KeystoreException("keystore not found: " + file.toAbsolutePath());
        }
        try {
            return KeyStore.getInstance(file.toFile(), password);
        } catch (IOException e) {
            throw new KeystoreException("cannot open keystore " + file + " (wrong password or not a keystore): "
                    + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new KeystoreException("cannot open keystore " + file + ": " + e.getMessage(), e);
        }
    }

    private static String onlyKeyAlias(KeyStore store, Path file) throws GeneralSecurityException {
        List<String> keys = new ArrayList<>();
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                keys.add(alias);
            }
        }
        if (keys.size() != 1) {
            throw new KeystoreException("keystore " + file + " holds " + keys.size() + " keys " + keys
                    + "; name the alias to sign with");
        }
        return keys.get(0);
    }
}
