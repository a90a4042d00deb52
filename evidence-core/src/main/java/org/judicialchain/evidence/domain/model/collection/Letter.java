package org.judicialchain.evidence.domain.model.collection;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.evidence.EvidenceRecord;

/**
 * A posted letter; {@code occurredAt} is its dispatch time, which says nothing about when it is
 * read, so hour-of-day rules leave letters alone.
 *
 * @param addressee                 to whom it was addressed
 * @param contactId                 opaque id of the address (salted hash or masked)
 * @param debtDisclosedToThirdParty whether a letter to a third party mentioned the debt
 * @param contentSha256             SHA-256 of the letter as 64 hex digits, or null when not kept
 */
public record Letter(UUID id, String caseRef, String agency, Instant occurredAt, ContactTarget addressee,
                     String contactId, boolean debtDisclosedToThirdParty, String contentSha256)
        implements CollectionRecord {

    public Letter {
        id = Fields.id(id);
        caseRef = EvidenceRecord.requireCaseRef(caseRef);
        agency = Fields.text(agency, "agency");
        occurredAt = Fields.instant(occurredAt, "occurredAt");
        addressee = Fields.required(addressee, "addressee");
        contactId = Fields.contactId(contactId);
        if (debtDisclosedToThirdParty && addressee != ContactTarget.THIRD_PARTY) {
            throw new IllegalArgumentException("debtDisclosedToThirdParty needs a letter addressed to a third party");
        }
        contentSha256 = Fields.sha256OrNull(contentSha256, "contentSha256");
    }

    public Optional<String> content() {
        return Optional.ofNullable(contentSha256);
    }
}
