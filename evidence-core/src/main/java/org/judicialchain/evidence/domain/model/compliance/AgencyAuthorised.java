package org.judicialchain.evidence.domain.model.compliance;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.judicialchain.evidence.domain.model.collection.CollectionRecord;

/**
 * Universal (and required by CN-2026): an agency acts on a case only while it holds a valid
 * collection authorisation for it. Without one it has no standing towards the debtor, and the
 * lender cannot be held to what it did.
 *
 * <p>The record is compliant when any of the agency's authorisations is {@link AuthorisationStanding#VALID}
 * at {@code occurredAt} (see {@link CollectionAuthorisation} for the half-open interval). Otherwise
 * the finding gives the reason: no authorisation at all, or the nearest one that did not cover the
 * moment (the latest that had started, else the first that had not yet started) and whether it was
 * not yet valid, expired or revoked.
 */
public final class AgencyAuthorised implements CompliancePolicy {

    public static final String RULE_ID = "UNIVERSAL-AGENCY-AUTHORISED";
    public static final String SOURCE = "Universal rule (all profiles), also CBA consumer-loan collection guideline 2026: collection only by an agency holding a valid collection authorisation for the case";

    @Override
    public String ruleId() {
        return RULE_ID;
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public List<Finding> check(ComplianceContext context, CollectionRecord record) {
        Instant at = record.occurredAt();
        List<CollectionAuthorisation> own = context.authorisations().stream()
                .filter(authorisation -> authorisation.agency().equals(record.agency()))
                .toList();
        if (own.stream().anyMatch(authorisation -> authorisation.standingAt(at) == AuthorisationStanding.VALID)) {
            return List.of();
        }
        String when = Wording.local(context, at);
        String agency = record.agency();
        Optional<CollectionAuthorisation> nearest = nearest(own, at);
        if (nearest.isEmpty()) {
            return List.of(finding(record,
                    "机构 " + agency + " 在 " + when + " 实施该" + Wording.zh(record) + "时，对本案没有任何催收授权。",
                    "Agency " + agency + " had no collection authorisation for this case at all when it made this " + Wording.en(record) + " at " + when + "."));
        }
        CollectionAuthorisation authorisation = nearest.get();
        String from = Wording.local(context, authorisation.validFrom());
        String to = Wording.local(context, authorisation.validTo());
        return switch (authorisation.standingAt(at)) {
            case NOT_YET_VALID -> List.of(finding(record,
                    "机构 " + agency + " 的催收授权自 " + from + " 起生效，而该" + Wording.zh(record) + "发生于 " + when + "，授权尚未生效。",
                    "Agency " + agency + "'s collection authorisation only takes effect at " + from + "; this " + Wording.en(record) + " at " + when + " came before it was valid."));
            case EXPIRED -> List.of(finding(record,
                    "机构 " + agency + " 的催收授权已于 " + to + " 到期，而该" + Wording.zh(record) + "发生于 " + when + "。",
                    "Agency " + agency + "'s collection authorisation expired at " + to + "; this " + Wording.en(record) + " at " + when + " came after it ended."));
            case REVOKED -> {
                String revoked = Wording.local(context, authorisation.revokedAt().orElseThrow());
                yield List.of(finding(record,
                        "机构 " + agency + " 的催收授权已于 " + revoked + " 被撤销，而该" + Wording.zh(record) + "发生于 " + when + "。",
                        "Agency " + agency + "'s collection authorisation was revoked at " + revoked + "; this " + Wording.en(record) + " at " + when + " came after the revocation."));
            }
            case VALID -> throw new IllegalStateException("a valid authorisation was ruled out above");
        };
    }

    private static Optional<CollectionAuthorisation> nearest(List<CollectionAuthorisation> own, Instant at) {
        Optional<CollectionAuthorisation> started = own.stream()
                .filter(authorisation -> !authorisation.validFrom().isAfter(at))
                .max(Comparator.comparing(CollectionAuthorisation::validFrom).thenComparing(CollectionAuthorisation::validTo));
        if (started.isPresent()) {
            return started;
        }
        return own.stream().min(Comparator.comparing(CollectionAuthorisation::validFrom).thenComparing(CollectionAuthorisation::validTo));
    }

    private Finding finding(CollectionRecord record, String zh, String en) {
        return new Finding(RULE_ID, Severity.HIGH, List.of(record.id()), zh, en, SOURCE);
    }
}
