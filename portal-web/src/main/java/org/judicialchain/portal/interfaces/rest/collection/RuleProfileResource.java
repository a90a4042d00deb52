package org.judicialchain.portal.interfaces.rest.collection;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.judicialchain.evidence.domain.model.compliance.RuleProfile;
import org.judicialchain.identity.access.Action;
import org.judicialchain.identity.access.CaseAccessFacts;
import org.judicialchain.portal.application.collection.ChangingRuleProfiles;
import org.judicialchain.portal.interfaces.rest.cases.CaseLookup;
import org.judicialchain.portal.interfaces.rest.collection.request.RuleProfileRequest;
import org.judicialchain.portal.interfaces.rest.shared.RequestBodies;
import org.judicialchain.portal.interfaces.rest.shared.errors.InvalidRequestException;
import org.judicialchain.portal.interfaces.rest.shared.security.Guard;

/** The rules in force on a case: the court changes the profile, and the history is checked again under it. */
@Path("v1/cases/{caseRef}/rule-profile")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class RuleProfileResource {

    @Inject
    CaseLookup lookup;
    @Inject
    Guard guard;
    @Inject
    ChangingRuleProfiles profiles;
    @Inject
    RequestBodies bodies;

    public record ProfileChanged(String caseRef, String ruleProfile, int findingsAdded) {
    }

    /** {ruleProfile}: a judge or arbitrator of the case's court sets the rules in force; the history is checked again. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public ProfileChanged ruleProfile(@PathParam("caseRef") String caseRef, RuleProfileRequest body) {
        CaseAccessFacts facts = lookup.facts(caseRef);
        guard.require(Action.DECIDE_OBJECTION, facts);
        String name = bodies.valid(body).ruleProfile();
        RuleProfile profile;
        try {
            profile = RuleProfile.valueOf(name.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.badRequest("ruleProfile must be one of " + List.of(RuleProfile.values()));
        }
        int added = profiles.change(new ChangingRuleProfiles.ChangeRuleProfile(caseRef, profile, guard.displayName())).size();
        return new ProfileChanged(caseRef, profile.name(), added);
    }
}
