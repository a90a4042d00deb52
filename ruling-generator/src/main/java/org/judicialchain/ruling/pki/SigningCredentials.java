package org.judicialchain.ruling.pki;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/** A private key with its certificate chain, end-entity first. */
public record SigningCredentials(PrivateKey privateKey, List<X509Certificate> chain) {

    public SigningCredentials {
        Objects.requireNonNull(privateKey, "private key");
        chain = List.copyOf(Objects.requireNonNull(chain, "certificate chain"));
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a certificate chain needs at least the end-entity certificate");
        }
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    @Override
    public String toString() {
        return "SigningCredentials[" + certificate().getSubjectX500Principal().getName() + "]";
    }
}
