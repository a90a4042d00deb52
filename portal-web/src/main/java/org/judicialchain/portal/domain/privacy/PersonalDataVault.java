package org.judicialchain.portal.domain.privacy;

import javax.crypto.SecretKey;

/** Encrypts personal data at rest under per-case data keys, which are stored wrapped by the master key. */
public interface PersonalDataVault {

    /** A data key as generated (raw) and as stored (wrapped by the master key). */
    record DataKey(SecretKey key, byte[] wrapped) {
    }

    DataKey newDataKey();

    SecretKey unwrap(byte[] wrapped);

    byte[] seal(SecretKey dataKey, String plaintext, String caseRef);

    String open(SecretKey dataKey, byte[] sealed, String caseRef);

    /** The same for a file that holds personal data (a served copy of a court document). */
    byte[] sealBytes(SecretKey dataKey, byte[] plaintext, String caseRef);

    byte[] openBytes(SecretKey dataKey, byte[] sealed, String caseRef);
}
