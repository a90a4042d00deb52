package org.judicialchain.portal.interfaces.rest.collection.request;

import java.util.UUID;
import org.judicialchain.evidence.domain.model.collection.Call;
import org.judicialchain.evidence.domain.model.collection.Visit;
import org.judicialchain.portal.interfaces.rest.shared.json.Binding;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.judicialchain.portal.interfaces.rest.shared.json.Binding.bind;

class CollectionRecordRequestTest {

    private static final String AT = "2026-01-01T10:00:00Z";
    private static final String CALL = "{\"type\":\"CALL\",\"occurredAt\":\"" + AT + "\",\"durationSeconds\":65,\"dialled\":\"DEBTOR\","
            + "\"contactId\":\"139****5555\",\"answered\":true,\"reached\":\"DEBTOR\",\"recordingSha256\":\"" + "ab".repeat(32) + "\"}";

    @Test
    void theTypeChoosesTheRecordWhereverItStands() {
        CollectionRecordRequest call = bind(CALL, CollectionRecordRequest.class);
        assertThat(call).isInstanceOf(CollectionRecordRequest.CallRequest.class);
        assertThat(call.toRecord(UUID.randomUUID(), "C-1", "agency-x")).isInstanceOfSatisfying(Call.class, c -> {
            assertThat(c.duration().toSeconds()).isEqualTo(65);
            assertThat(c.answered()).isTrue();
        });
        CollectionRecordRequest visit = bind("{\"occurredAt\":\"" + AT + "\",\"staffCount\":2,\"type\":\"VISIT\"}", CollectionRecordRequest.class);
        assertThat(visit.type()).isEqualTo("VISIT");
        assertThat(visit.toRecord(UUID.randomUUID(), "C-1", "agency-x")).isInstanceOf(Visit.class);
    }

    @Test
    void anUnknownOrMissingTypeIsNamed() {
        assertThat(refusal("{\"type\":\"DRONE\",\"occurredAt\":\"" + AT + "\"}", CollectionRecordRequest.class))
                .isEqualTo("type 'DRONE' is unknown; one of [CALL, SMS, LETTER, VISIT]");
        assertThat(refusal("{\"occurredAt\":\"" + AT + "\"}", CollectionRecordRequest.class)).startsWith("type is missing");
        assertThat(refusal("{\"type\":1}", CollectionRecordRequest.class)).startsWith("type is missing");
    }

    @Test
    void aBodyWithoutTypeReachesTheResourceUnboundSoThatAccessIsCheckedFirst() {
        CollectionRecordRequest unbound = Binding.read("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8), CollectionRecordRequest.class);
        assertThat(unbound).isInstanceOf(org.judicialchain.portal.interfaces.rest.shared.json.UnboundRequest.class);
        assertThat(refusal("{}", CollectionRecordRequest.class)).startsWith("type is missing");
    }

    @Test
    void fieldsOfAnotherTypeAreRefused() {
        assertThat(refusal("{\"type\":\"VISIT\",\"occurredAt\":\"" + AT + "\",\"staffCount\":2,\"durationSeconds\":5}",
                CollectionRecordRequest.class))
                .isEqualTo("unknown field 'durationSeconds'; accepted: audioSha256, occurredAt, staffCount, type, videoSha256");
    }

    @Test
    void numbersAndBooleansAreTakenStrictly() {
        assertThat(refusal(CALL.replace("65", "1e20"), CollectionRecordRequest.class)).isEqualTo("durationSeconds must be a whole number of seconds");
        assertThat(refusal(CALL.replace("65", "-5"), CollectionRecordRequest.class)).isEqualTo("durationSeconds must not be negative");
        assertThat(refusal(CALL.replace("65", "1.5"), CollectionRecordRequest.class)).isEqualTo("durationSeconds must be a whole number of seconds");
        assertThat(refusal(CALL.replace("65", "\"long\""), CollectionRecordRequest.class)).isEqualTo("durationSeconds must be a decimal number such as 1200.50");
        assertThat(refusal(CALL.replace("true", "\"yes\""), CollectionRecordRequest.class)).isEqualTo("answered must be true or false");
        assertThat(refusal("{\"type\":\"VISIT\",\"occurredAt\":\"" + AT + "\",\"staffCount\":10000000000}", CollectionRecordRequest.class))
                .contains("staffCount must be between 0 and 100");
    }

    @Test
    void whatTheDomainRefusesIsA400NamingTheField() {
        assertThat(refusal(CALL.replace("\"dialled\":\"DEBTOR\"", "\"dialled\":\"NOBODY\""), CollectionRecordRequest.class)).isEqualTo("dialled must be DEBTOR or THIRD_PARTY");
        assertThat(refusal(CALL.replace(AT, "2999-01-01T00:00:00Z"), CollectionRecordRequest.class)).contains("occurredAt", "future");
        assertThat(refusal(CALL.replace(AT, "yesterday"), CollectionRecordRequest.class)).contains("occurredAt", "ISO-8601");
        assertThat(refusal("{\"type\":\"LETTER\",\"occurredAt\":\"" + AT + "\",\"addressee\":\"DEBTOR\",\"contactId\":\"addr-1\",\"contentSha256\":\"xyz\"}",
                CollectionRecordRequest.class)).isEqualTo("contentSha256 must be 64 hex digits (a 32-byte digest)");
    }

    /** The refusal of binding, validation or the domain (toRecord), as the caller would read it. */
    private static String refusal(String json, Class<CollectionRecordRequest> type) {
        return Binding.refusal(json, type, r -> r.toRecord(UUID.randomUUID(), "C-1", "agency-x"));
    }
}
