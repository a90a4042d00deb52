package org.judicialchain.portal.interfaces.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** /login?return= comes back to a page of this portal only: never an open redirect to another site. */
class SignInReturnPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/app/judge.html", "/app/case.html?case=LOAN-2026-000123", "/app/chain.html?case=A%2FB&x=1"})
    void aPageOfThePortalIsAccepted(String path) {
        assertThat(BrowserSignIn.LOCAL_PAGE.matcher(path).matches()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/", "/\\evil.example", "https://evil.example/", "evil.example", "",
            "/app/x\r\nSet-Cookie: a=b", "/app/<script>", "javascript:alert(1)"})
    void anythingThatCouldLeaveThePortalIsRefused(String path) {
        assertThat(BrowserSignIn.LOCAL_PAGE.matcher(path).matches()).isFalse();
    }
}
