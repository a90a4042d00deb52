package org.judicialchain.portal.interfaces.rest.shared.json;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.judicialchain.portal.interfaces.rest.shared.errors.InvalidRequestException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonBodyLimitsTest {

    private static byte[] check(String json) {
        return JsonBodyLimits.check(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] check(byte[] json) {
        return JsonBodyLimits.check(new ByteArrayInputStream(json));
    }

    @Test
    void aSoundObjectPassesUnchanged() {
        String json = "  {\"a\":[1,{\"b\":2}],\"note\":\"caf\u00e9 债务\"}  \n";
        assertThat(check(json)).isEqualTo(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void deepNestingIsRefusedWithAMessageBeforeTheParserSeesIt() {
        assertThatThrownBy(() -> check("[".repeat(40_000) + "]".repeat(40_000)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("nested deeper than");
        assertThatThrownBy(() -> check("{\"a\":".repeat(33) + "1" + "}".repeat(33)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("32 levels");
        assertThat(check("{\"a\":".repeat(31) + "1" + "}".repeat(31))).isNotEmpty();
    }

    @Test
    void bracketsInsideStringsDoNotCount() {
        String text = "[".repeat(100) + "\\\"" + "{".repeat(100);
        assertThat(check("{\"note\":\"" + text + "\"}")).isNotEmpty();
    }

    @Test
    void aBodyThatIsNotUtf8IsRefused() {
        byte[] latin1 = "{\"note\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> check(latin1)).isInstanceOf(InvalidRequestException.class).hasMessage("request body is not valid UTF-8");
        byte[] malformed = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, '"', '}'};
        assertThatThrownBy(() -> check(malformed)).hasMessage("request body is not valid UTF-8");
        assertThatThrownBy(() -> check("{\"a\":\"b\"}".getBytes(StandardCharsets.UTF_16))).hasMessage("request body is not valid UTF-8");
    }

    @Test
    void aBodyOverTheCapIsA413() {
        String big = "{\"caseRef\":\"" + "A".repeat(JsonBodyLimits.MAX_JSON_BYTES) + "\"}";
        assertThatThrownBy(() -> check(big)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.status()).isEqualTo(Response.Status.REQUEST_ENTITY_TOO_LARGE));
        String justUnder = "{\"a\":\"" + "A".repeat(JsonBodyLimits.MAX_JSON_BYTES - 8) + "\"}";
        assertThat(check(justUnder)).hasSize(JsonBodyLimits.MAX_JSON_BYTES);
    }

    @Test
    void oneObjectAndNothingAfterIt() {
        assertThatThrownBy(() -> check("")).hasMessage("request body is empty; a JSON object is expected");
        assertThatThrownBy(() -> check("{} {}")).isInstanceOf(InvalidRequestException.class).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> check("{\"a\":1} x")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> check("[1]")).hasMessage("request body must be a JSON object");
        assertThatThrownBy(() -> check("null")).hasMessage("request body must be a JSON object");
        assertThatThrownBy(() -> check("\"hello\"")).hasMessage("request body must be a JSON object");
        assertThatThrownBy(() -> check("{\"a\":")).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> check("{'a':'b'}")).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> check("/* x */ {}")).hasMessageContaining("not valid JSON");
    }

    @Test
    void aNulCharacterInAStringIsRefusedByName() {
        assertThatThrownBy(() -> check("{\"note\":\"a\\u0000b\"}")).isInstanceOf(InvalidRequestException.class)
                .hasMessage("note contains a NUL character");
        assertThatThrownBy(() -> check("{\"ids\":[\"x\",\"\\u0000\"]}")).hasMessage("ids contains a NUL character");
        assertThatThrownBy(() -> check("{\"a\\u0000\":1}")).hasMessage("a field name contains a NUL character");
    }

    @Test
    void onlyJsonBodiesAreChecked() {
        assertThat(JsonBodyLimits.isJson(MediaType.APPLICATION_JSON_TYPE)).isTrue();
        assertThat(JsonBodyLimits.isJson(MediaType.valueOf("application/json; charset=UTF-8"))).isTrue();
        assertThat(JsonBodyLimits.isJson(MediaType.valueOf("application/merge-patch+json"))).isTrue();
        assertThat(JsonBodyLimits.isJson(MediaType.MULTIPART_FORM_DATA_TYPE)).isFalse();
        assertThat(JsonBodyLimits.isJson(MediaType.valueOf("text/csv"))).isFalse();
        assertThat(JsonBodyLimits.isJson(null)).isFalse();
    }
}
