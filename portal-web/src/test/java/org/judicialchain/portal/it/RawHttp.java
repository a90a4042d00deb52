package org.judicialchain.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Requests exactly as given (any method, raw bytes, any content type, extra headers), with the
 * answer's headers: what the hardening suites need and {@link Api} does not expose.
 */
final class RawHttp {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    RawHttp(URL base) {
        String b = base.toString();
        this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    record Answer(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase());
        }

        JsonNode json() {
            try {
                return Api.JSON.readTree(body);
            } catch (IOException e) {
                return null;
            }
        }
    }

    /** A request; {@code headers} alternate name, value. A null body sends none. */
    Answer send(String method, String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            r.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            r.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<byte[]> a;
            try {
                a = HTTP.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException closed) {
                // a pooled connection the server closed after refusing an oversized body: once more on a new one
                a = HTTP.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
            }
            Map<String, String> h = new LinkedHashMap<>();
            a.headers().map().forEach((k, v) -> h.put(k.toLowerCase(), String.join(", ", v)));
            return new Answer(a.statusCode(), h, new String(a.body(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    Answer get(String path, String... headers) {
        return send("GET", path, null, null, headers);
    }

    Answer postJson(String path, String json, String... headers) {
        return send("POST", path, "application/json", json.getBytes(StandardCharsets.UTF_8), headers);
    }
}
