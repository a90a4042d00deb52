package org.judicialchain.portal.interfaces.rest.disputes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.util.UUID;
import org.judicialchain.identity.access.Action;
import org.judicialchain.identity.access.CaseAccessFacts;
import org.judicialchain.portal.interfaces.rest.cases.CaseLookup;
import java.util.ArrayList;
import java.util.List;
import org.judicialchain.portal.interfaces.rest.shared.RequestValues;
import org.judicialchain.portal.interfaces.rest.shared.errors.InvalidRequestException;
import org.judicialchain.portal.interfaces.rest.shared.security.Guard;

/**
 * The steps objection and confirmation endpoints share: an item's id (404 when it is not one), its case
 * as the caller may see it (404 for those who may not even learn it exists), and required free text.
 */
@RequestScoped
public class DisputeRequests {

    static final int MAX_TEXT = org.judicialchain.portal.interfaces.rest.disputes.request.TextLimits.MAX_TEXT;

    @Inject
    CaseLookup lookup;
    @Inject
    Guard guard;

    /** Signed in first (anonymous callers learn nothing), then the id, or 404 naming {@code what}. */
    UUID id(String id, String what) {
        guard.requireSignedIn();
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("no " + what + " " + RequestValues.abbreviate(id));
        }
    }

    /** The case of an item, if the caller may read it; otherwise 404 for the item. */
    CaseAccessFacts caseOf(String caseRef, String notFound) {
        CaseAccessFacts facts = lookup.facts(caseRef);
        if (!guard.canSee(guard.caller(), facts)) {
            throw new NotFoundException(notFound);
        }
        guard.require(Action.VIEW_CASE, facts);
        return facts;
    }

    /** A statement or reasons (present and bounded: the request record checks that): not blank once stripped. */
    static String text(String value, String field) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw InvalidRequestException.badRequest(field + " is empty: say in a few words what it is about");
        }
        if (text.length() > MAX_TEXT) {
            throw InvalidRequestException.badRequest(field + " is longer than " + MAX_TEXT + " characters");
        }
        return text;
    }

    /** Ids that must be UUIDs (absent is none); a 400 names the field and the bad value. */
    static List<UUID> uuids(List<String> ids, String field) {
        if (ids == null) {
            return List.of();
        }
        List<UUID> out = new ArrayList<>(ids.size());
        for (String s : ids) {
            try {
                out.add(UUID.fromString(s == null ? "" : s.strip()));
            } catch (IllegalArgumentException e) {
                throw InvalidRequestException.badRequest(field + " holds '" + RequestValues.abbreviate(String.valueOf(s))
                        + "', which is not an id");
            }
        }
        return List.copyOf(out);
    }

    /** Ids of the case's records or findings (absent is none), stripped. */
    static List<String> strings(List<String> ids) {
        return ids == null ? List.of() : ids.stream().map(String::strip).toList();
    }
}
