package org.judicialchain.portal.interfaces.rest.shared.security;

import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The synchronizer token: drawn per session at sign-in, and a write must present exactly it. */
class CsrfTokenTest {

    /** Just the attribute map of a session. */
    private static HttpSession session() {
        Map<String, Object> attributes = new HashMap<>();
        return (HttpSession) Proxy.newProxyInstance(HttpSession.class.getClassLoader(), new Class<?>[] {HttpSession.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void onlyTheSessionsOwnTokenMatches() {
        HttpSession a = session();
        HttpSession b = session();
        CsrfToken.issue(a);
        CsrfToken.issue(b);
        String tokenOfA = CsrfToken.of(a);
        assertThat(tokenOfA).hasSizeGreaterThanOrEqualTo(43);
        assertThat(CsrfToken.matches(a, tokenOfA)).isTrue();
        assertThat(CsrfToken.matches(b, tokenOfA)).as("another session's token").isFalse();
        assertThat(CsrfToken.matches(a, null)).isFalse();
        assertThat(CsrfToken.matches(a, "")).isFalse();
        assertThat(CsrfToken.matches(a, tokenOfA.substring(1))).isFalse();
    }

    @Test
    void aSessionWithoutATokenNeverMatches() {
        assertThat(CsrfToken.matches(session(), "anything")).isFalse();
        assertThat(CsrfToken.matches(null, "anything")).isFalse();
    }
}
