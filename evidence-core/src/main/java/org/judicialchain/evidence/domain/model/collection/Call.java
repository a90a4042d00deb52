package org.judicialchain.evidence.domain.model.collection;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.evidence.EvidenceRecord;

/**
 * A telephone call attempt, answered or not.
 *
 * @param occurredAt                when the call was placed
 * @param duration                  from placing to hang-up, ringing included
 * @param dialled                   whose number was dialled
 * @param contactId                 opaque id of that number (salted hash or masked), never the number itself
 * @param answered                  whether anybody picked up
 * @param reached                   who picked up: required when answered, null when not
 * @param debtDisclosedToThirdParty whether the debt was mentioned to a third party who picked up
 * @param lateContactConsent        whether the debtor's consent to be contacted at this hour is on record
 * @param recordingSha256           SHA-256 of the call recording as 64 hex digits, or null when the call was not recorded
 */
public record Call(UUID id, String caseRef, String agency, Instant occurredAt, Duration duration,
                   ContactTarget dialled, String contactId, boolean answered, ContactTarget reached,
                   boolean debtDisclosedToThirdParty, boolean lateContactConsent, String recordingSha256)
        implements CollectionRecord {

    public Call {
        id = Fields.id(id);
        caseRef = EvidenceRecord.requireCaseRef(caseRef);
        agency = Fields.text(agency, "agency");
        occurredAt = Fields.instant(occurredAt, "occurredAt");
        duration = Fields.required(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative, got " + duration);
        }
        dialled = Fields.required(dialled, "dialled");
        contactId = Fields.contactId(contactId);
        if (answered && reached == null) {
            throw new IllegalArgumentException("reached is missing: an answered call must say whether the debtor or a third party picked up");
        }
        if (!answered && reached != null) {
            throw new IllegalArgumentException("reached must be null for an unanswered call");
        }
        if (debtDisclosedToThirdParty && reached != ContactTarget.THIRD_PARTY) {
            throw new IllegalArgumentException("debtDisclosedToThirdParty needs a call answered by a third party");
        }
        recordingSha256 = Fields.sha256OrNull(recordingSha256, "recordingSha256");
    }

    /** The recording digest, if the call was recorded. */
    public Optional<String> recording() {
        return Optional.ofNullable(recordingSha256);
    }

    /** A telephone conversation with the debtor: the call was answered and the debtor was on the line. */
    public boolean isConversationWithDebtor() {
        return answered && reached == ContactTarget.DEBTOR;
    }

    /** An attempt on the debtor's number that did not reach the debtor (no answer, or someone else answered). */
    public boolean isFailedAttemptOnDebtor() {
        return dialled == ContactTarget.DEBTOR && reached != ContactTarget.DEBTOR;
    }
}
