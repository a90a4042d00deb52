package org.judicialchain.portal.interfaces.rest.lifecycle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.judicialchain.portal.application.lifecycle.EscalatingCases;
import org.judicialchain.portal.interfaces.rest.shared.security.Guard;

/** The escalation policy in force: its canonical text and the digest recorded with every step it takes. */
@Path("v1/escalation-policy")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class EscalationPolicyResource {

    @Inject
    EscalatingCases escalation;
    @Inject
    Guard guard;

    public record Policy(String text, String sha256) {
    }

    @GET
    public Policy policy() {
        guard.requireSignedIn();
        var policy = escalation.policy();
        return new Policy(policy.canonicalText(), policy.digest().hex());
    }
}
