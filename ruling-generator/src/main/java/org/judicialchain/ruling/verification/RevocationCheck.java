package org.judicialchain.ruling.verification;

import java.security.cert.X509CRL;
import java.util.List;
import java.util.function.Supplier;

/**
 * How a verifier learns whether the court revoked a signing certificate. {@link Crls}: the revocation lists of the
 * court's CAs, read on each verification (a list is re-published before it expires). {@link None}: not checked, and
 * the report says so (an offline verifier without the court's CRL).
 */
public sealed interface RevocationCheck {

    record None() implements RevocationCheck {
    }

    record Crls(Supplier<List<X509CRL>> current) implements RevocationCheck {
    }

    static RevocationCheck none() {
        return new None();
    }

    static RevocationCheck crls(Supplier<List<X509CRL>> current) {
        return new Crls(current);
    }
}
