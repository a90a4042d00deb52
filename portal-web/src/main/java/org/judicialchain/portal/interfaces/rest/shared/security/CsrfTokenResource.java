package org.judicialchain.portal.interfaces.rest.shared.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * Hands a signed-in page its session's CSRF token. A GET answered as JSON to the same origin only:
 * another site can make the browser send this request but cannot read the answer.
 */
@Path("v1/session/csrf-token")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class CsrfTokenResource {

    @Inject
    Guard guard;
    @Context
    HttpServletRequest request;

    public record Token(String header, String token) {
    }

    @GET
    public Token token() {
        guard.requireSignedIn();
        String token = CsrfToken.of(request.getSession(false));
        if (token == null) {
            // signed in with a bearer header: such callers need no CSRF token
            throw new jakarta.ws.rs.NotFoundException("no browser session: bearer-token calls need no CSRF token");
        }
        return new Token(CsrfToken.HEADER, token);
    }
}
