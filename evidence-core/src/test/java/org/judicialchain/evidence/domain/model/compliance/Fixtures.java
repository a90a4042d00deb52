package org.judicialchain.evidence.domain.model.compliance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.judicialchain.evidence.domain.model.collection.Call;
import org.judicialchain.evidence.domain.model.collection.CollectionRecord;
import org.judicialchain.evidence.domain.model.collection.ContactTarget;
import org.judicialchain.evidence.domain.model.collection.Letter;
import org.judicialchain.evidence.domain.model.collection.Sms;
import org.judicialchain.evidence.domain.model.collection.Visit;

/** Builders for records and contexts; every default is compliant, so a test changes only what it is about. */
final class Fixtures {

    static final String CASE = "CASE-2026-001";
    static final String AGENCY = "agency-a";
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    static final String DIGEST = "ab".repeat(32);
    /** Covers every test date, so the universal authorisation rule stays silent unless a test says otherwise. */
    static final CollectionAuthorisation WIDE_AUTHORISATION =
            new CollectionAuthorisation(AGENCY, Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2030-01-01T00:00:00Z"));

    private static final AtomicLong IDS = new AtomicLong();

    private Fixtures() {
    }

    /** Ids that grow in creation order, so ties in time are broken predictably. */
    static UUID nextId() {
        return new UUID(0, IDS.incrementAndGet());
    }

    static Instant local(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    static CallBuilder call(Instant at) {
        return new CallBuilder(at);
    }

    static Sms sms(Instant at, ContactTarget recipient, boolean disclosed, boolean consent) {
        return new Sms(nextId(), CASE, AGENCY, at, recipient, "sha:contact-1", disclosed, consent, DIGEST);
    }

    static Letter letter(Instant at, ContactTarget addressee, boolean disclosed) {
        return new Letter(nextId(), CASE, AGENCY, at, addressee, "sha:address-1", disclosed, DIGEST);
    }

    static Visit visit(Instant at, int staff, boolean audio, boolean video) {
        return new Visit(nextId(), CASE, AGENCY, at, staff, audio ? DIGEST : null, video ? DIGEST : null);
    }

    /** A record of the given kind (CALL, SMS, VISIT, LETTER) to the debtor, otherwise compliant. */
    static CollectionRecord ofKind(String kind, Instant at, boolean consent) {
        return switch (kind) {
            case "CALL" -> call(at).consent(consent).build();
            case "SMS" -> sms(at, ContactTarget.DEBTOR, false, consent);
            case "VISIT" -> visit(at, 2, true, true);
            case "LETTER" -> letter(at, ContactTarget.DEBTOR, false);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    static ContextBuilder context(RuleProfile profile, ZoneId zone) {
        return new ContextBuilder(profile, zone);
    }

    static final class CallBuilder {
        private final Instant at;
        private ContactTarget dialled = ContactTarget.DEBTOR;
        private String contactId = "sha:debtor-mobile";
        private ContactTarget reached;
        private boolean disclosed;
        private boolean consent;
        private String recording = DIGEST;
        private String agency = AGENCY;

        private CallBuilder(Instant at) {
            this.at = at;
        }

        CallBuilder toThirdParty() {
            dialled = ContactTarget.THIRD_PARTY;
            contactId = "sha:relative";
            return this;
        }

        CallBuilder answeredBy(ContactTarget who) {
            reached = who;
            return this;
        }

        CallBuilder disclosed() {
            disclosed = true;
            return this;
        }

        CallBuilder consent(boolean given) {
            consent = given;
            return this;
        }

        CallBuilder unrecorded() {
            recording = null;
            return this;
        }

        CallBuilder by(String otherAgency) {
            agency = otherAgency;
            return this;
        }

        Call build() {
            return new Call(nextId(), CASE, agency, at, Duration.ofSeconds(reached == null ? 30 : 180), dialled, contactId,
                    reached != null, reached, disclosed, consent, recording);
        }
    }

    static final class ContextBuilder {
        private final RuleProfile profile;
        private final ZoneId zone;
        private final List<CollectionAuthorisation> authorisations = new ArrayList<>(List.of(WIDE_AUTHORISATION));
        private Optional<Instant> settledAt = Optional.empty();
        private final List<DisputePause> pauses = new ArrayList<>();
        private final List<CollectionRecord> history = new ArrayList<>();

        private ContextBuilder(RuleProfile profile, ZoneId zone) {
            this.profile = profile;
            this.zone = zone;
        }

        ContextBuilder authorisations(CollectionAuthorisation... given) {
            authorisations.clear();
            authorisations.addAll(Arrays.asList(given));
            return this;
        }

        ContextBuilder settledAt(Instant at) {
            settledAt = Optional.of(at);
            return this;
        }

        ContextBuilder pause(DisputePause pause) {
            pauses.add(pause);
            return this;
        }

        ContextBuilder history(List<? extends CollectionRecord> records) {
            history.addAll(records);
            return this;
        }

        ContextBuilder history(CollectionRecord... records) {
            return history(Arrays.asList(records));
        }

        ComplianceContext of(CollectionRecord record) {
            return new ComplianceContext(CASE, profile, zone, authorisations, settledAt, pauses, history, record);
        }

        CaseHistory all() {
            return new CaseHistory(CASE, profile, zone, authorisations, settledAt, pauses, history);
        }
    }
}
