package org.judicialchain.portal.application.workqueue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.judicialchain.evidence.domain.model.cases.CaseState;
import org.judicialchain.evidence.domain.model.disputes.ObjectionType;
import org.judicialchain.identity.Role;
import org.judicialchain.identity.access.AccessPolicy;
import org.judicialchain.identity.access.Caller;
import org.judicialchain.identity.access.CaseAccessFacts;
import org.judicialchain.portal.application.cases.FindingCases;
import org.judicialchain.portal.domain.cases.LoanCases.CaseFilter;
import org.judicialchain.portal.domain.cases.LoanCases;
import org.judicialchain.portal.domain.disputes.ConfirmationRow;
import org.judicialchain.portal.domain.disputes.Confirmations;
import org.judicialchain.portal.domain.disputes.Objection;
import org.judicialchain.portal.domain.disputes.ObjectionRow;
import org.judicialchain.portal.domain.disputes.Objections;
import org.judicialchain.portal.domain.lifecycle.EscalationRecords;
import org.judicialchain.portal.domain.notifications.Notifications;

/**
 * What awaits each party: the judge's objections to decide and confirmations to grant (with deadlines
 * that passed flagged, nothing expires silently), the lender's and agency's objections to answer and the
 * lender's settled cases to confirm, the debtor's objections; plus the notifications sent to them.
 */
@ApplicationScoped
public class ListingWorkQueues {

    private static final int SCAN = 500;

    @Inject
    Objections objections;
    @Inject
    Confirmations confirmations;
    @Inject
    LoanCases cases;
    @Inject
    Notifications notices;
    @Inject
    FindingCases book;
    @Inject
    EscalationRecords escalation;

    private final AccessPolicy policy = new AccessPolicy();

    /**
     * One thing to do. {@code summary} is an English line for API clients; the pages write their own
     * line in the reader's language from the structured fields (objection type and excerpt of the
     * debtor's own words, or the confirmation's pre-check and draft).
     */
    public record Item(String kind, String caseRef, String id, String reference, String summary, Instant since, Instant dueAt,
                       boolean overdue, String objectionType, String excerpt, Boolean precheckClean, Boolean draftReady) {

        static Item objection(String kind, ObjectionRow o, String summary, boolean overdue) {
            return new Item(kind, o.caseRef(), o.id().toString(), o.reference(), summary, o.filedAt(), o.responseDueAt(), overdue,
                    o.type(), abbreviate(o.statement()), null, null);
        }

        static Item plain(String kind, String caseRef, String summary, Instant since) {
            return new Item(kind, caseRef, null, null, summary, since, null, false, null, null, null, null);
        }
    }

    @Transactional
    public List<Item> itemsFor(Caller who, Instant now) {
        List<Item> items = new ArrayList<>();
        for (ObjectionRow o : objections.open(SCAN)) {
            Optional<CaseAccessFacts> facts = book.facts(o.caseRef());
            if (facts.isEmpty() || !policy.canSeeCase(who, facts.get(), now)) {
                continue;
            }
            var responses = objections.responses(o.id());
            boolean overdue = Objection.responseOverdue(o, responses, now);
            String summary = o.type() + ": " + abbreviate(o.statement());
            if (who.has(Role.JUDGE) || who.has(Role.ARBITRATOR)) {
                items.add(Item.objection(o.assignedTo() == null ? "OBJECTION_TO_ASSIGN" : "OBJECTION_TO_DECIDE", o, summary, overdue));
            }
            boolean lenderOwes = who.has(Role.LENDER) && who.institution().equals(facts.get().creditorInstitution())
                    && responses.stream().noneMatch(r -> r.institution().equals(who.institution()));
            boolean agencyOwes = who.has(Role.COLLECTOR) && ObjectionType.valueOf(o.type()).concernsConduct()
                    && responses.stream().noneMatch(r -> r.institution().equals(who.institution()));
            if (lenderOwes || agencyOwes) {
                items.add(Item.objection("OBJECTION_TO_ANSWER", o, summary, overdue));
            }
            if (who.has(Role.DEBTOR)) {
                items.add(Item.objection("MY_OBJECTION", o, o.status(), overdue));
            }
        }
        if (who.has(Role.JUDGE) || who.has(Role.ARBITRATOR)) {
            for (String caseRef : escalation.referredAwaitingCourt(SCAN)) {
                Optional<CaseAccessFacts> facts = book.facts(caseRef);
                if (facts.isPresent() && policy.canSeeCase(who, facts.get(), now)) {
                    items.add(Item.plain("REFERRAL_TO_ACCEPT", caseRef,
                            "referred by the escalation policy; accept to open judicial proceedings", null));
                }
            }
            for (ConfirmationRow c : confirmations.awaiting(SCAN)) {
                Optional<CaseAccessFacts> facts = book.facts(c.caseRef());
                if (facts.isPresent() && policy.canSeeCase(who, facts.get(), now)) {
                    items.add(new Item("CONFIRMATION_TO_DECIDE", c.caseRef(), c.id().toString(), null,
                            (c.precheckClean() ? "pre-check clean" : "pre-check found problems")
                                    + (c.draftReady() ? "; draft ready" : ""), c.requestedAt(), null, false,
                            null, null, c.precheckClean(), c.draftReady()));
                }
            }
        }
        if (who.has(Role.LENDER) && who.institution() != null) {
            for (var row : cases.list(new CaseFilter(CaseFilter.Kind.CREDITOR, who.institution()), Optional.of(CaseState.SETTLED),
                    0, 50)) {
                if (confirmations.ofCase(row.caseRef()).stream().noneMatch(c -> !"REFUSED".equals(c.status()))) {
                    items.add(Item.plain("CONFIRMATION_AVAILABLE", row.caseRef(),
                            "settled: judicial confirmation may be requested", row.stateSince()));
                }
            }
        }
        return items;
    }

    public List<Notifications.NotificationRow> noticesFor(Caller who) {
        List<Notifications.NotificationRow> out = new ArrayList<>();
        if (who.institution() != null) {
            out.addAll(notices.forRecipient("INSTITUTION", who.institution(), 50));
        }
        if (who.partyId() != null) {
            out.addAll(notices.forRecipient("PARTY", who.partyId(), 50));
        }
        if (who.court() != null && (who.has(Role.JUDGE) || who.has(Role.ARBITRATOR))) {
            out.addAll(notices.forRecipient("COURT", who.court(), 50));
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }
}
