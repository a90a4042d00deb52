package org.judicialchain.evidence.domain.model.collection;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.evidence.EvidenceRecord;

/**
 * A field visit to the debtor.
 *
 * @param staffCount  how many collectors went, at least one
 * @param audioSha256 SHA-256 of the audio recording as 64 hex digits, or null when there is none
 * @param videoSha256 SHA-256 of the video recording as 64 hex digits, or null when there is none
 */
public record Visit(UUID id, String caseRef, String agency, Instant occurredAt, int staffCount,
                    String audioSha256, String videoSha256) implements CollectionRecord {

    public Visit {
        id = Fields.id(id);
        caseRef = EvidenceRecord.requireCaseRef(caseRef);
        agency = Fields.text(agency, "agency");
        occurredAt = Fields.instant(occurredAt, "occurredAt");
        if (staffCount < 1) {
            throw new IllegalArgumentException("staffCount must be at least 1, got " + staffCount);
        }
        audioSha256 = Fields.sha256OrNull(audioSha256, "audioSha256");
        videoSha256 = Fields.sha256OrNull(videoSha256, "videoSha256");
    }

    public Optional<String> audio() {
        return Optional.ofNullable(audioSha256);
    }

    public Optional<String> video() {
        return Optional.ofNullable(videoSha256);
    }
}
