package org.judicialchain.portal.interfaces.rest.shared.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.judicialchain.identity.Role;
import org.judicialchain.identity.access.Caller;
import org.judicialchain.identity.access.CaseAccessFacts;
import org.judicialchain.portal.application.cases.OwningCaseItems;

/**
 * An agency sees its own work on a case and the creditor's and debtor's, never another agency's (security review,
 * item 16): competing agencies on one debt, or the one before and after a transfer, do not learn what each other
 * did. Applies to callers who read the case as an agency only; the court, the creditor and the debtor see all.
 */
@RequestScoped
public class AgencyScope {

    @Inject
    Guard guard;
    @Inject
    OwningCaseItems owners;

    /** Whether this caller reads the case as one agency among its agencies. */
    public boolean applies(CaseAccessFacts facts) {
        return appliesTo(guard.caller());
    }

    /** Whether an item made by {@code maker} belongs to another agency of the case, for this caller. */
    public boolean hides(String maker, CaseAccessFacts facts) {
        return hides(guard.caller(), maker, facts);
    }

    static boolean appliesTo(Caller who) {
        boolean otherwiseEntitled = who.has(Role.JUDGE) || who.has(Role.ARBITRATOR) || who.has(Role.AUDITOR)
                || who.has(Role.LENDER) || who.has(Role.DEBTOR);
        return who.has(Role.COLLECTOR) && !otherwiseEntitled && who.institution() != null;
    }

    static boolean hides(Caller who, String maker, CaseAccessFacts facts) {
        return appliesTo(who) && maker != null && !maker.equals(who.institution()) && agencies(facts).contains(maker);
    }

    /** The item ids this caller may see among {@code ids}, all of one case. */
    public List<String> visible(List<String> ids, CaseAccessFacts facts) {
        if (!applies(facts) || ids.isEmpty()) {
            return ids;
        }
        OwningCaseItems.Owners made = owners.of(facts.caseRef());
        return ids.stream().filter(id -> !hides(made.of(id), facts)).toList();
    }

    /** What a listing of one case shows this caller: every item, or (for an agency) all but other agencies'. */
    public View viewOf(CaseAccessFacts facts) {
        if (!applies(facts)) {
            return View.ALL;
        }
        Caller who = guard.caller();
        OwningCaseItems.Owners made = owners.of(facts.caseRef());
        return new View() {
            @Override
            public List<String> ids(List<String> ids) {
                return ids.stream().filter(id -> !hides(who, made.of(id), facts)).toList();
            }

            @Override
            public boolean shows(String maker) {
                return !hides(who, maker, facts);
            }
        };
    }

    /** A listing's filter: item ids, and parts made by an institution (an objection's responses). */
    public interface View {
        View ALL = new View() {
            @Override
            public List<String> ids(List<String> ids) {
                return ids;
            }

            @Override
            public boolean shows(String maker) {
                return true;
            }
        };

        List<String> ids(List<String> ids);

        boolean shows(String maker);
    }

    private static Set<String> agencies(CaseAccessFacts facts) {
        return facts.authorisations().stream().map(a -> a.agency()).collect(Collectors.toSet());
    }
}
