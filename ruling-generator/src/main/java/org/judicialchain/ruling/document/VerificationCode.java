package org.judicialchain.ruling.document;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The short code printed on a document and typed on the verification page: ten base32
 * characters (50 bits) derived from the document id, so the portal can recompute it rather
 * than invent and store a second identifier. Shown grouped as ABCDE-FGHIJ.
 */
public record VerificationCode(String value) {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final Pattern FORMAT = Pattern.compile("[A-Z2-7]{10}");
    private static final int LENGTH = 10;

    public VerificationCode {
        Objects.requireNonNull(value, "verification code");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("a verification code is 10 characters A-Z, 2-7");
        }
    }

    public static VerificationCode of(UUID documentId) {
        byte[] digest = sha256(("judicialchain.verification-code.v1:" + documentId).getBytes(StandardCharsets.UTF_8));
        long bits = ByteBuffer.wrap(digest).getLong() >>> (64 - 5 * LENGTH);
        char[] out = new char[LENGTH];
        for (int i = LENGTH - 1; i >= 0; i--) {
            out[i] = ALPHABET.charAt((int) (bits & 31));
            bits >>>= 5;
        }
        return new VerificationCode(new String(out));
    }

    /** Accepts what a person types: any case, with or without the dash and spaces. */
    public static VerificationCode parse(String typed) {
        if (typed == null) {
            throw new IllegalArgumentException("verification code is missing");
        }
        return new VerificationCode(typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT));
    }

    public String display() {
        return value.substring(0, 5) + "-" + value.substring(5);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
