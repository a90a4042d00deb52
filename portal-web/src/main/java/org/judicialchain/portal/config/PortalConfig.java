package org.judicialchain.portal.config;

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
    @ConfigProperty(name = "portal.chain.directory.from-block", defaultValue = "0")
    long directoryFromBlock;

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
    @ConfigProperty(name = "portal.public-url")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "portal.documents.court-name")
    String courtName;

    @Inject
    @ConfigProperty(name = "portal.documents.court-zone")
    String courtZone;

    @Inject
    @ConfigProperty(name = "portal.documents.signing-reason")
    String signingReason;

    @Inject
    @ConfigProperty(name = "portal.documents.keystore")
    Optional<String> keystore;

    @Inject
    @ConfigProperty(name = "portal.documents.keystore-password")
    String keystorePassword;

    @Inject
    @ConfigProperty(name = "portal.documents.trust-anchors")
    Optional<String> trustAnchors;

    @Inject
    @ConfigProperty(name = "portal.documents.tsa-url")
    Optional<String> tsaUrl;

    @Inject
    @ConfigProperty(name = "portal.documents.revocation", defaultValue = "crl")
    String revocation;

    @Inject
    @ConfigProperty(name = "portal.verify.platform-statement")
    String platformStatement;

    @Inject
    @ConfigProperty(name = "portal.verify.capture-gap-attention-hours", defaultValue = "72")
    long captureGapAttentionHours;

    @Inject
    @ConfigProperty(name = "portal.documents.crl-files")
    Optional<String> crlFiles;

    @Inject
    @ConfigProperty(name = "portal.documents.template-dir")
    Optional<String> templateDir;

    @Inject
    @ConfigProperty(name = "portal.oidc.issuer")
    String oidcIssuer;

    @Inject
    @ConfigProperty(name = "portal.oidc.audience")
    String oidcAudience;

    @Inject
    @ConfigProperty(name = "portal.oidc.client-id")
    String oidcClientId;

    @Inject
    @ConfigProperty(name = "portal.oidc.client-secret")
    String oidcClientSecret;

    @Inject
    @ConfigProperty(name = "portal.rate-limit.verify.burst")
    int verifyRateLimitBurst;

    @Inject
    @ConfigProperty(name = "portal.rate-limit.verify.per-second")
    double verifyRateLimitPerSecond;

    @Inject
    @ConfigProperty(name = "portal.rate-limit.trusted-proxies")
    Optional<String> trustedProxies;

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

    /** The first block the chain directory reads events from: the contracts' deployment block on a long-running network. */
    public long directoryFromBlock() {
        return directoryFromBlock;
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

    /** Where the public reaches this portal: QR codes on documents lead to {publicUrl}/verify/{code}. */
    public String publicUrl() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public String courtName() {
        return courtName;
    }

    public String courtZone() {
        return courtZone;
    }

    public String signingReason() {
        return signingReason;
    }

    /** The court's PKCS#12 signing keystore; empty: a dev court PKI under the data folder. */
    public Optional<Path> keystore() {
        return keystore.filter(s -> !s.isBlank()).map(Path::of);
    }

    public String keystorePassword() {
        return keystorePassword;
    }

    public Optional<Path> trustAnchors() {
        return trustAnchors.filter(s -> !s.isBlank()).map(Path::of);
    }

    public Optional<String> tsaUrl() {
        return tsaUrl.filter(s -> !s.isBlank());
    }

    /** Who runs the chain and why it is neutral, as verification answers print it (art. 17 of the checklist). */
    public String platformStatement() {
        return platformStatement;
    }

    /** A capture-to-anchoring gap longer than this is flagged ATTENTION (art. 18 of the checklist). */
    public java.time.Duration captureGapAttention() {
        return java.time.Duration.ofHours(captureGapAttentionHours);
    }

    /** Whether signed documents' signer certificates are checked against the court's CRLs ("crl") or not ("none"). */
    public boolean checksRevocation() {
        return switch (revocation.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "crl" -> true;
            case "none" -> false;
            default -> throw new IllegalStateException("portal.documents.revocation must be crl or none, not " + revocation);
        };
    }

    /** The court CAs' revocation lists (DER or PEM files), read on each verification. */
    public java.util.List<Path> crlFiles() {
        return crlFiles.filter(s -> !s.isBlank()).map(s -> java.util.Arrays.stream(s.split(",")).map(String::strip)
                .filter(f -> !f.isEmpty()).map(Path::of).toList()).orElse(java.util.List.of());
    }

    /** A court's own document templates; files there win over the built-in ones. */
    public Optional<Path> templateDir() {
        return templateDir.filter(s -> !s.isBlank()).map(Path::of);
    }

    /** The court realm's issuer; tokens from anywhere else are refused. */
    public String oidcIssuer() {
        return oidcIssuer;
    }

    public String oidcJwksUrl() {
        return oidcIssuer + "/protocol/openid-connect/certs";
    }

    public String oidcClientId() {
        return oidcClientId;
    }

    public String oidcClientSecret() {
        return oidcClientSecret;
    }

    /** Access tokens must name the portal in their audience. */
    public String oidcAudience() {
        return oidcAudience;
    }

    /** Requests a client may send at once to the public endpoints (verification, document by code). */
    public int verifyRateLimitBurst() {
        return verifyRateLimitBurst;
    }

    /** Their sustained rate per client, per second, once the burst is spent. */
    public double verifyRateLimitPerSecond() {
        return verifyRateLimitPerSecond;
    }

    /** Addresses of the reverse proxies whose X-Forwarded-For names the real client (comma-separated). */
    public java.util.Set<String> trustedProxies() {
        return trustedProxies.map(s -> java.util.Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty())
                .collect(java.util.stream.Collectors.toUnmodifiableSet())).orElse(java.util.Set.of());
    }
}
