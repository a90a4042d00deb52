package org.judicialchain.ruling.verification;

/**
 * The upload cannot be verified at all: a client error (the portal answers 4xx), never a server
 * fault. The reason says which.
 */
public class UnreadableDocumentException extends Exception {

    public enum Reason {
        NOT_A_PDF,
        ENCRYPTED,
        /** Truncated or with a broken structure. */
        DAMAGED,
        /** More than a document may hold to be verified: streams that inflate too far, too many items or roots. */
        TOO_COMPLEX
    }

    private final Reason reason;

    public UnreadableDocumentException(Reason reason, String message) {
        this(reason, message, null);
    }

    public UnreadableDocumentException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
