package org.judicialchain.portal.application.collection;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.collection.Call;
import org.judicialchain.evidence.domain.model.collection.CollectionRecord;
import org.judicialchain.evidence.domain.model.collection.ContactTarget;
import org.judicialchain.evidence.domain.model.collection.Letter;
import org.judicialchain.evidence.domain.model.collection.Sms;
import org.judicialchain.evidence.domain.model.collection.Visit;
import org.judicialchain.portal.domain.shared.InvalidInputException;

/**
 * A collection record as JSON: the API's request body and the stored form (docs/api.md lists the
 * fields). The record's id, case and agency are not part of it; they come from the request.
 */
public final class CollectionRecordJson {

    /** Looked up once: the static Json methods search the class path for a provider on every call. */
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

    private CollectionRecordJson() {
    }

    /** @throws IllegalArgumentException naming the field at fault */
    public static CollectionRecord read(JsonObject o, UUID id, String caseRef, String agency) {
        String type = string(o, "type");
        Instant at = instant(o, "occurredAt");
        return switch (type) {
            case "CALL" -> new Call(id, caseRef, agency, at, Duration.ofSeconds(number(o, "durationSeconds")),
                    target(o, "dialled"), string(o, "contactId"), bool(o, "answered"), optionalTarget(o, "reached"),
                    bool(o, "debtDisclosedToThirdParty"), bool(o, "lateContactConsent"), optional(o, "recordingSha256"));
            case "SMS" -> new Sms(id, caseRef, agency, at, target(o, "recipient"), string(o, "contactId"),
                    bool(o, "debtDisclosedToThirdParty"), bool(o, "lateContactConsent"), optional(o, "contentSha256"));
            case "LETTER" -> new Letter(id, caseRef, agency, at, target(o, "addressee"), string(o, "contactId"),
                    bool(o, "debtDisclosedToThirdParty"), optional(o, "contentSha256"));
            case "VISIT" -> new Visit(id, caseRef, agency, at, staffCount(o), optional(o, "audioSha256"),
                    optional(o, "videoSha256"));
            default -> throw new InvalidInputException("type must be CALL, SMS, LETTER or VISIT");
        };
    }

    public static CollectionRecord read(String stored, UUID id, String caseRef, String agency) {
        return read(JSON.createReader(new StringReader(stored)).readObject(), id, caseRef, agency);
    }

    public static String type(CollectionRecord r) {
        return switch (r) {
            case Call c -> "CALL";
            case Sms s -> "SMS";
            case Letter l -> "LETTER";
            case Visit v -> "VISIT";
        };
    }

    public static JsonObject write(CollectionRecord r) {
        JsonObjectBuilder b = JSON.createObjectBuilder().add("type", type(r)).add("occurredAt", r.occurredAt().toString());
        switch (r) {
            case Call c -> {
                b.add("durationSeconds", c.duration().toSeconds()).add("dialled", c.dialled().name()).add("contactId", c.contactId())
                        .add("answered", c.answered()).add("debtDisclosedToThirdParty", c.debtDisclosedToThirdParty())
                        .add("lateContactConsent", c.lateContactConsent());
                if (c.reached() != null) {
                    b.add("reached", c.reached().name());
                }
                c.recording().ifPresent(d -> b.add("recordingSha256", d));
            }
            case Sms s -> {
                b.add("recipient", s.recipient().name()).add("contactId", s.contactId())
                        .add("debtDisclosedToThirdParty", s.debtDisclosedToThirdParty()).add("lateContactConsent", s.lateContactConsent());
                s.content().ifPresent(d -> b.add("contentSha256", d));
            }
            case Letter l -> {
                b.add("addressee", l.addressee().name()).add("contactId", l.contactId())
                        .add("debtDisclosedToThirdParty", l.debtDisclosedToThirdParty());
                l.content().ifPresent(d -> b.add("contentSha256", d));
            }
            case Visit v -> {
                b.add("staffCount", v.staffCount());
                v.audio().ifPresent(d -> b.add("audioSha256", d));
                v.video().ifPresent(d -> b.add("videoSha256", d));
            }
        }
        return b.build();
    }

    private static String string(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() != JsonValue.ValueType.STRING) {
            throw new InvalidInputException(field + " is missing or not a string");
        }
        return o.getString(field);
    }

    private static String optional(JsonObject o, String field) {
        JsonValue v = o.get(field);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : string(o, field);
    }

    private static boolean bool(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null) {
            return false;
        }
        if (v != JsonValue.TRUE && v != JsonValue.FALSE) {
            throw new InvalidInputException(field + " must be true or false");
        }
        return v == JsonValue.TRUE;
    }

    private static long number(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() != JsonValue.ValueType.NUMBER) {
            throw new InvalidInputException(field + " is missing or not a number");
        }
        try {
            return o.getJsonNumber(field).longValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidInputException(field + " must be a whole number");
        }
    }

    /** A whole number of people; a cast of 10^10 would wrap round to a plausible count. */
    private static int staffCount(JsonObject o) {
        long n = number(o, "staffCount");
        if (n < 0 || n > MAX_STAFF) {
            throw new InvalidInputException("staffCount must be between 0 and " + MAX_STAFF);
        }
        return (int) n;
    }

    private static final int MAX_STAFF = 100;
    /** Clocks of agencies' systems may run a little ahead; a record of what happened cannot lie further in the future. */
    private static final java.time.Duration CLOCK_SKEW = java.time.Duration.ofMinutes(5);

    private static Instant instant(JsonObject o, String field) {
        try {
            Instant at = Instant.parse(string(o, field));
            if (at.isAfter(Instant.now().plus(CLOCK_SKEW))) {
                throw new InvalidInputException(field + " " + at + " is in the future; log an action once it has happened");
            }
            if (at.isBefore(Instant.parse("1900-01-01T00:00:00Z"))) {
                throw new InvalidInputException(field + " must lie after the year 1900");
            }
            return at;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field + " must be an ISO-8601 instant such as 2026-05-01T08:30:00Z");
        }
    }

    private static ContactTarget target(JsonObject o, String field) {
        try {
            return ContactTarget.valueOf(string(o, field));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field + " must be DEBTOR or THIRD_PARTY");
        }
    }

    private static ContactTarget optionalTarget(JsonObject o, String field) {
        return optional(o, field) == null ? null : target(o, field);
    }
}
