package org.judicialchain.portal.application.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.portal.domain.cases.CaseConflictException;
import org.judicialchain.portal.domain.cases.CaseRow;
import org.judicialchain.portal.domain.cases.LoanCases;
import org.judicialchain.portal.domain.disputes.ConfirmationRequest;
import org.judicialchain.portal.domain.disputes.Confirmations;
import org.judicialchain.portal.domain.disputes.ObjectionRow;
import org.judicialchain.portal.domain.disputes.Objections;
import org.judicialchain.portal.domain.privacy.ErasureRequest;
import org.judicialchain.portal.domain.privacy.ErasureRequest.RequestedAs;
import org.judicialchain.portal.domain.privacy.ErasureRequest.Status;
import org.judicialchain.portal.domain.privacy.ErasureRequests;
import org.judicialchain.portal.domain.privacy.PersonalDataErased;

/**
 * Erasure of a debtor's personal data (PIPL art. 47, GDPR art. 17): the case's data key is destroyed, so the sealed
 * debtor and every served copy sealed under it become unreadable at once, while the case stays as a pseudonymous
 * record and every anchored digest still verifies. A legal hold (the case before the court, an open objection, a
 * pending confirmation) keeps the data: the answer says which, and the erasure can be asked again once it ends.
 */
@ApplicationScoped
public class ErasingPersonalData {

    @Inject
    LoanCases cases;
    @Inject
    Objections objections;
    @Inject
    Confirmations confirmations;
    @Inject
    ErasureRequests requests;
    /** Observed by the custody log, in this transaction. */
    @Inject
    Event<PersonalDataErased> erasures;

    private final Clock clock = Clock.systemUTC();

    /**
     * @param actor     who asks, as the custody log names them
     * @param authority for a court's order, the court; null for a debtor's request (decided later)
     */
    public record Ask(String caseRef, String actor, RequestedAs as, String reason, String authority) {
    }

    /** A debtor's request is kept for the controller or the court to decide; a court's order is carried out at once. */
    @Transactional
    public ErasureRequest ask(Ask a) {
        CaseRow row = lockedCase(a.caseRef());
        requireNotErased(a.caseRef());
        requests.ofCase(a.caseRef()).stream().filter(r -> r.status() == Status.REQUESTED).findFirst().ifPresent(open -> {
            throw new CaseConflictException("an erasure request of case " + a.caseRef() + " is already waiting for a decision ("
                    + open.id() + ", asked " + open.requestedAt() + ")");
        });
        requireNoLegalHold(row);
        ErasureRequest asked = ErasureRequest.asked(a.caseRef(), a.actor(), a.as(), a.reason(), clock.instant());
        requests.add(asked);
        return a.as() == RequestedAs.COURT ? erase(asked, a.actor(), a.authority(), a.reason()) : asked;
    }

    /** @param authority the creditor of record (the controller) or the court that approves */
    @Transactional
    public ErasureRequest approve(UUID request, String actor, String authority, String reasons) {
        ErasureRequest open = open(request);
        requireNoLegalHold(lockedCase(open.caseRef()));
        return erase(open, actor, authority, reasons);
    }

    @Transactional
    public ErasureRequest refuse(UUID request, String actor, String authority, String reasons) {
        ErasureRequest refused = open(request).refused(actor, authority, clock.instant(), reasons);
        if (!requests.decide(refused)) {
            throw decidedMeanwhile(request);
        }
        return refused;
    }

    public Optional<ErasureRequest> find(UUID request) {
        return requests.find(request);
    }

    private ErasureRequest erase(ErasureRequest open, String actor, String authority, String reasons) {
        ErasureRequest done = open.erased(actor, authority, clock.instant(), reasons);
        if (!requests.decide(done)) {
            throw decidedMeanwhile(open.id());
        }
        cases.eraseDebtor(open.caseRef());
        requests.dropSealedCopies(open.caseRef());
        erasures.fire(new PersonalDataErased(done));
        return done;
    }

    private ErasureRequest open(UUID request) {
        ErasureRequest r = requests.find(request).orElseThrow();
        lockedCase(r.caseRef());
        ErasureRequest current = requests.find(request).orElseThrow(); // read again under the case's lock
        if (current.status() != Status.REQUESTED) {
            throw new CaseConflictException("erasure request " + request + " is already " + current.status()
                    + " (" + current.decidedAt() + ")");
        }
        return current;
    }

    private CaseRow lockedCase(String caseRef) {
        return cases.locked(caseRef).orElseThrow().snapshot();
    }

    private void requireNotErased(String caseRef) {
        requests.erasureOf(caseRef).ifPresent(done -> {
            throw new CaseConflictException("the personal data of case " + caseRef + " was erased on " + done.decidedAt()
                    + " by order of " + done.authority());
        });
    }

    private void requireNoLegalHold(CaseRow row) {
        String hold = null;
        if (row.state() == CaseState.JUDICIAL) {
            hold = "the case is before the court (JUDICIAL)";
        } else {
            Optional<ObjectionRow> objection = objections.ofCase(row.caseRef()).stream().filter(o -> !o.decided()).findFirst();
            if (objection.isPresent()) {
                hold = "objection " + objection.get().reference() + " is open";
            } else if (confirmations.ofCase(row.caseRef()).stream()
                    .anyMatch(c -> ConfirmationRequest.REQUESTED.equals(c.status()))) {
                hold = "a request for judicial confirmation is pending";
            }
        }
        if (hold != null) {
            throw new CaseConflictException("a legal hold keeps the personal data of case " + row.caseRef() + ": " + hold
                    + ". Erasure can be asked again once it ends.");
        }
    }

    private static CaseConflictException decidedMeanwhile(UUID request) {
        return new CaseConflictException("erasure request " + request + " was decided meanwhile");
    }
}
