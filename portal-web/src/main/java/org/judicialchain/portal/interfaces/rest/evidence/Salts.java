package org.judicialchain.portal.interfaces.rest.evidence;

import java.security.SecureRandom;
import org.judicialchain.evidence.domain.model.digest.Bytes32;

/** Random salts for case commitments. */
final class Salts {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Salts() {
    }

    static Bytes32 random() {
        byte[] salt = new byte[Bytes32.LENGTH];
        RANDOM.nextBytes(salt);
        return Bytes32.of(salt);
    }
}
