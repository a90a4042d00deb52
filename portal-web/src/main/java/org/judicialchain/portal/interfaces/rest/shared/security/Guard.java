package org.judicialchain.portal.interfaces.rest.shared.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Set;
import org.judicialchain.evidence.domain.model.evidence.EvidenceRecord;
import org.judicialchain.identity.Role;
import org.judicialchain.identity.access.AccessPolicy;
import org.judicialchain.identity.access.Action;
import org.judicialchain.identity.access.Caller;
import org.judicialchain.identity.access.CaseAccessFacts;
import org.judicialchain.identity.access.Decision;
import org.judicialchain.identity.access.Party;
import org.judicialchain.portal.domain.privacy.AccessLog;
import org.judicialchain.portal.infrastructure.security.TokenVerifier.VerifiedToken;
import org.judicialchain.portal.interfaces.rest.shared.errors.InvalidRequestException;
import org.judicialchain.ruling.document.Officer;
import org.judicialchain.ruling.document.PersonalNames;

/**
 * Who may call what, in one place. Anonymous callers get 401, callers without the right 403, and
 * callers who may not know a thing exists 404 (so evidence ids and case references cannot be probed).
 *
 * <p>Until cases record their creditor, court and debtor (the cases work), ownership is what the
 * evidence itself records: the submitting institution. Court-side roles and auditors read all;
 * debtors see nothing until they can claim their case. Once cases carry those facts, these checks
 * become calls to identity's AccessPolicy with the case's CaseAccessFacts.
 */
@RequestScoped
public class Guard {

    private static final Set<String> SUBMITTERS = Set.of(Role.LENDER.claim(), Role.COLLECTOR.claim());

    @Inject
    CallerContext caller;
    @Inject
    AccessLog access;

    private final AccessPolicy policy = new AccessPolicy();

    /** The caller as the access policy knows them. */
    public Caller caller() {
        return caller.token().map(t -> Caller.fromToken(t.subject(), t.roles(), t.institution(), t.court(), t.partyId()))
                .orElse(Caller.ANONYMOUS);
    }

    /**
     * Applies the access policy to an action on a case: 401 for anonymous callers, 403 or 404 as the
     * policy decides (404 where even the case's existence must not be revealed). Reads the policy
     * marks are logged.
     */
    public Caller require(Action action, CaseAccessFacts facts) {
        return require(action, facts, null);
    }

    /** The same for a read of one item of the case ({@code subject}, an id), which the access log names. */
    public Caller require(Action action, CaseAccessFacts facts, String subject) {
        Caller who = caller();
        Instant now = Instant.now();
        Decision d = policy.decide(who, action, facts, now);
        if (!d.isAllowed() && !who.isAnonymous() && !policy.knowsOfCase(who, facts, now)) {
            // refused for a case the caller may not know of: answered as a missing one (security review, item 3)
            throw notFound("nothing by that reference that you may see");
        }
        enforce(who, d, action.name(), facts.caseRef(), subject);
        return who;
    }

    /** The same for actions on no particular case (listing, public verification, administration). */
    public Caller require(Action action) {
        Caller who = caller();
        enforce(who, policy.decide(who, action, Instant.now()), action.name(), null, null);
        return who;
    }

    /** Whether the caller may see the case at all (for listings). */
    public boolean canSee(Caller who, CaseAccessFacts facts) {
        return policy.canSeeCase(who, facts, Instant.now());
    }

    /** Whether the caller may learn that the case exists (else it answers as a missing case does). */
    public boolean knowsOf(Caller who, CaseAccessFacts facts) {
        return policy.knowsOfCase(who, facts, Instant.now());
    }

    /**
     * Records a read of case content in the access log (security review, item 12): the reads the policy marks, and
     * those the caller names (collection records, a case's personal data).
     */
    public void recordRead(String action, String caseRef, String subject) {
        Caller who = caller();
        access.record(new AccessLog.Access(Instant.now(), who.isAnonymous() ? "anonymous" : actorOf(who), String.join(",",
                who.roles().stream().map(Role::claim).sorted().toList()), action, caseRef, subject));
    }

    private void enforce(Caller who, Decision d, String action, String caseRef, String subject) {
        if (d.isAllowed()) {
            if (d.mustLogRead() && caseRef != null) {
                recordRead(action, caseRef, subject);
            }
            return;
        }
        if (who.isAnonymous()) {
            authenticated();
        }
        throw new InvalidRequestException(d.outcome() == Decision.Outcome.HIDE ? Response.Status.NOT_FOUND
                : Response.Status.FORBIDDEN, d.reason());
    }

    /**
     * The caller as who submits evidence, recorded with the evidence and in its leaf: a lender's or
     * agency's institution, or for a debtor "party:" and their party id (a pseudonym, never their
     * name). A debtor files only into a loan case they claimed: {@link Submitter#debtor()} tells the
     * caller to require the case (the access policy then checks the claim).
     */
    public Submitter requireSubmitter() {
        VerifiedToken t = authenticated();
        if (hasAny(t, SUBMITTERS)) {
            if (t.institution() == null || t.institution().isBlank()) {
                throw forbidden("your account has no institution; ask the court administrator to set it");
            }
            return new Submitter(t.institution(), actor(t), false);
        }
        if (t.roles().contains(Role.DEBTOR.claim()) && t.partyId() != null && !t.partyId().isBlank()) {
            return new Submitter(DEBTOR_SUBMITTER + t.partyId(), actor(t), true);
        }
        throw forbidden("only lenders, collection agencies and debtors (into their own cases) submit evidence");
    }

    /**
     * Reading one evidence item; returns the actor to log the view under (null when it need not be
     * logged: the submitting institution following its own submission). With a loan case, the
     * access policy decides; evidence filed under a reference no case has is its submitter's alone.
     */
    public String requireEvidenceReader(EvidenceRecord record, java.util.Optional<CaseAccessFacts> facts) {
        VerifiedToken t = authenticated();
        if (facts.isPresent()) {
            Caller who = require(Action.VIEW_EVIDENCE, facts.get(), record.id().toString());
            if (AgencyScope.hides(who, record.submitter(), facts.get())) {
                throw notFound("no evidence " + record.id()); // another agency's work on the case (review item 16)
            }
            return record.submitter().equals(t.institution()) ? null : actor(t);
        }
        // no case yet: the item is its submitter's alone, the court's too only once a case adopts it (review item 2)
        if (hasAny(t, SUBMITTERS) && record.submitter().equals(t.institution())) {
            return null; // the submitter following its own submission
        }
        throw notFound("no evidence " + record.id());
    }

    /**
     * Whether the caller may read the internal note of an evidence item (the policy's VIEW_INTERNAL_NOTE, the item
     * owned by its submitter): a note is its writer's, for the court and the auditor, not for the other parties.
     * Under a reference no case has only the submitter reads it. Call after requireEvidenceReader.
     */
    public boolean mayReadNote(EvidenceRecord record, java.util.Optional<CaseAccessFacts> facts) {
        VerifiedToken t = authenticated();
        if (facts.isEmpty()) {
            return record.submitter().equals(t.institution());
        }
        return policy.decide(caller(), Action.VIEW_INTERNAL_NOTE, facts.get(), ownerOf(record.submitter(), facts.get()),
                Instant.now()).isAllowed();
    }

    /** The party an item's submitter stands for: a debtor by party id, the case's court, else an institution. */
    private static Party ownerOf(String submitter, CaseAccessFacts facts) {
        if (submitter.startsWith(DEBTOR_SUBMITTER)) {
            return Party.debtor(submitter.substring(DEBTOR_SUBMITTER.length()));
        }
        return submitter.equals(facts.court()) ? Party.court(submitter) : Party.institution(submitter);
    }

    /** Reading a case's custody chain; {@code institutionsOfCase} are those that submitted to it. */
    public void requireCaseReader(String caseRef, Set<String> institutionsOfCase, java.util.Optional<CaseAccessFacts> facts) {
        VerifiedToken t = authenticated();
        if (facts.isPresent()) {
            require(Action.VIEW_CUSTODY_CHAIN, facts.get());
            return;
        }
        if (hasAny(t, SUBMITTERS) && institutionsOfCase.contains(t.institution())) {
            return;
        }
        throw notFound("no case " + caseRef);
    }

    /** The signed-in person's name as documents print it (the username while the token carries no other). */
    public String displayName() {
        VerifiedToken t = authenticated();
        return t.username() != null ? t.username() : t.subject();
    }

    /**
     * The signed-in judge or arbitrator as a document prints them: the full name from the identity provider's given
     * and family names (the account name when it holds neither), and the title of their role.
     */
    public Officer officer() {
        VerifiedToken t = authenticated();
        String name = PersonalNames.full(t.givenName(), t.familyName()).orElseGet(this::displayName);
        boolean arbitrator = t.roles().contains(Role.ARBITRATOR.claim()) && !t.roles().contains(Role.JUDGE.claim());
        return new Officer(name, arbitrator ? Officer.Title.ARBITRATOR : Officer.Title.JUDGE);
    }

    /** Any signed-in caller; checked before looking anything up, so anonymous callers learn nothing. */
    public void requireSignedIn() {
        authenticated();
    }

    public record Submitter(String institution, String actor, boolean debtor) {
    }

    /** Prefix of a debtor's submitter id: it cannot clash with an institution id, which has no colon. */
    public static final String DEBTOR_SUBMITTER = "party:";

    private VerifiedToken authenticated() {
        return caller.token().orElseThrow(() -> new InvalidRequestException(Response.Status.UNAUTHORIZED,
                "sign in: send 'Authorization: Bearer <access token>' from the court realm"));
    }

    private static boolean hasAny(VerifiedToken t, Set<String> roles) {
        return t.roles().stream().anyMatch(roles::contains);
    }

    /** As custody entries name people: user@institution, user@court, or the user. */
    private String actorOf(Caller who) {
        return caller.token().map(Guard::actor).orElse(who.subject());
    }

    private static String actor(VerifiedToken t) {
        String who = t.username() != null ? t.username() : t.subject();
        return t.institution() != null ? who + "@" + t.institution() : t.court() != null ? who + "@" + t.court() : who;
    }

    private static InvalidRequestException forbidden(String why) {
        return new InvalidRequestException(Response.Status.FORBIDDEN, why);
    }

    private static InvalidRequestException notFound(String why) {
        return new InvalidRequestException(Response.Status.NOT_FOUND, why);
    }
}
