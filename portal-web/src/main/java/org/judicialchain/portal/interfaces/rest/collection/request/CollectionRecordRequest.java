package org.judicialchain.portal.interfaces.rest.collection.request;

import jakarta.json.bind.annotation.JsonbSubtype;
import jakarta.json.bind.annotation.JsonbTypeInfo;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.collection.Call;
import org.judicialchain.evidence.domain.model.collection.CollectionRecord;
import org.judicialchain.evidence.domain.model.collection.ContactTarget;
import org.judicialchain.evidence.domain.model.collection.Letter;
import org.judicialchain.evidence.domain.model.collection.Sms;
import org.judicialchain.evidence.domain.model.collection.Visit;
import org.judicialchain.portal.interfaces.rest.shared.RequestValues;
import org.judicialchain.portal.interfaces.rest.shared.json.BindingFailure;
import org.judicialchain.portal.interfaces.rest.shared.json.UnboundRequest;
import org.judicialchain.portal.interfaces.rest.shared.errors.InvalidRequestException;

/**
 * A call, SMS, letter or visit an agency logs (docs/api.md lists the fields), told apart by "type";
 * the record's id, case and agency come from the request, not the body.
 */
@JsonbTypeInfo(key = "type", value = {
        @JsonbSubtype(alias = "CALL", type = CollectionRecordRequest.CallRequest.class),
        @JsonbSubtype(alias = "SMS", type = CollectionRecordRequest.SmsRequest.class),
        @JsonbSubtype(alias = "LETTER", type = CollectionRecordRequest.LetterRequest.class),
        @JsonbSubtype(alias = "VISIT", type = CollectionRecordRequest.VisitRequest.class)})
public sealed interface CollectionRecordRequest {

    String TARGET = "DEBTOR|THIRD_PARTY";
    String TARGET_MESSAGE = "must be DEBTOR or THIRD_PARTY";
    /** Clocks of agencies' systems may run a little ahead; a record of what happened cannot lie further in the future. */
    Duration CLOCK_SKEW = Duration.ofMinutes(5);

    String occurredAt();

    /** The domain record, or a 400 naming the field the domain refuses (a raw phone number as contact id...). */
    CollectionRecord toRecord(UUID id, String caseRef, String agency);

    /** The type as the API names it. */
    String type();

    record CallRequest(
            @NotBlank(message = "is missing") String occurredAt,
            @NotNull(message = "is missing") @PositiveOrZero(message = "must not be negative")
            @Digits(integer = 9, fraction = 0, message = "must be a whole number of seconds") BigDecimal durationSeconds,
            @NotNull(message = "is missing") @Pattern(regexp = TARGET, message = TARGET_MESSAGE) String dialled,
            @NotNull(message = "is missing") @Size(max = 128, message = "is longer than {max} characters") String contactId,
            Boolean answered,
            @Pattern(regexp = TARGET, message = TARGET_MESSAGE) String reached,
            Boolean debtDisclosedToThirdParty, Boolean lateContactConsent,
            @Pattern(regexp = RequestValues.HEX64, message = RequestValues.HEX64_MESSAGE) String recordingSha256)
            implements CollectionRecordRequest {
        @Override
        public CollectionRecord toRecord(UUID id, String caseRef, String agency) {
            Instant at = occurred(occurredAt);
            return RequestValues.checked(() -> new Call(id, caseRef, agency, at, Duration.ofSeconds(durationSeconds.longValueExact()),
                    ContactTarget.valueOf(dialled), contactId, yes(answered), reached == null ? null : ContactTarget.valueOf(reached),
                    yes(debtDisclosedToThirdParty), yes(lateContactConsent), recordingSha256));
        }

        @Override
        public String type() {
            return "CALL";
        }
    }

    record SmsRequest(
            @NotBlank(message = "is missing") String occurredAt,
            @NotNull(message = "is missing") @Pattern(regexp = TARGET, message = TARGET_MESSAGE) String recipient,
            @NotNull(message = "is missing") @Size(max = 128, message = "is longer than {max} characters") String contactId,
            Boolean debtDisclosedToThirdParty, Boolean lateContactConsent,
            @Pattern(regexp = RequestValues.HEX64, message = RequestValues.HEX64_MESSAGE) String contentSha256)
            implements CollectionRecordRequest {
        @Override
        public CollectionRecord toRecord(UUID id, String caseRef, String agency) {
            Instant at = occurred(occurredAt);
            return RequestValues.checked(() -> new Sms(id, caseRef, agency, at, ContactTarget.valueOf(recipient), contactId,
                    yes(debtDisclosedToThirdParty), yes(lateContactConsent), contentSha256));
        }

        @Override
        public String type() {
            return "SMS";
        }
    }

    record LetterRequest(
            @NotBlank(message = "is missing") String occurredAt,
            @NotNull(message = "is missing") @Pattern(regexp = TARGET, message = TARGET_MESSAGE) String addressee,
            @NotNull(message = "is missing") @Size(max = 128, message = "is longer than {max} characters") String contactId,
            Boolean debtDisclosedToThirdParty,
            @Pattern(regexp = RequestValues.HEX64, message = RequestValues.HEX64_MESSAGE) String contentSha256,
            Boolean lateContactConsent)
            implements CollectionRecordRequest {
        /** lateContactConsent: the portal's form sends it for every contact; a letter is not timed, so it is not used. */
        @Override
        public CollectionRecord toRecord(UUID id, String caseRef, String agency) {
            Instant at = occurred(occurredAt);
            return RequestValues.checked(() -> new Letter(id, caseRef, agency, at, ContactTarget.valueOf(addressee), contactId,
                    yes(debtDisclosedToThirdParty), contentSha256));
        }

        @Override
        public String type() {
            return "LETTER";
        }
    }

    record VisitRequest(
            @NotBlank(message = "is missing") String occurredAt,
            @NotNull(message = "is missing") @PositiveOrZero(message = "must be between 0 and " + MAX_STAFF)
            @Max(value = MAX_STAFF, message = "must be between 0 and " + MAX_STAFF)
            @Digits(integer = 3, fraction = 0, message = "must be a whole number") BigDecimal staffCount,
            @Pattern(regexp = RequestValues.HEX64, message = RequestValues.HEX64_MESSAGE) String audioSha256,
            @Pattern(regexp = RequestValues.HEX64, message = RequestValues.HEX64_MESSAGE) String videoSha256)
            implements CollectionRecordRequest {

        static final int MAX_STAFF = 100;

        @Override
        public CollectionRecord toRecord(UUID id, String caseRef, String agency) {
            Instant at = occurred(occurredAt);
            return RequestValues.checked(() -> new Visit(id, caseRef, agency, at, staffCount.intValueExact(), audioSha256, videoSha256));
        }

        @Override
        public String type() {
            return "VISIT";
        }
    }

    /**
     * A body that did not bind (no or an unknown "type", a field of the wrong type): kept for the resource,
     * which refuses it once the caller may log records on the case (an unauthorised agency sending {}
     * hears 403, not which fields are missing).
     */
    static CollectionRecordRequest unbound(BindingFailure failure) {
        return new Unbound(failure);
    }

    record Unbound(BindingFailure failure) implements CollectionRecordRequest, UnboundRequest {
        @Override
        public String occurredAt() {
            throw failure;
        }

        @Override
        public CollectionRecord toRecord(UUID id, String caseRef, String agency) {
            throw failure;
        }

        @Override
        public String type() {
            throw failure;
        }
    }

    private static boolean yes(Boolean b) {
        return b != null && b;
    }

    private static Instant occurred(String text) {
        Instant at = RequestValues.instant("occurredAt", text);
        if (at.isAfter(Instant.now().plus(CLOCK_SKEW))) {
            throw InvalidRequestException.badRequest("occurredAt " + at + " is in the future; log an action once it has happened");
        }
        return at;
    }
}
