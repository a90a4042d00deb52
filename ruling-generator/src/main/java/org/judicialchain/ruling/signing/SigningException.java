package org.judicialchain.ruling.signing;

/** Signing failed: the key cannot sign, the TSA did not answer, or the PDF cannot be signed. */
public class SigningException extends RuntimeException {

    public SigningException(String message, Throwable cause) {
        super(message, cause);
    }
}
