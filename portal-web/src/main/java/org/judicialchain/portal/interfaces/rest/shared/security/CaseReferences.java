package org.judicialchain.portal.interfaces.rest.shared.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.judicialchain.evidence.domain.model.cases.CaseReference;
import org.judicialchain.identity.Role;
import org.judicialchain.identity.access.Caller;
import org.judicialchain.portal.application.cases.FindingCases;
import org.judicialchain.portal.application.cases.NumberingCases;
import org.judicialchain.portal.domain.cases.CaseFiles;
import org.judicialchain.portal.domain.cases.CaseFiles.CaseFile;
import org.judicialchain.portal.interfaces.rest.shared.errors.InvalidRequestException;

/**
 * Reads a case reference as the caller means it (security review, items 1 to 3). A full reference
 * ({@code bank-a:LOAN-1}) names one case; a bare one ({@code LOAN-1}) names the case of that number the caller can
 * see, their own institution's first. A case the caller may not know of answers exactly as a missing one does, so
 * no reference of another institution can be probed; a new reference is always in the caller's own namespace.
 */
@RequestScoped
public class CaseReferences {

    @Inject
    CaseFiles files;
    @Inject
    FindingCases cases;
    @Inject
    Guard guard;
    @Inject
    NumberingCases numbering;

    /** The global reference of an existing case file the caller may know of; 404 for any other. */
    public String existing(String given) {
        return lookUp(given, guard.caller()).orElseThrow(() -> missing(given));
    }

    /**
     * The case a debtor claims with the code on their notice: not theirs yet, so any loan case of that reference is
     * a candidate; a bare reference that several creditors use names none (the notice prints the full one).
     */
    public String forClaim(String given) {
        Caller who = guard.caller();
        Optional<String> known = lookUp(given, who);
        if (known.isPresent()) {
            return known.get();
        }
        List<CaseFile> loans = candidates(given).stream().filter(CaseFile::loanCase).toList();
        return loans.size() == 1 ? loans.get(0).caseRef() : given; // none, or several: the code then fits no case
    }

    /**
     * Where an institution's evidence goes: a case it may know of, or else a case file of its own numbering. A
     * full reference into another institution's numbering that names no case it knows of is refused like a missing
     * case: nobody files into, or learns of, another institution's references.
     */
    public String forFiling(String given, String institution) {
        Caller who = guard.caller();
        Optional<String> known = lookUp(given, who);
        if (known.isPresent()) {
            return known.get();
        }
        if (CaseReference.namespaceOf(given).filter(ns -> !ns.equals(institution)).isPresent()) {
            throw missing(given);
        }
        return ownReference(given, institution);
    }

    /** The stored reference of a reference in the caller's own numbering; 400 for another institution's. */
    public String ownReference(String given, String institution) {
        return org.judicialchain.portal.interfaces.rest.shared.RequestValues.checked(() -> numbering.inOwnNumbering(given, institution));
    }

    private Optional<String> lookUp(String given, Caller who) {
        if (who.isAnonymous()) {
            return Optional.empty();
        }
        List<CaseFile> visible = candidates(given).stream().filter(f -> mayKnow(who, f)).toList();
        if (visible.size() <= 1) {
            return visible.stream().findFirst().map(CaseFile::caseRef);
        }
        Optional<CaseFile> own = visible.stream().filter(f -> f.namespace().equals(who.institution())).findFirst();
        if (own.isPresent()) {
            return Optional.of(own.get().caseRef());
        }
        throw new InvalidRequestException(Response.Status.CONFLICT, "caseRef " + given + " names several cases you can see: "
                + String.join(", ", visible.stream().map(f -> CaseReference.qualified(f.namespace(), f.localRef())).toList())
                + "; send the full reference");
    }

    private List<CaseFile> candidates(String given) {
        CaseReference.require(given);
        List<CaseFile> all = files.withLocalRef(CaseReference.localOf(given));
        Optional<String> ns = CaseReference.namespaceOf(given);
        return ns.map(n -> all.stream().filter(f -> f.namespace().equals(n)).toList()).orElse(all);
    }

    /**
     * A loan case as the access policy has it; evidence under a reference no case has is its owner's alone
     * (item 2: no other lender, agency or court reads or appends to it until a case of that owner adopts it).
     */
    private boolean mayKnow(Caller who, CaseFile f) {
        if (f.loanCase()) {
            return cases.facts(f.caseRef()).map(facts -> guard.knowsOf(who, facts)).orElse(false);
        }
        boolean submitter = who.roles().contains(Role.LENDER) || who.roles().contains(Role.COLLECTOR);
        return submitter && f.namespace().equals(who.institution());
    }

    private static InvalidRequestException missing(String given) {
        return new InvalidRequestException(Response.Status.NOT_FOUND, "no case " + given);
    }
}
