package org.judicialchain.ruling.pki;

import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * The local stand-in for a court's PKI: a root CA (the verifier's trust anchor), the court's
 * signing key and the in-process timestamp authority's key, both issued by that root.
 */
public record DevCourtPki(X509Certificate rootCa, SigningCredentials courtSigning, SigningCredentials timestamping) {

    public DevCourtPki {
        Objects.requireNonNull(rootCa, "root CA");
        Objects.requireNonNull(courtSigning, "court signing credentials");
        Objects.requireNonNull(timestamping, "timestamp authority credentials");
    }
}
