package org.judicialchain.ruling.pki;

/** A keystore that cannot be read, opened with the given password, or lacks the expected entry. */
public class KeystoreException extends RuntimeException {

    public KeystoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public KeystoreException(String message) {
        super(message);
    }
}
