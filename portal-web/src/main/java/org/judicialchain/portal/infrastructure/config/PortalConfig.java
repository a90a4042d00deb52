package org.judicialchain.portal.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Every setting of the portal in one place (MicroProfile Config; defaults in microprofile-config.properties). */
@ApplicationScoped
public class PortalConfig {

    @Inject
    @ConfigProperty(name = "portal.data-dir")
    String dataDir;

    @Inject
    @ConfigProperty(name = "portal.institution")
    String institution;

    @Inject
    @ConfigProperty(name = "portal.chain.rpc-url")
    String rpcUrl;

    @Inject
    @ConfigProperty(name = "portal.chain.id")
    long chainId;

    @Inject
    @ConfigProperty(name = "portal.chain.registry-address")
    Optional<String> registryAddress;

    @Inject
    @ConfigProperty(name = "portal.chain.private-key")
    Optional<String> privateKey;

    @Inject
    @ConfigProperty(name = "portal.anchor.max-wait-ms")
    long maxWaitMillis;

    @Inject
    @ConfigProperty(name = "portal.anchor.max-batch")
    int maxBatch;

    @Inject
    @ConfigProperty(name = "portal.upload.max-bytes")
    long maxUploadBytes;

    @Inject
    @ConfigProperty(name = "portal.crypto.master-key")
    Optional<String> masterKey;

    @Inject
    @ConfigProperty(name = "portal.oidc.issuer")
    String oidcIssuer;

    @Inject
    @ConfigProperty(name = "portal.oidc.audience")
    String oidcAudience;

    public Path dataDir() {
        return Path.of(dataDir).toAbsolutePath();
    }

    public String institution() {
        return institution;
    }

    public String rpcUrl() {
        return rpcUrl;
    }

    public long chainId() {
        return chainId;
    }

    public Optional<String> registryAddress() {
        return registryAddress.filter(s -> !s.isBlank());
    }

    public Optional<String> privateKey() {
        return privateKey.filter(s -> !s.isBlank());
    }

    public Duration maxWait() {
        return Duration.ofMillis(maxWaitMillis);
    }

    public int maxBatch() {
        return maxBatch;
    }

    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    /** Base64 AES-256 key wrapping the per-case data keys; empty: a local key file under the data folder. */
    public Optional<String> masterKey() {
        return masterKey.filter(s -> !s.isBlank());
    }

    /** The court realm's issuer; tokens from anywhere else are refused. */
    public String oidcIssuer() {
        return oidcIssuer;
    }

    public String oidcJwksUrl() {
        return oidcIssuer + "/protocol/openid-connect/certs";
    }

    /** Access tokens must name the portal in their audience. */
    public String oidcAudience() {
        return oidcAudience;
    }
}
