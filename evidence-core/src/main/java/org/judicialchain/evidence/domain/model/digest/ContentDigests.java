package org.judicialchain.evidence.domain.model.digest;

import java.util.Objects;

/** The digests of one file: SHA-256 (international use) and SM3 (GB/T 32905, Chinese courts), and its size. */
public record ContentDigests(Bytes32 sha256, Bytes32 sm3, long size) {
    public ContentDigests {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(sm3, "sm3");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
    }
}
