package org.judicialchain.portal.interfaces.rest.shared.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.judicialchain.portal.infrastructure.security.TokenVerifier.VerifiedToken;

/** Who is calling: the verified token of this request, if any (set by {@link BearerTokenMechanism}). */
@RequestScoped
public class CallerContext {

    @Inject
    HttpServletRequest request;

    public Optional<VerifiedToken> token() {
        return Optional.ofNullable((VerifiedToken) request.getAttribute(BearerTokenMechanism.CALLER_ATTRIBUTE));
    }
}
