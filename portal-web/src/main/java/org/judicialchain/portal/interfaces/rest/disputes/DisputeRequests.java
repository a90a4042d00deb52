package org.judicialchain.portal.interfaces.rest.disputes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.NotFoundException;
import java.util.UUID;
import org.judicialchain.identity.access.Action;
import org.judicialchain.identity.access.CaseAccessFacts;
import org.judicialchain.portal.interfaces.rest.cases.CaseLookup;
import org.judicialchain.portal.interfaces.rest.shared.JsonBodies;
import org.judicialchain.portal.interfaces.rest.shared.errors.InvalidRequestException;
import org.judicialchain.portal.interfaces.rest.shared.security.Guard;

/**
 * The steps objection and confirmation endpoints share: an item's id (404 when it is not one), its case
 * as the caller may see it (404 for those who may not even learn it exists), and required free text.
 */
@RequestScoped
public class DisputeRequests {

    static final int MAX_TEXT = 20_000;

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
            throw new NotFoundException("no " + what + " " + JsonBodies.abbreviate(id));
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

    /** A statement or reasons: present, not blank, at most 20,000 characters. */
    static String text(JsonObject json, String field) {
        String text = JsonBodies.requiredString(json, field).strip();
        if (text.isEmpty()) {
            throw InvalidRequestException.badRequest(field + " is empty: say in a few words what it is about");
        }
        if (text.length() > MAX_TEXT) {
            throw InvalidRequestException.badRequest(field + " is longer than " + MAX_TEXT + " characters");
        }
        return text;
    }
}
