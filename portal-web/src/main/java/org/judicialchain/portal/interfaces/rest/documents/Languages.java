package org.judicialchain.portal.interfaces.rest.documents;

import org.judicialchain.portal.interfaces.rest.shared.errors.InvalidRequestException;
import org.judicialchain.ruling.document.Language;

/** The language of a court document as the API names it (zh-CN or en). */
public final class Languages {

    private Languages() {
    }

    public static Language parse(String tag) {
        for (Language l : Language.values()) {
            if (l.tag().equalsIgnoreCase(tag)) {
                return l;
            }
        }
        throw InvalidRequestException.badRequest("language must be zh-CN or en");
    }
}
