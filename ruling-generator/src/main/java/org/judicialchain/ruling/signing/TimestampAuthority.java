package org.judicialchain.ruling.signing;

import java.net.URI;
import java.util.Objects;
import org.judicialchain.ruling.pki.SigningCredentials;

/** Where the RFC 3161 timestamp of a signature comes from. */
public sealed interface TimestampAuthority {

    /** The portal's own timestamp authority, with a key whose certificate has the critical timeStamping EKU. */
    record InProcess(SigningCredentials credentials) implements TimestampAuthority {
        public InProcess {
            Objects.requireNonNull(credentials, "timestamp authority credentials");
        }
    }

    /** An external TSA over HTTP(S); user and password may be null when it needs none. */
    record Remote(URI url, String username, String password) implements TimestampAuthority {
        public Remote {
            Objects.requireNonNull(url, "TSA URL");
        }

        @Override
        public String toString() {
            return "Remote[" + url + "]";
        }
    }
}
