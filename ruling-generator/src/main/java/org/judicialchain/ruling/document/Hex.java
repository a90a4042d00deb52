package org.judicialchain.ruling.document;

import java.util.Locale;
import java.util.regex.Pattern;

/** Checks for the 0x-hex values a document prints: 32-byte words and 20-byte addresses. */
public final class Hex {

    private static final Pattern WORD = Pattern.compile("0x[0-9a-f]{64}");
    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-f]{40}");

    private Hex() {
    }

    /** A 32-byte value as lower-case 0x-hex; accepts either case and a missing prefix. */
    public static String requireWord(String value, String what) {
        return require(value, what, WORD, "a 32-byte 0x-hex value");
    }

    public static String requireAddress(String value, String what) {
        return require(value, what, ADDRESS, "a 20-byte 0x-hex address");
    }

    private static String require(String value, String what, Pattern pattern, String expected) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        String normal = value.strip().toLowerCase(Locale.ROOT);
        if (!normal.startsWith("0x")) {
            normal = "0x" + normal;
        }
        if (!pattern.matcher(normal).matches()) {
            throw new IllegalArgumentException(what + " must be " + expected + ": '" + value + "'");
        }
        return normal;
    }
}
