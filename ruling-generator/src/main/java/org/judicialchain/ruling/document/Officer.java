package org.judicialchain.ruling.document;

import java.util.Objects;

/**
 * Who decided, as the closing of the document prints them: the full name from the identity provider and the
 * title of the office (审判员 for a judge, 仲裁员 for an arbitrator), which the templates word per language.
 */
public record Officer(String fullName, Title title) {

    public enum Title { JUDGE, ARBITRATOR }

    public Officer {
        fullName = Texts.required(fullName, "officer's name", 100);
        Objects.requireNonNull(title, "officer's title");
    }
}
