package org.judicialchain.ruling.signing;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A signed document: the bytes to store and serve, and their SHA-256, which the portal anchors
 * like any evidence item.
 */
public record SignedDocument(UUID documentId, byte[] pdf, String sha256Hex, Instant signedAt) {

    public SignedDocument {
        Objects.requireNonNull(documentId, "document id");
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(sha256Hex, "sha256");
        Objects.requireNonNull(signedAt, "signing time");
    }
}
