package org.judicialchain.identity.access;

import static org.judicialchain.identity.access.Action.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.judicialchain.evidence.domain.model.compliance.AuthorisationStanding;
import org.judicialchain.identity.Role;

/**
 * Who may do what on which case: the portal's access rules in one place. Stateless; the
 * caller passes the instant at which collection authorisations are judged.
 *
 * <p>A request is judged for each role of the caller in three steps:
 * <ol>
 *   <li><b>Capability</b> - may this role ever do this action? If not: DENY (403). The answer
 *       does not depend on the case, so it reveals nothing about it.</li>
 *   <li><b>Scope</b> - is the case within this caller's sight (their court, their institution as
 *       creditor of record, their agency's authorisation, their own claimed case)? If not: HIDE
 *       (404), for every role, exactly as for a case reference that does not exist: a 403 would
 *       confirm that a case exists, and a case reference probed by a debtor, a bank or an agency
 *       would tell them who else is being collected from, by whom and where. The one exception is
 *       a collector whose agency did hold an authorisation that has expired, been revoked or not
 *       yet started: the agency already knows the case, so it gets DENY with the reason.</li>
 *   <li><b>Item</b> - for items owned by one party: other parties' internal notes are HIDE for
 *       everyone but the court and the auditor; other agencies' collection records are HIDE for
 *       collectors.</li>
 * </ol>
 * With several roles the most permissive answer wins (ALLOW, then HIDE, then DENY).
 * Allowed views of evidence, and every read of the auditor, must be logged
 * ({@link Decision#mustLogRead()}). Public verification is open to everyone, unlogged.
 */
public final class AccessPolicy {

    private static final Set<Action> COURT_SIDE = EnumSet.of(
            LIST_CASES, VIEW_CASE, VIEW_EVIDENCE, VIEW_CUSTODY_CHAIN, VIEW_COLLECTION_RECORD, VIEW_INTERNAL_NOTE,
            DECIDE_OBJECTION, GRANT_CONFIRMATION, REQUEST_ERASURE, DECIDE_ERASURE, VIEW_ACCESS_LOG);

    /** What each role may do at all, before looking at the case. */
    private static final Map<Role, Set<Action>> CAPABILITIES = new EnumMap<>(Map.of(
            Role.JUDGE, COURT_SIDE,
            Role.ARBITRATOR, COURT_SIDE,
            Role.COURT_ADMIN, EnumSet.of(
                    VIEW_INSTITUTIONS, MANAGE_INSTITUTIONS, VIEW_CHAIN_ACCOUNTS, MANAGE_CHAIN_ACCOUNTS),
            Role.LENDER, EnumSet.of(
                    LIST_CASES, VIEW_CASE, VIEW_EVIDENCE, VIEW_CUSTODY_CHAIN, VIEW_COLLECTION_RECORD, VIEW_INTERNAL_NOTE,
                    SUBMIT_EVIDENCE, RECORD_REPAYMENT, CONFIRM_REPAYMENT, REQUEST_CONFIRMATION, DECIDE_ERASURE),
            // No custody chain: it lists every agency's actions on the case.
            Role.COLLECTOR, EnumSet.of(
                    LIST_CASES, VIEW_CASE, VIEW_EVIDENCE, VIEW_COLLECTION_RECORD, VIEW_INTERNAL_NOTE,
                    SUBMIT_EVIDENCE, ADD_COLLECTION_RECORD, RECORD_REPAYMENT),
            // The debtor may see the whole custody chain and every collection record: they are the
            // person collected from, and may cite what was done to them in an objection.
            Role.DEBTOR, EnumSet.of(
                    LIST_CASES, CLAIM_CASE, VIEW_CASE, VIEW_EVIDENCE, VIEW_CUSTODY_CHAIN, VIEW_COLLECTION_RECORD,
                    VIEW_INTERNAL_NOTE, SUBMIT_EVIDENCE, FILE_OBJECTION, REQUEST_ERASURE, VIEW_ACCESS_LOG),
            Role.AUDITOR, readActions()));

    /** For actions that need no case ({@link Action.Target#NONE}). */
    public Decision decide(Caller caller, Action action, Instant now) {
        return decide(caller, action, null, null, now);
    }

    /** For case actions ({@link Action.Target#CASE}). */
    public Decision decide(Caller caller, Action action, CaseAccessFacts facts, Instant now) {
        return decide(caller, action, facts, null, now);
    }

    /**
     * Judges one request.
     *
     * @param facts     the case, required exactly for case and case-item actions
     * @param itemOwner the owner of the item, required exactly for case-item actions; for a
     *                  collection record, the agency that made it
     * @param now       the instant at which collection authorisations are judged
     * @throws IllegalArgumentException when facts or owner are missing or superfluous: a
     *                                  programming error of the caller, not an access question
     */
    public Decision decide(Caller caller, Action action, CaseAccessFacts facts, Party itemOwner, Instant now) {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(now, "now");
        checkRequestShape(action, facts, itemOwner);

        if (action == VERIFY_PUBLIC) {
            return Decision.allow("public verification reveals no personal data");
        }
        if (caller.isAnonymous()) {
            return Decision.deny("sign-in required");
        }
        if (caller.roles().isEmpty()) {
            return Decision.deny("no portal role");
        }
        List<Decision> perRole = new ArrayList<>();
        for (Role role : caller.roles()) {
            perRole.add(decideAs(role, caller, action, facts, itemOwner, now));
        }
        return mostPermissive(perRole);
    }

    /** Whether the case shows up for this caller at all (filters LIST_CASES). */
    public boolean canSeeCase(Caller caller, CaseAccessFacts facts, Instant now) {
        return decide(caller, VIEW_CASE, facts, now).isAllowed();
    }

    /**
     * Whether the caller may know that the case exists: it is in sight of one of their roles, or they are an agency
     * whose authorisation for it expired or was revoked (told why, not that there is no such case). Everyone else,
     * the court administrator included, gets the answer a missing case gets: a reference cannot be probed.
     */
    public boolean knowsOfCase(Caller caller, CaseAccessFacts facts, Instant now) {
        Objects.requireNonNull(facts, "facts");
        if (caller.isAnonymous()) {
            return false;
        }
        for (Role role : caller.roles()) {
            if (role == Role.COURT_ADMIN) {
                continue;
            }
            if (scope(role, caller, VIEW_CASE, facts, now) == null) {
                return true;
            }
            if (role == Role.COLLECTOR && caller.institution() != null
                    && facts.authorisationStanding(caller.institution(), now).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private Decision decideAs(Role role, Caller caller, Action action, CaseAccessFacts facts, Party owner,
                              Instant now) {
        if (!CAPABILITIES.get(role).contains(action)) {
            return Decision.deny(role.claim() + " may not " + action);
        }
        if (!action.onCase()) {
            return allow(role, action, role.claim() + " may " + action);
        }
        Decision outOfScope = scope(role, caller, action, facts, now);
        if (outOfScope != null) {
            return outOfScope;
        }
        if (action.onItem()) {
            Decision hiddenItem = item(role, caller, action, owner);
            if (hiddenItem != null) {
                return hiddenItem;
            }
        }
        return allow(role, action, role.claim() + " may " + action + " on this case");
    }

    /** Null when the case is within the caller's sight for this role, otherwise the refusal. */
    private static Decision scope(Role role, Caller caller, Action action, CaseAccessFacts facts, Instant now) {
        return switch (role) {
            case JUDGE, ARBITRATOR -> {
                if (caller.court() == null) {
                    yield Decision.deny("token carries no court claim");
                }
                yield caller.court().equals(facts.court()) ? null : Decision.hide("case of another court");
            }
            case LENDER -> {
                if (caller.institution() == null) {
                    yield Decision.deny("token carries no institution claim");
                }
                yield caller.institution().equals(facts.creditorInstitution())
                        ? null : Decision.hide("institution is not the creditor of record");
            }
            case COLLECTOR -> {
                if (caller.institution() == null) {
                    yield Decision.deny("token carries no institution claim");
                }
                AuthorisationStanding standing = facts.authorisationStanding(caller.institution(), now).orElse(null);
                if (standing == null) {
                    yield Decision.hide("agency holds no collection authorisation for this case");
                }
                yield standing == AuthorisationStanding.VALID
                        ? null : Decision.deny("collection authorisation " + standing.name().toLowerCase(Locale.ROOT));
            }
            case DEBTOR -> {
                if (caller.partyId() == null) {
                    yield Decision.deny("token carries no party_id claim");
                }
                if (!facts.isClaimed()) {
                    // Anyone holding the notice may try to claim; the access code decides.
                    yield action == CLAIM_CASE ? null : Decision.hide("case not claimed by this debtor");
                }
                yield caller.partyId().equals(facts.debtorPartyId())
                        ? null : Decision.hide("case of another debtor");
            }
            case AUDITOR -> null;
            case COURT_ADMIN -> Decision.deny("court-admin sees no case content");
        };
    }

    /** Null when the item may be seen, otherwise HIDE: other parties' items do not exist for the caller. */
    private static Decision item(Role role, Caller caller, Action action, Party owner) {
        boolean seesAllItems = role.isCourtSide() || role == Role.AUDITOR;
        if (seesAllItems || caller.is(owner)) {
            return null;
        }
        return switch (action) {
            case VIEW_INTERNAL_NOTE -> Decision.hide("internal note of another party");
            case VIEW_COLLECTION_RECORD ->
                    role == Role.COLLECTOR ? Decision.hide("collection record of another agency") : null;
            default -> throw new IllegalStateException("not an item action: " + action);
        };
    }

    private static Decision allow(Role role, Action action, String reason) {
        boolean log = action.isRead() && (role == Role.AUDITOR || action.viewsEvidence());
        return log ? Decision.allowLogged(reason) : Decision.allow(reason);
    }

    private static Decision mostPermissive(List<Decision> decisions) {
        List<Decision> allowed = decisions.stream().filter(Decision::isAllowed).toList();
        if (!allowed.isEmpty()) {
            boolean log = allowed.stream().anyMatch(Decision::mustLogRead);
            return new Decision(Decision.Outcome.ALLOW, allowed.get(0).reason(), log);
        }
        return decisions.stream().filter(d -> d.outcome() == Decision.Outcome.HIDE).findFirst()
                .orElse(decisions.get(0));
    }

    private static void checkRequestShape(Action action, CaseAccessFacts facts, Party owner) {
        if (action.onCase() != (facts != null)) {
            throw new IllegalArgumentException(action + (action.onCase() ? " needs" : " takes no") + " case facts");
        }
        if (action.onItem() != (owner != null)) {
            throw new IllegalArgumentException(action + (action.onItem() ? " needs" : " takes no") + " item owner");
        }
        if (action == VIEW_COLLECTION_RECORD && owner.kind() != Party.Kind.INSTITUTION) {
            throw new IllegalArgumentException("a collection record is owned by an agency");
        }
    }

    private static Set<Action> readActions() {
        Set<Action> reads = EnumSet.noneOf(Action.class);
        for (Action action : Action.values()) {
            if (action.isRead()) {
                reads.add(action);
            }
        }
        return reads;
    }
}
