package org.judicialchain.evidence.domain.model.collection;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** Constructor checks shared by the collection records, so every record refuses bad input alike. */
final class Fields {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");
    /** Digits with the usual separators and 7 to 15 digits (E.164 length): a phone number in clear. */
    private static final Pattern RAW_PHONE = Pattern.compile("\\+?[0-9 ()\\-.]+");

    private Fields() {
    }

    static UUID id(UUID id) {
        if (id == null) {
            throw new IllegalArgumentException("id is missing");
        }
        return id;
    }

    static String text(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is missing");
        }
        return value.strip();
    }

    static Instant instant(Instant value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is missing");
        }
        return value;
    }

    static <T> T required(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is missing");
        }
        return value;
    }

    /** A SHA-256 digest as 64 hex digits, kept lower-case; null means "not recorded". */
    static String sha256OrNull(String hex, String name) {
        if (hex == null) {
            return null;
        }
        String stripped = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
        if (!SHA256_HEX.matcher(stripped).matches()) {
            throw new IllegalArgumentException(name + " must be a SHA-256 digest of 64 hex digits (or null when nothing was recorded), got '" + hex + "'");
        }
        return stripped.toLowerCase(Locale.ROOT);
    }

    /**
     * An opaque contact id: a salted hash of the number or a masked form such as {@code 138****5678}.
     * A number in clear is refused so that it cannot travel into findings, logs or anchored leaves.
     */
    static String contactId(String value) {
        String id = text(value, "contactId");
        if (RAW_PHONE.matcher(id).matches()) {
            long digits = id.chars().filter(Character::isDigit).count();
            if (digits >= 7 && digits <= 15) {
                throw new IllegalArgumentException("contactId must be a salted hash or a masked number, not a phone number in clear");
            }
        }
        return id;
    }
}
