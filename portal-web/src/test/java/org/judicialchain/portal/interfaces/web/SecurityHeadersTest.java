package org.judicialchain.portal.interfaces.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityHeadersTest {

    @Test
    void thePolicyAllowsOnlyThePortalAndTheRealmAsFormTarget() {
        String csp = SecurityHeaders.contentSecurityPolicy("https://id.court.example:8443/realms/court");
        assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'",
                "form-action 'self' https://id.court.example:8443").doesNotContain("/realms", "unsafe");
    }

    @Test
    void apiAndSignInAnswersAreNotStoredButStaticAssetsMayBe() {
        assertThat(SecurityHeaders.carriesPrivateData("/api/v1/cases/C-1")).isTrue();
        assertThat(SecurityHeaders.carriesPrivateData("/callback")).isTrue();
        assertThat(SecurityHeaders.carriesPrivateData("/index.html")).isFalse();
        assertThat(SecurityHeaders.carriesPrivateData("/apidocs.css")).isFalse();
    }
}
