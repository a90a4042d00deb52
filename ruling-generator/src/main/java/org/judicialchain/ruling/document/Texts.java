package org.judicialchain.ruling.document;

/** Input checks shared by the document's value objects. */
final class Texts {

    private Texts() {
    }

    static String required(String value, String what, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
        return bounded(value.strip(), what, maxLength);
    }

    static String optional(String value, String what, int maxLength) {
        return value == null || value.isBlank() ? null : bounded(value.strip(), what, maxLength);
    }

    private static String bounded(String value, String what, int maxLength) {
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(what + " is longer than " + maxLength + " characters");
        }
        return value;
    }
}
