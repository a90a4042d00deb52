package org.judicialchain.portal.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.judicialchain.evidence.domain.model.directory.ChainAddress;

/**
 * Settings of the case workflow: the lifecycle contract and its relay, the escalation policy, objection
 * deadlines, automatic confirmation drafts and e-mail (defaults in microprofile-config.properties).
 */
@ApplicationScoped
public class WorkflowConfig {

    private static final String ACTOR_PREFIX = "portal.lifecycle.actor.";

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "portal.lifecycle.address")
    Optional<String> lifecycleAddress;

    @Inject
    @ConfigProperty(name = "portal.lifecycle.private-key")
    Optional<String> lifecycleKey;

    @Inject
    @ConfigProperty(name = "portal.lifecycle.relay-ms", defaultValue = "500")
    long relayMillis;

    @Inject
    @ConfigProperty(name = "portal.lifecycle.follow-from-block", defaultValue = "0")
    long followFromBlock;

    @Inject
    @ConfigProperty(name = "portal.lifecycle.await-ms", defaultValue = "15000")
    long awaitMillis;

    @Inject
    @ConfigProperty(name = "portal.escalation.policy", defaultValue = "REMINDER@1,GRADED_STRATEGY@30,JUDICIAL_REFERRAL@90")
    String escalationPolicy;

    @Inject
    @ConfigProperty(name = "portal.escalation.interval-ms", defaultValue = "60000")
    long escalationMillis;

    @Inject
    @ConfigProperty(name = "portal.reconciliation.interval-ms", defaultValue = "3600000")
    long reconciliationMillis;

    @Inject
    @ConfigProperty(name = "portal.objection.response-days", defaultValue = "7")
    int responseDays;

    @Inject
    @ConfigProperty(name = "portal.confirmation.auto-draft", defaultValue = "true")
    boolean autoDraft;

    @Inject
    @ConfigProperty(name = "portal.smtp.host")
    Optional<String> smtpHost;

    @Inject
    @ConfigProperty(name = "portal.smtp.port", defaultValue = "25")
    int smtpPort;

    @Inject
    @ConfigProperty(name = "portal.smtp.from", defaultValue = "portal@court.localhost")
    String smtpFrom;

    /** A configured lifecycle contract (a court network); empty on a local chain the portal deploys to. */
    public Optional<String> lifecycleAddress() {
        return lifecycleAddress.filter(s -> !s.isBlank());
    }

    /** The operator account's key; a second account, so its nonces never race the anchoring account's. */
    public Optional<String> lifecycleKey() {
        return lifecycleKey.filter(s -> !s.isBlank());
    }

    public Duration relayInterval() {
        return Duration.ofMillis(Math.max(50, relayMillis));
    }

    /** The first block whose lifecycle events the chain follower reads (the contract's deployment, on a long chain). */
    public long followFromBlock() {
        return Math.max(0, followFromBlock);
    }

    /** How long a request that changes a case waits for the chain's answer before it answers 202 with a status URL. */
    public Duration awaitChain() {
        return Duration.ofMillis(Math.max(0, awaitMillis));
    }

    /**
     * The chain account a court or institution has bound for the portal to act through, when configured,
     * as a lower-case 0x address.
     * @throws IllegalStateException naming the setting when it is not a chain account address
     */
    public Optional<String> actorAccount(String org) {
        return config.getOptionalValue(ACTOR_PREFIX + org, String.class).filter(s -> !s.isBlank()).map(account -> {
            try {
                return ChainAddress.normalise(account);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(ACTOR_PREFIX + org + " is not a chain account address: " + account);
            }
        });
    }

    /** The organisations with a configured {@code portal.lifecycle.actor.<org>} account. */
    public Set<String> actorOrgs() {
        Set<String> orgs = new TreeSet<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(ACTOR_PREFIX) && name.length() > ACTOR_PREFIX.length()
                    && actorAccount(name.substring(ACTOR_PREFIX.length())).isPresent()) {
                orgs.add(name.substring(ACTOR_PREFIX.length()));
            }
        }
        return orgs;
    }

    public String escalationPolicy() {
        return escalationPolicy;
    }

    public Duration escalationInterval() {
        return Duration.ofMillis(Math.max(1000, escalationMillis));
    }

    /** How often the database is reconciled with the chain (hourly by default). */
    public Duration reconciliationInterval() {
        return Duration.ofMillis(Math.max(1000, reconciliationMillis));
    }

    public int responseDays() {
        return responseDays;
    }

    public boolean autoDraftConfirmations() {
        return autoDraft;
    }

    public Optional<String> smtpHost() {
        return smtpHost.filter(s -> !s.isBlank());
    }

    public int smtpPort() {
        return smtpPort;
    }

    /** Where notifications for a recipient (institution, party or court id) are e-mailed, if anywhere. */
    public Optional<String> emailOf(String recipient) {
        return config.getOptionalValue("portal.notify.email." + recipient, String.class).filter(s -> !s.isBlank());
    }

    public String smtpFrom() {
        return smtpFrom;
    }
}
