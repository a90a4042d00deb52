package org.judicialchain.portal.interfaces.rest.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.evidence.domain.model.cases.NewLoanCase;
import org.judicialchain.identity.Role;
import org.judicialchain.identity.access.Action;
import org.judicialchain.identity.access.Caller;
import org.judicialchain.identity.access.CaseAccessFacts;
import org.judicialchain.portal.application.cases.ClaimingCases;
import org.judicialchain.portal.application.cases.FindingCases;
import org.judicialchain.portal.application.cases.IssuingAccessCodes;
import org.judicialchain.portal.application.cases.OpeningCases;
import org.judicialchain.portal.application.cases.UndoingClaims;
import org.judicialchain.portal.application.cases.imports.ImportingBooks;
import org.judicialchain.portal.application.lifecycle.AwaitingTheChain;
import org.judicialchain.portal.domain.privacy.ErasureRequests;
import org.judicialchain.portal.domain.cases.LoanCases.CaseFilter;
import org.judicialchain.portal.interfaces.rest.cases.request.ClaimRequest;
import org.judicialchain.portal.interfaces.rest.cases.request.OpenCaseRequest;
import org.judicialchain.portal.interfaces.rest.shared.ChainAnswers;
import org.judicialchain.portal.interfaces.rest.shared.RequestBodies;
import org.judicialchain.portal.interfaces.rest.shared.RequestValues;
import org.judicialchain.portal.interfaces.rest.shared.errors.InvalidRequestException;
import org.judicialchain.portal.interfaces.rest.shared.security.CaseReferences;
import org.judicialchain.portal.interfaces.rest.shared.security.Guard;

/** A lender's book: opening and importing cases, listing and reading them, access codes and claims. */
@Path("v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class CaseResource {

    private static final int MAX_PAGE_SIZE = 200;

    @Inject
    ErasureRequests erasures;
    @Inject
    FindingCases book;
    @Inject
    AwaitingTheChain awaiting;
    @Inject
    OpeningCases opening;
    @Inject
    IssuingAccessCodes accessCodes;
    @Inject
    ClaimingCases claiming;
    @Inject
    UndoingClaims undoing;
    @Inject
    ImportingBooks imports;
    @Inject
    Guard guard;
    @Inject
    CaseReferences references;
    @Inject
    CaseLookup lookup;
    @Context
    UriInfo uri;
    @Inject
    RequestBodies bodies;

    /** One case, as JSON with the fields of a book line (docs/import.md), instalments as an array. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(OpenCaseRequest body) {
        Caller lender = requireLender();
        NewLoanCase given = bodies.valid(body).toNewLoanCase(lender.institution());
        NewLoanCase loan = given.numbered(references.ownReference(given.caseRef(), lender.institution()));
        OpeningCases.OpenedCase opened = opening.open(loan);
        return Response.created(uri.getBaseUriBuilder().path("v1/cases").path(opened.caseRef()).build())
                .entity(new CaseDtos.Opened(opened.caseRef(), CaseState.OVERDUE.name(), opened.accessCode())).build();
    }

    /** A book of loans as CSV; answered at once with the import's progress resource. */
    @POST
    @Path("imports")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public Response importBook(InputStream csv) throws IOException {
        Caller lender = requireLender();
        // ImportingBooks refuses a book without its header line with IllegalArgumentException naming the columns
        UUID id = RequestValues.checked(() -> {
            try {
                return imports.start(new ImportingBooks.ImportBook(lender.institution(), csv));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String progress = uri.getBaseUriBuilder().path("v1/cases/imports").path(id.toString()).build().getPath();
        return Response.accepted(new CaseDtos.ImportStarted(id.toString(), "QUEUED", progress))
                .location(uri.getBaseUriBuilder().path("v1/cases/imports").path(id.toString()).build()).build();
    }

    @GET
    @Path("imports/{id}")
    public CaseDtos.ImportProgress importProgress(@PathParam("id") String id) {
        Caller lender = requireLender();
        var row = imports.progress(uuid(id, "import id")).filter(r -> r.creditor().equals(lender.institution()))
                .orElseThrow(() -> new NotFoundException("no import " + id));
        return CaseAssembler.progress(row, Instant.now());
    }

    @GET
    public CaseDtos.CasePage list(@QueryParam("state") String state, @QueryParam("page") Integer page,
                                  @QueryParam("size") Integer size) {
        Caller who = guard.require(Action.LIST_CASES);
        int p = page == null ? 0 : page;
        int s = size == null ? 50 : size;
        if (p < 0 || s < 1 || s > MAX_PAGE_SIZE) {
            throw InvalidRequestException.badRequest("page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
        }
        Optional<CaseState> st = Optional.ofNullable(state).filter(x -> !x.isBlank()).map(CaseResource::state);
        var cases = book.list(filterFor(who), st, p * s, s).stream().filter(v -> guard.canSee(who, v.facts()))
                .map(CaseAssembler::summary).toList();
        return new CaseDtos.CasePage(cases, p, s);
    }

    @GET
    @Path("{caseRef}")
    public CaseDtos.CaseDetail detail(@PathParam("caseRef") String caseRef) {
        guard.requireSignedIn();
        FindingCases.CaseView view = book.find(caseRef).orElseThrow(() -> new NotFoundException("no case " + caseRef));
        guard.require(Action.VIEW_CASE, view.facts());
        guard.recordRead("VIEW_PERSONAL_DATA", caseRef, null); // the debtor's details, decrypted for this answer
        return CaseAssembler.detail(view, awaiting.openQuestion(caseRef).map(d -> ChainAnswers.step(d, caseRef)).orElse(null),
                erasures.erasureOf(caseRef), Instant.now());
    }

    /** Issues (or re-issues) the access code printed on the collection notice; shown once. */
    @POST
    @Path("{caseRef}/access-code")
    public CaseDtos.AccessCode accessCode(@PathParam("caseRef") String caseRef) {
        requireCreditorOf(caseRef);
        return new CaseDtos.AccessCode(caseRef, accessCodes.issue(caseRef));
    }

    /**
     * The creditor undoes a claim made by mistake: the case is nobody's and its access code stops working; a new
     * notice (a new code) follows. 409 when no debtor has claimed it.
     */
    @POST
    @Path("{caseRef}/claim/undo")
    public Response undoClaim(@PathParam("caseRef") String caseRef) {
        Caller lender = requireCreditorOf(caseRef);
        undoing.undo(new UndoingClaims.UndoClaim(caseRef, lender.institution()));
        return Response.noContent().build();
    }

    /** The lender of record of the case; any other caller learns nothing of it (404). */
    private Caller requireCreditorOf(String caseRef) {
        Caller lender = requireLender();
        CaseAccessFacts facts = lookup.facts(caseRef);
        if (!lender.institution().equals(facts.creditorInstitution())) {
            throw new NotFoundException("no case " + caseRef);
        }
        return lender;
    }

    /** A debtor claims their case with the code from the notice; a wrong code answers like an unknown case. */
    @POST
    @Path("{caseRef}/claim")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response claim(@PathParam("caseRef") String caseRef, ClaimRequest body) {
        Caller debtor = guard.caller();
        if (debtor.isAnonymous()) {
            guard.requireSignedIn();
        }
        if (!debtor.has(Role.DEBTOR) || debtor.partyId() == null) {
            throw new InvalidRequestException(Response.Status.FORBIDDEN, "only a debtor account can claim a case");
        }
        String code = bodies.valid(body).accessCode();
        switch (claiming.claim(new ClaimingCases.ClaimCase(caseRef, code, debtor.partyId()))) {
            case CLAIMED -> { }
            case REFUSED -> throw new NotFoundException("no case " + caseRef + " with that access code");
            case TOO_MANY_TRIES -> throw new InvalidRequestException(Response.Status.TOO_MANY_REQUESTS,
                    "too many wrong access codes from this account; try again tomorrow, or ask the lender for a new notice");
        }
        return Response.ok(new CaseDtos.AccessCode(caseRef, null)).build();
    }


    private Caller requireLender() {
        Caller who = guard.caller();
        if (who.isAnonymous()) {
            guard.requireSignedIn();
        }
        if (!who.has(Role.LENDER) || who.institution() == null) {
            throw new InvalidRequestException(Response.Status.FORBIDDEN, "only a lender opens and imports cases");
        }
        return who;
    }

    /** The SQL side of the access policy's LIST_CASES: each role's cases, filtered again in full by the policy. */
    private static CaseFilter filterFor(Caller who) {
        if (who.has(Role.AUDITOR)) {
            return new CaseFilter(CaseFilter.Kind.ALL, null);
        }
        if ((who.has(Role.JUDGE) || who.has(Role.ARBITRATOR)) && who.court() != null) {
            return new CaseFilter(CaseFilter.Kind.COURT, who.court());
        }
        if (who.has(Role.LENDER) && who.institution() != null) {
            return new CaseFilter(CaseFilter.Kind.CREDITOR, who.institution());
        }
        if (who.has(Role.COLLECTOR) && who.institution() != null) {
            return new CaseFilter(CaseFilter.Kind.AGENCY, who.institution());
        }
        if (who.has(Role.DEBTOR) && who.partyId() != null) {
            return new CaseFilter(CaseFilter.Kind.DEBTOR, who.partyId());
        }
        return new CaseFilter(CaseFilter.Kind.NONE, null);
    }

    static CaseState state(String s) {
        try {
            return CaseState.valueOf(s.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.badRequest("unknown state '" + RequestValues.abbreviate(s) + "'; one of "
                    + java.util.Arrays.toString(CaseState.values()));
        }
    }

    static UUID uuid(String id, String what) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.badRequest(what + " must be a UUID");
        }
    }
}
