package org.judicialchain.portal.interfaces.rest.collection;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.collection.CollectionRecord;
import org.judicialchain.identity.Role;
import org.judicialchain.identity.access.AccessPolicy;
import org.judicialchain.identity.access.Action;
import org.judicialchain.identity.access.Caller;
import org.judicialchain.identity.access.CaseAccessFacts;
import org.judicialchain.identity.access.Party;
import org.judicialchain.portal.application.collection.LoggingCollection;
import org.judicialchain.portal.domain.collection.CollectionRecords;
import org.judicialchain.portal.interfaces.rest.cases.CaseLookup;
import org.judicialchain.portal.interfaces.rest.collection.request.CollectionRecordRequest;
import org.judicialchain.portal.interfaces.rest.shared.RequestBodies;
import org.judicialchain.portal.interfaces.rest.shared.errors.InvalidRequestException;
import org.judicialchain.portal.interfaces.rest.shared.security.Guard;

/**
 * Collection actions on a case: an authorised agency logs a call, SMS, letter or visit and gets
 * the compliance findings at once; parties list records (an agency sees only its own).
 */
@Path("v1/cases/{caseRef}/collection-records")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class CollectionRecordsResource {

    @Inject
    LoggingCollection logging;
    @Inject
    CollectionRecords records;
    @Inject
    Guard guard;
    @Inject
    CaseLookup lookup;
    @Inject
    RequestBodies bodies;

    private final AccessPolicy policy = new AccessPolicy();

    public record Logged(String id, String type, List<FindingsResource.FindingView> findings) {
    }

    public record RecordView(String id, String agency, String type, Instant occurredAt, JsonObject fields) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response log(@PathParam("caseRef") String caseRef, CollectionRecordRequest body) {
        CaseAccessFacts facts = lookup.facts(caseRef);
        Caller agency = guard.require(Action.ADD_COLLECTION_RECORD, facts);
        if (!agency.has(Role.COLLECTOR)) {
            throw new InvalidRequestException(Response.Status.FORBIDDEN, "collection actions are logged by the agency that made them");
        }
        CollectionRecordRequest request = bodies.valid(body);
        CollectionRecord record = request.toRecord(UUID.randomUUID(), caseRef, agency.institution());
        var logged = logging.log(record);
        return Response.status(Response.Status.CREATED).entity(new Logged(record.id().toString(),
                request.type(), logged.findings().stream().map(FindingsResource::view).toList())).build();
    }

    @GET
    public List<RecordView> list(@PathParam("caseRef") String caseRef) {
        CaseAccessFacts facts = lookup.facts(caseRef);
        Caller who = guard.require(Action.VIEW_CASE, facts);
        Instant now = Instant.now();
        List<RecordView> seen = records.stored(caseRef).stream()
                .filter(r -> policy.decide(who, Action.VIEW_COLLECTION_RECORD, facts, Party.institution(r.agency()), now).isAllowed())
                .map(r -> new RecordView(r.id().toString(), r.agency(), r.type(), r.occurredAt(),
                        Json.createReader(new StringReader(r.fields())).readObject()))
                .toList();
        // staff names and the numbers contacted: every read is on record (security review, item 12)
        guard.recordRead(Action.VIEW_COLLECTION_RECORD.name(), caseRef, null);
        return seen;
    }

}
