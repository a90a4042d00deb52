package org.judicialchain.portal.interfaces.rest.shared.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Who the portal takes the caller to be: for pages after browser sign-in, and for programs checking their token. */
@Path("v1/me")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class MeResource {

    @Inject
    Guard guard;
    @Inject
    CallerContext caller;

    public record Me(String subject, String username, List<String> roles, String institution, String court, String partyId) {
    }

    @GET
    public Me me() {
        guard.requireSignedIn();
        var t = caller.token().orElseThrow();
        return new Me(t.subject(), t.username(), t.roles().stream().sorted().toList(), t.institution(), t.court(), t.partyId());
    }
}
