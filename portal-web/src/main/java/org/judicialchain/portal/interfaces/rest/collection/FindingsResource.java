package org.judicialchain.portal.interfaces.rest.collection;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.compliance.Finding;
import org.judicialchain.identity.Role;
import org.judicialchain.identity.access.Action;
import org.judicialchain.identity.access.Caller;
import org.judicialchain.identity.access.CaseAccessFacts;
import org.judicialchain.portal.domain.collection.CollectionRecords;
import org.judicialchain.portal.interfaces.rest.cases.CaseLookup;
import org.judicialchain.portal.interfaces.rest.shared.security.Guard;

/** What the compliance rules found on a case: for the judge, the lender, the debtor, and each agency about itself. */
@Path("v1/cases/{caseRef}/findings")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class FindingsResource {

    @Inject
    CollectionRecords records;
    @Inject
    Guard guard;
    @Inject
    CaseLookup lookup;

    /** @param id null in the answer to the record that raised it; GET .../findings gives every finding's id */
    public record FindingView(String id, String ruleId, String severity, List<String> recordIds, String explanationZh,
                              String explanationEn, String source, String agency, Instant foundAt) {
    }

    static FindingView view(Finding f) {
        return new FindingView(null, f.ruleId(), f.severity().name(), f.recordIds().stream().map(UUID::toString).toList(),
                f.explanationZh(), f.explanationEn(), f.source(), null, null);
    }

    @GET
    public List<FindingView> list(@PathParam("caseRef") String caseRef) {
        CaseAccessFacts facts = lookup.facts(caseRef);
        Caller who = guard.require(Action.VIEW_CASE, facts);
        boolean agencyOnly = who.has(Role.COLLECTOR) && !who.has(Role.JUDGE) && !who.has(Role.AUDITOR);
        return records.findings(caseRef).stream()
                .filter(f -> !agencyOnly || f.agency().equals(who.institution()))
                .map(f -> new FindingView(f.id().toString(), f.ruleId(), f.severity(), f.recordIds().stream().map(UUID::toString).toList(), f.explanationZh(),
                        f.explanationEn(), f.source(), f.agency(), f.foundAt()))
                .toList();
    }
}
