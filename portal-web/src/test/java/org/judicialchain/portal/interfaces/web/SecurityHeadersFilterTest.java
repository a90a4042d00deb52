package org.judicialchain.portal.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

    @Test
    void thePolicyAllowsOnlyThePortalAndTheRealmAsFormTarget() {
        String csp = SecurityHeadersFilter.contentSecurityPolicy("https://id.court.example:8443/realms/court");
        assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'",
                "form-action 'self' https://id.court.example:8443").doesNotContain("/realms", "unsafe");
    }

    @Test
    void apiAndSignInAnswersAreNotStoredButStaticAssetsMayBe() {
        assertThat(SecurityHeadersFilter.carriesPrivateData("/api/v1/cases/C-1")).isTrue();
        assertThat(SecurityHeadersFilter.carriesPrivateData("/callback")).isTrue();
        assertThat(SecurityHeadersFilter.carriesPrivateData("/index.html")).isFalse();
        assertThat(SecurityHeadersFilter.carriesPrivateData("/apidocs.css")).isFalse();
    }
}
