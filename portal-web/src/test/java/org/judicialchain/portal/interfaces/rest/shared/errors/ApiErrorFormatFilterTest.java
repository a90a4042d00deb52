package org.judicialchain.portal.interfaces.rest.shared.errors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiErrorFormatFilterTest {

    @Test
    void theServersOwnRefusalsReadLikeTheApisErrors() {
        assertThat(ApiErrorFormatFilter.json(400)).isEqualTo(
                "{\"status\":400,\"error\":\"Bad Request\",\"message\":\"malformed request: check the Content-Type header, the URL and the body\"}");
        assertThat(ApiErrorFormatFilter.json(415)).contains("\"status\":415", "unsupported content type");
        assertThat(ApiErrorFormatFilter.json(503)).contains("\"status\":503", "internal error");
    }

    @Test
    void aLostDatabaseConnectionEscapingTheChainIsAJson503WithRetryAfter() throws Exception {
        FakeResponse response = new FakeResponse();
        filter(response, (req, res) -> {
            throw new ServletException("pool", new RuntimeException(new SQLException("Connection refused", "08001")));
        });
        assertThat(response.status).isEqualTo(503);
        assertThat(response.headers).containsEntry("Retry-After", "5");
        assertThat(response.contentType).isEqualTo("application/json");
        assertThat(response.body()).contains("\"status\":503", "nothing of this request was stored");
    }

    @Test
    void anyOtherFailureEscapingTheChainIsAJson500WithoutClassNames() throws Exception {
        FakeResponse response = new FakeResponse();
        filter(response, (req, res) -> {
            throw new IllegalStateException("org.example.Secret failed");
        });
        assertThat(response.status).isEqualTo(500);
        assertThat(response.body()).contains("\"status\":500", "internal error").doesNotContain("org.example", "Exception");
    }

    @Test
    void sendErrorFromInsideTheChainIsAnsweredInJson() throws Exception {
        FakeResponse response = new FakeResponse();
        filter(response, (req, res) -> ((HttpServletResponse) res).sendError(415));
        assertThat(response.status).isEqualTo(415);
        assertThat(response.body()).contains("unsupported content type");
    }

    @Test
    void aFailureAfterTheAnswerWasCommittedIsLeftToTheContainer() {
        FakeResponse response = new FakeResponse();
        response.committed = true;
        assertThatThrownBy(() -> filter(response, (req, res) -> {
            throw new IllegalStateException("late");
        })).isInstanceOf(IllegalStateException.class);
    }

    private static void filter(FakeResponse response, FilterChain chain) throws Exception {
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(ApiErrorFormatFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (p, m, a) -> null);
        new ApiErrorFormatFilter().doFilter(request, response.proxy(), chain);
    }

    /** Just enough of a servlet response to see what the filter wrote. */
    private static final class FakeResponse {
        int status = 200;
        String contentType;
        boolean committed;
        final Map<String, String> headers = new HashMap<>();
        final ByteArrayOutputStream out = new ByteArrayOutputStream();

        String body() {
            return out.toString(StandardCharsets.UTF_8);
        }

        HttpServletResponse proxy() {
            ServletOutputStream stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    out.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                }
            };
            return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpServletResponse.class},
                    (p, m, a) -> switch (m.getName()) {
                        case "setStatus" -> { status = (int) a[0]; yield null; }
                        case "setContentType" -> { contentType = (String) a[0]; yield null; }
                        case "setHeader" -> { headers.put((String) a[0], (String) a[1]); yield null; }
                        case "isCommitted" -> committed;
                        case "getOutputStream" -> stream;
                        case "resetBuffer" -> { out.reset(); yield null; }
                        default -> null;
                    });
        }
    }
}
