package org.judicialchain.evidence.domain.model.cases;

/** Masks personal data to what a reader needs to recognise it. */
public final class Masking {

    private Masking() {
    }

    /** Keeps the first character (a Chinese family name, an initial): 张三 -> 张*, William Li -> W*********. */
    public static String name(String name) {
        int first = name.codePointAt(0);
        int rest = name.codePointCount(0, name.length()) - 1;
        return new String(Character.toChars(first)) + "*".repeat(Math.max(1, rest));
    }

    /** Keeps {@code head} leading and {@code tail} trailing characters, stars in between. */
    public static String middle(String value, int head, int tail) {
        if (value.length() <= head + tail) {
            return "*".repeat(value.length());
        }
        return value.substring(0, head) + "*".repeat(value.length() - head - tail) + value.substring(value.length() - tail);
    }
}
