package org.judicialchain.portal.interfaces.rest.shared.errors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every answer under /api is in the API's JSON error format, even when the failure happens outside
 * the JAX-RS exception mappers:
 * <ul>
 * <li>refusals made with sendError before our mappers are reached (the JAX-RS runtime failing to
 * parse a Content-Type header, for one), which would get the server's HTML error page;</li>
 * <li>exceptions escaping the filter chain (a servlet filter, the JAX-RS runtime itself), which
 * become a JSON 503 with Retry-After when the database was unreachable and a JSON 500 otherwise.</li>
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
                ApiError.write(this, status, ApiError.fixedMessage(status));
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
            response.setHeader("Retry-After", ApiError.DATABASE_RETRY_AFTER);
            ApiError.write(response, 503, ApiError.DATABASE_UNAVAILABLE);
            return;
        }
        LOG.log(Level.SEVERE, "unexpected failure outside the API's mappers", e);
        ApiError.write(response, 500, ApiError.fixedMessage(500));
    }

    static String json(int status) {
        return ApiError.json(status, ApiError.fixedMessage(status));
    }
}
