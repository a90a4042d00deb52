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

/**
 * Refusals that happen before our exception mappers are reached (the JAX-RS runtime failing to
 * parse a Content-Type header, for one) call sendError, which would answer with the server's HTML
 * error page. Under /api they are answered in the API's JSON error format instead.
 */
@WebFilter(filterName = "ApiErrorFormatFilter", urlPatterns = "/api/*")
public class ApiErrorFormatFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
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
                resetBuffer();
                setStatus(status);
                setContentType("application/json");
                setCharacterEncoding("UTF-8");
                getOutputStream().write(json(status).getBytes(StandardCharsets.UTF_8));
                flushBuffer();
            }
        });
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
        return Json.createObjectBuilder().add("status", status).add("error", reason).add("message", text).build().toString();
    }
}
