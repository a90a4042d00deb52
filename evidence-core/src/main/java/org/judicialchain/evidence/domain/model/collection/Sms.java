package org.judicialchain.evidence.domain.model.collection;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.evidence.EvidenceRecord;

/**
 * A text message.
 *
 * @param recipient                 whose number it was sent to
 * @param contactId                 opaque id of that number (salted hash or masked)
 * @param debtDisclosedToThirdParty whether a message to a third party mentioned the debt
 * @param lateContactConsent        whether the debtor's consent to be contacted at this hour is on record
 * @param contentSha256             SHA-256 of the message text as 64 hex digits, or null when not kept
 */
public record Sms(UUID id, String caseRef, String agency, Instant occurredAt, ContactTarget recipient,
                  String contactId, boolean debtDisclosedToThirdParty, boolean lateContactConsent, String contentSha256)
        implements CollectionRecord {

    public Sms {
        id = Fields.id(id);
        caseRef = EvidenceRecord.requireCaseRef(caseRef);
        agency = Fields.text(agency, "agency");
        occurredAt = Fields.instant(occurredAt, "occurredAt");
        recipient = Fields.required(recipient, "recipient");
        contactId = Fields.contactId(contactId);
        if (debtDisclosedToThirdParty && recipient != ContactTarget.THIRD_PARTY) {
            throw new IllegalArgumentException("debtDisclosedToThirdParty needs a message sent to a third party");
        }
        contentSha256 = Fields.sha256OrNull(contentSha256, "contentSha256");
    }

    public Optional<String> content() {
        return Optional.ofNullable(contentSha256);
    }
}
