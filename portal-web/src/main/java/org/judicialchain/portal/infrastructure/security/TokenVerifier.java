package org.judicialchain.portal.infrastructure.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.judicialchain.portal.config.PortalConfig;

/**
 * Verifies access tokens of the court realm: RS256 signature against the realm's published keys
 * (fetched and cached), exact issuer, the portal in the audience, expiry and not-before, and that it is an
 * access token at all (an ID token is refused).
 * Anything else (alg none, HMAC, another realm, an edited claim) is refused.
 */
@ApplicationScoped
public class TokenVerifier {

    @Inject
    PortalConfig config;

    private volatile ConfigurableJWTProcessor<SecurityContext> processor;

    /**
     * Tokens already verified, until they expire: checking an RSA signature on every request was
     * 12% of the portal's CPU under load (bench B2). A token's claims cannot change, so a cached
     * answer is the answer; expiry is still checked on every use.
     */
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 10_000;

    private record Verified(VerifiedToken token, Instant expires) {
    }

    /** The verified claims the portal uses. */
    /** @param givenName @param familyName as the identity provider holds them (the profile scope); null when absent */
    public record VerifiedToken(String subject, String username, Set<String> roles, String institution, String court,
                                String partyId, String givenName, String familyName) {
    }

    /** @throws InvalidTokenException with a reason that is safe to show the caller */
    public VerifiedToken verify(String token) {
        Verified known = verified.get(token);
        if (known != null) {
            if (Instant.now().isBefore(known.expires())) {
                return known.token();
            }
            verified.remove(token);
        }
        JWTClaimsSet claims;
        try {
            claims = processor().process(token, null);
        } catch (ParseException e) {
            throw new InvalidTokenException("the bearer token is not a JWT");
        } catch (BadJOSEException e) {
            throw new InvalidTokenException("the bearer token was refused: " + e.getMessage());
        } catch (JOSEException e) {
            throw new InvalidTokenException("the bearer token could not be checked: " + e.getMessage());
        }
        requireAccessToken(token, claims);
        try {
            VerifiedToken result = new VerifiedToken(claims.getSubject(), claims.getStringClaim("preferred_username"),
                    roles(claims), claims.getStringClaim("institution"), claims.getStringClaim("court"),
                    claims.getStringClaim("party_id"), claims.getStringClaim("given_name"), claims.getStringClaim("family_name"));
            if (verified.size() >= MAX_CACHED) {
                verified.clear(); // crude bound; tokens live minutes, so the cache refills with the live ones
            }
            verified.put(token, new Verified(result, claims.getExpirationTime().toInstant()));
            return result;
        } catch (ParseException e) {
            throw new InvalidTokenException("the bearer token has malformed claims");
        }
    }

    /**
     * Only access tokens open the API: an ID token of the portal client carries the same issuer, audience and
     * signature, but it says who signed in, not what the bearer may do, and it travels through the browser.
     * Keycloak marks its access tokens with the claim {@code typ: Bearer}; RFC 9068 ones have the header type at+jwt.
     */
    private static void requireAccessToken(String token, JWTClaimsSet claims) {
        String typ;
        JOSEObjectType header;
        try {
            typ = claims.getStringClaim("typ");
            header = SignedJWT.parse(token).getHeader().getType();
        } catch (ParseException e) {
            throw new InvalidTokenException("the bearer token has malformed claims");
        }
        if (!"Bearer".equals(typ) && !AT_JWT.equals(header)) {
            throw new InvalidTokenException("the bearer token is not an access token (typ " + (typ == null ? "missing" : typ)
                    + "); send the access token, not the ID token");
        }
    }

    private static final JOSEObjectType AT_JWT = new JOSEObjectType("at+jwt");

    private static Set<String> roles(JWTClaimsSet claims) throws ParseException {
        Set<String> roles = new HashSet<>();
        List<String> groups = claims.getStringListClaim("groups");
        if (groups != null) {
            roles.addAll(groups);
        }
        Map<String, Object> realmAccess = claims.getJSONObjectClaim("realm_access");
        if (realmAccess != null && realmAccess.get("roles") instanceof Collection<?> list) {
            list.forEach(r -> roles.add(String.valueOf(r)));
        }
        return Set.copyOf(roles);
    }

    private ConfigurableJWTProcessor<SecurityContext> processor() {
        if (processor == null) {
            synchronized (this) {
                if (processor == null) {
                    processor = build();
                }
            }
        }
        return processor;
    }

    private ConfigurableJWTProcessor<SecurityContext> build() {
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.create(URI.create(config.oidcJwksUrl()).toURL()).retrying(true).build();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("portal.oidc.issuer does not give a valid JWKS URL: " + config.oidcJwksUrl(), e);
        }
        DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
        p.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, AT_JWT, null));
        p.setJWSKeySelector(new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256), keys));
        p.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(config.oidcAudience(),
                new JWTClaimsSet.Builder().issuer(config.oidcIssuer()).build(),
                Set.of("sub", "exp", "iat")));
        return p;
    }

    /** A token that must not be accepted; the message says why without revealing secrets. */
    public static final class InvalidTokenException extends RuntimeException {
        public InvalidTokenException(String message) {
            super(message);
        }
    }
}
