package org.judicialchain.ruling.document;

import java.util.Objects;

/**
 * A party as printed: on the served copy the full name and, for a natural person, the ID number; on the public
 * copy the masked name ("张*", "W*** Li") and no number. The caller decides which; this module prints what it gets.
 *
 * @param idNumber null when the copy prints none (the public copy, an institution)
 */
public record Party(String name, PartyRole role, String idNumber) {

    public Party {
        name = Texts.required(name, "party name", 200);
        Objects.requireNonNull(role, "party role");
        idNumber = idNumber == null ? null : Texts.required(idNumber, "party ID number", 40);
    }

    /** A party printed by name only. */
    public Party(String name, PartyRole role) {
        this(name, role, null);
    }
}
