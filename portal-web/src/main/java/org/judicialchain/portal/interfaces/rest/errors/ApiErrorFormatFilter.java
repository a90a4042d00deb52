package org.judicialchain.portal.interfaces.rest.errors;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every answer under /api is in the API's JSON error format, even when the failure happens outside
 * the JAX-RS exception mappers:
 * <ul>
 * <li>refusals made with sendError before our mappers are reached (the JAX-RS runtime failing to
 * parse a Content-Type header, for one), which would get the server's HTML error page;</li>
 * <li>exceptions escaping the filter chain (seen during a database restart under load: 2 requests
 * in 10,000 got the server's HTML 500 page), which become a JSON 503 with Retry-After when the
 * database was unreachable and a JSON 500 otherwise.</li>
 * </ul>
 */
@WebFilter(filterName = "ApiErrorFormatFilter", urlPatterns = "/api/*")
public class ApiErrorFormatFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(ApiErrorFormatFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse json = new HttpServletResponseWrapper(response) {
            @Override
            public void sendError(int status) throws IOException {
                sendError(status, null);
            }

            @Override
            public void sendError(int status, String message) throws IOException {
                if (isCommitted()) {
                    super.sendError(status, message);
                    return;
                }
                write(this, status, json(status));
            }
        };
        try {
            chain.doFilter(request, json);
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e; // the answer is already on its way; the container can only cut it
            }
            answerFailure(response, e);
        }
    }

    private static void answerFailure(HttpServletResponse response, Exception e) throws IOException {
        if (ErrorMappers.databaseUnreachable(e)) {
            LOG.warning("database unreachable outside the API's mappers: " + e);
            response.setHeader("Retry-After", "5");
            write(response, 503, json(503, "Service Unavailable",
                    "the database is unavailable for a moment; nothing of this request was stored. Try again shortly."));
            return;
        }
        LOG.log(Level.SEVERE, "unexpected failure outside the API's mappers", e);
        write(response, 500, json(500));
    }

    private static void write(HttpServletResponse response, int status, String body) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        response.flushBuffer();
    }

    static String json(int status) {
        String reason = switch (status) {
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
        // the server's own message may name classes; a fixed text per status says enough
        String text = switch (status) {
            case 400 -> "malformed request: check the Content-Type header, the URL and the body";
            case 404 -> "no such resource";
            case 405 -> "method not allowed on this resource";
            case 413 -> "request body too large";
            case 415 -> "unsupported content type";
            default -> status >= 500 ? "internal error; it has been logged" : reason;
        };
        return json(status, reason, text);
    }

    private static String json(int status, String reason, String text) {
        return Json.createObjectBuilder().add("status", status).add("error", reason).add("message", text).build().toString();
    }
}
