package org.judicialchain.ruling.document;

import java.util.Objects;

/**
 * A party as printed: the name is masked by the caller to what the document needs
 * ("张*", "W*** Li"); this module never sees the full personal data.
 */
public record Party(String maskedName, PartyRole role) {

    public Party {
        maskedName = Texts.required(maskedName, "party name", 200);
        Objects.requireNonNull(role, "party role");
    }
}
