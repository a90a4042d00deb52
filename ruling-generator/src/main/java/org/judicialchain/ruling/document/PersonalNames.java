package org.judicialchain.ruling.document;

import java.util.Optional;

/**
 * A person's full name as a Chinese court document prints it, from the given and family names an identity
 * provider holds: family name first and no space for names in Chinese characters (张伟), given name first for
 * names in Latin letters (Wei Zhang), as the person is registered.
 */
public final class PersonalNames {

    private PersonalNames() {
    }

    /** Empty when neither name is known. */
    public static Optional<String> full(String given, String family) {
        String g = given == null ? "" : given.strip();
        String f = family == null ? "" : family.strip();
        if (g.isEmpty() && f.isEmpty()) {
            return Optional.empty();
        }
        if (g.isEmpty() || f.isEmpty()) {
            return Optional.of(g.isEmpty() ? f : g);
        }
        return Optional.of(han(g) && han(f) ? f + g : g + " " + f);
    }

    private static boolean han(String s) {
        return s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c == '·');
    }
}
