package org.judicialchain.portal.interfaces.rest.errors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiErrorFormatFilterTest {

    @Test
    void theServersOwnRefusalsReadLikeTheApisErrors() {
        assertThat(ApiErrorFormatFilter.json(400)).isEqualTo(
                "{\"status\":400,\"error\":\"Bad Request\",\"message\":\"malformed request: check the Content-Type header, the URL and the body\"}");
        assertThat(ApiErrorFormatFilter.json(415)).contains("\"status\":415", "unsupported content type");
        assertThat(ApiErrorFormatFilter.json(503)).contains("\"status\":503", "internal error");
    }
}
