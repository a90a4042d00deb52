package org.judicialchain.portal.interfaces.rest.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.judicialchain.evidence.domain.model.evidence.EvidenceRecord;
import org.judicialchain.portal.application.cases.FindingCases;
import org.judicialchain.portal.application.reconciliation.CheckingCaseChains.CaseChain;
import org.judicialchain.portal.application.reconciliation.CheckingCaseChains.EntryReport;
import org.judicialchain.portal.application.reconciliation.CheckingCaseChains;
import org.judicialchain.portal.interfaces.rest.evidence.EvidenceAssembler;
import org.judicialchain.portal.interfaces.rest.shared.errors.InvalidRequestException;
import org.judicialchain.portal.interfaces.rest.shared.security.Guard;

/** The evidence chain of a case: its custody log in order, each entry checked. */
@Produces(MediaType.APPLICATION_JSON)
@Path("v1/cases/{caseRef}/chain")
@RequestScoped
public class CaseChainResource {

    @Inject
    CheckingCaseChains chains;
    @Inject
    Guard guard;
    @Inject
    FindingCases book;

    @GET
    public CaseChainDtos.CaseChainView chain(@PathParam("caseRef") String caseRef) {
        try {
            EvidenceRecord.requireCaseRef(caseRef);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.badRequest(e.getMessage());
        }
        guard.requireCaseReader(caseRef, chains.institutionsOf(caseRef), book.facts(caseRef));
        CaseChain chain = chains.chainOf(caseRef).orElseThrow(() -> new NotFoundException("no case " + caseRef));
        var entries = chain.entries().stream().map(CaseChainResource::entry).toList();
        int broken = (int) chain.entries().stream().filter(e -> !e.intact()).count();
        return new CaseChainDtos.CaseChainView(chain.caseRef(), chain.intact(), entries.size(), broken, entries,
                chain.evidenceProblems());
    }

    private static CaseChainDtos.Entry entry(EntryReport r) {
        var e = r.link().entry();
        return new CaseChainDtos.Entry(e.sequence(), e.type().name(), e.subjectId(), e.subjectDigest().hex(), e.actor(),
                e.occurredAt(), e.previousHash().hex0x(), e.entryHash().hex0x(), r.link().intact(), r.anchorVerdict().name(),
                r.anchor().map(EvidenceAssembler::anchor).orElse(null),
                r.subject().map(s -> s.verdict().name()).orElse(null), r.intact(), r.problems());
    }
}
