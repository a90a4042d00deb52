package org.judicialchain.portal.interfaces.rest.shared;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.judicialchain.portal.interfaces.rest.shared.errors.InvalidRequestException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonBodiesTest {

    private static ByteArrayInputStream body(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void deepNestingIsRefusedWithAMessageBeforeTheParserSeesIt() {
        assertThatThrownBy(() -> JsonBodies.readObject(body("[".repeat(5000) + "]".repeat(5000))))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("nested deeper than");
        assertThatThrownBy(() -> JsonBodies.readObject(body("{\"a\":".repeat(33) + "1" + "}".repeat(33))))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("32 levels");
        assertThat(JsonBodies.readObject(body("{\"a\":".repeat(31) + "1" + "}".repeat(31)))).containsKey("a");
    }

    @Test
    void fieldsOutsideTheAcceptedSetAreRefusedByName() {
        assertThatThrownBy(() -> JsonBodies.readObject(body("{\"evidenceIDs\":[]}"), java.util.Set.of("evidenceIds")))
                .isInstanceOf(InvalidRequestException.class).hasMessage("unknown field 'evidenceIDs'; accepted: evidenceIds");
        assertThat(JsonBodies.readObject(body("{\"evidenceIds\":[]}"), java.util.Set.of("evidenceIds"))).containsKey("evidenceIds");
        assertThat(JsonBodies.readObject(body("{}"), java.util.Set.of("evidenceIds"))).isEmpty();
    }

    @Test
    void bracketsInsideStringsDoNotCount() {
        String text = "[".repeat(100) + "\\\"" + "{".repeat(100);
        assertThat(JsonBodies.readObject(body("{\"note\":\"" + text + "\"}")).getString("note")).startsWith("[[[");
    }

    @Test
    void aNulCharacterInAStringFieldIsRefusedByName() {
        var json = JsonBodies.readObject(body("{\"note\":\"a\\u0000b\"}"));
        assertThatThrownBy(() -> JsonBodies.optionalString(json, "note")).isInstanceOf(InvalidRequestException.class)
                .hasMessage("note contains a NUL character");
    }

    @Test
    void absurdAmountsAreRefusedBeforeTheyArePrinted() {
        var json = JsonBodies.readObject(body("{\"a\":1e999999999,\"b\":\"1e999999999\",\"c\":1200.50,\"d\":\"0.000000001\",\"e\":[]}"));
        assertThatThrownBy(() -> JsonBodies.decimalText(json.get("a"), "amount")).hasMessageContaining("amount is out of range");
        assertThatThrownBy(() -> JsonBodies.decimalText(json.get("b"), "amount")).hasMessageContaining("out of range");
        assertThat(JsonBodies.decimalText(json.get("c"), "amount")).isEqualTo("1200.50");
        assertThatThrownBy(() -> JsonBodies.decimalText(json.get("d"), "amount")).hasMessageContaining("out of range");
        assertThatThrownBy(() -> JsonBodies.decimalText(json.get("e"), "amount")).hasMessageContaining("decimal number");
        assertThatThrownBy(() -> JsonBodies.decimalText(null, "amount")).hasMessage("amount is missing");
    }

    @Test
    void instantsOutsideWhatTheDatabaseHoldsAreRefused() {
        assertThat(JsonBodies.instant("paidAt", "2026-05-01T08:30:00Z")).hasToString("2026-05-01T08:30:00Z");
        assertThatThrownBy(() -> JsonBodies.instant("validTo", "+1000000000-01-01T00:00:00Z"))
                .hasMessage("validTo must lie between the years 1900 and 9999");
        assertThatThrownBy(() -> JsonBodies.instant("validTo", "-0001-01-01T00:00:00Z")).hasMessageContaining("1900");
    }

    @Test
    void onlyOneObjectAndNothingAfterIt() {
        assertThatThrownBy(() -> JsonBodies.readObject(body("{} {}"))).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("Expected EOF");
        assertThatThrownBy(() -> JsonBodies.readObject(body("{\"a\":1} x"))).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> JsonBodies.readObject(body("[1]"))).hasMessage("request body must be a JSON object");
        assertThatThrownBy(() -> JsonBodies.readObject(body("null"))).hasMessage("request body must be a JSON object");
        assertThatThrownBy(() -> JsonBodies.readObject(body("{\"a\":"))).hasMessageContaining("not valid JSON");
        assertThat(JsonBodies.readObject(body("  {\"a\":[1,{\"b\":2}]}  \n"))).containsKey("a");
    }

    @Test
    void aBodyThatIsNotUtf8IsRefused() {
        byte[] latin1 = "{\"note\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> JsonBodies.readObject(new ByteArrayInputStream(latin1))).hasMessage("request body is not valid UTF-8");
        assertThat(JsonBodies.readObject(body("{\"note\":\"caf\u00e9 债务\"}")).getString("note")).isEqualTo("caf\u00e9 债务");
    }
}
