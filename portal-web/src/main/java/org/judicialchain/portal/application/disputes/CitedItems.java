package org.judicialchain.portal.application.disputes;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.judicialchain.portal.domain.shared.InvalidInputException;

/** What an objection or an answer cites must belong to its case: anything else is refused, by id. */
final class CitedItems {

    private CitedItems() {
    }

    static void requireOfCase(String caseRef, String what, List<String> cited, List<String> ofCase) {
        Set<String> known = new HashSet<>(ofCase);
        for (String id : cited) {
            if (!known.contains(id)) {
                throw new InvalidInputException(id + " is not a " + what + " of case " + caseRef);
            }
        }
    }
}
