package org.judicialchain.portal.interfaces.rest.shared.security;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The per-session synchronizer token that pages send back in {@link #HEADER} on state-changing
 * calls (see BearerTokenMechanism). Drawn at sign-in, so a new session id never inherits an old token.
 */
public final class CsrfToken {

    public static final String HEADER = "X-CSRF-Token";
    static final String ATTRIBUTE = CsrfToken.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfToken() {
    }

    /** Draws a fresh token for a session that has just signed in. */
    public static void issue(HttpSession session) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        session.setAttribute(ATTRIBUTE, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    static String of(HttpSession session) {
        return session == null ? null : (String) session.getAttribute(ATTRIBUTE);
    }

    /** Constant-time comparison, so the token cannot be guessed byte by byte from response times. */
    static boolean matches(HttpSession session, String presented) {
        String expected = of(session);
        return expected != null && presented != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), presented.getBytes(StandardCharsets.US_ASCII));
    }
}
