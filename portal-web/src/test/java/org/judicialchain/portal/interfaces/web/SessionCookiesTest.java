package org.judicialchain.portal.interfaces.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SessionCookiesTest {

    @Test
    void item13_theCookieIsSecureWheneverThePortalIsPublishedOverHttps() {
        assertThat(SessionCookies.publishedOverHttps("https://portal.court.example")).isTrue();
        assertThat(SessionCookies.publishedOverHttps(" HTTPS://portal.court.example/ ")).isTrue();
        assertThat(SessionCookies.publishedOverHttps("http://127.0.0.1:8080")).isFalse();
        assertThat(SessionCookies.publishedOverHttps(null)).isFalse();
    }
}
