package org.judicialchain.portal.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a portal run with {@code portal.profile=production} refuses to start with (security review, item 10): every
 * convenience of the local stack that would quietly weaken a court's deployment. Each refusal names its setting.
 * The local profile (the default) keeps them all, so {@code ./portal up} works on a fresh clone.
 */
public final class ProductionProfile {

    public static final String SETTING = "portal.profile";
    public static final String PRODUCTION = "production";

    /** The shipped local demo values, refused in production wherever they appear. */
    static final String DEMO_DB_PASSWORD = "postgres";
    static final String DEMO_CLIENT_SECRET = "portal-local-demo-secret";
    static final String DEMO_KEYSTORE_PASSWORD = "local-dev-only";

    private final Function<String, Optional<String>> settings;

    /** @param settings the configured value of a setting, empty when unset or blank */
    public ProductionProfile(Function<String, Optional<String>> settings) {
        this.settings = name -> settings.apply(name).map(String::strip).filter(v -> !v.isEmpty());
    }

    public boolean active() {
        return settings.apply(SETTING).map(PRODUCTION::equalsIgnoreCase).orElse(false);
    }

    /** Why this configuration may not run as production; empty when it may (or when the profile is local). */
    public List<String> refusals() {
        List<String> out = new ArrayList<>();
        if (!active()) {
            return out;
        }
        refuseValue(out, "portal.db.password", DEMO_DB_PASSWORD, "the local demo database password");
        refuseValue(out, "portal.oidc.client-secret", DEMO_CLIENT_SECRET, "the local demo client secret");
        require(out, "portal.documents.keystore", "without it the portal creates a development court PKI whose"
                + " PKCS#12 holds the root CA's private key");
        refuseValue(out, "portal.documents.keystore-password", DEMO_KEYSTORE_PASSWORD, "the local demo keystore password");
        require(out, "portal.documents.tsa-url", "without it documents are time-stamped by the in-process development TSA");
        require(out, "portal.crypto.master-key", "without it the master key is a file beside the data it protects");
        require(out, "portal.chain.registry-address", "without it the portal deploys a registry of its own and"
                + " administers it");
        require(out, "portal.lifecycle.address", "without it the portal deploys a lifecycle contract of its own and"
                + " administers it");
        require(out, "portal.chain.private-key", "without it the anchoring key is a file the portal generates");
        require(out, "portal.lifecycle.private-key", "without it the lifecycle operator key is a file the portal generates");
        require(out, "portal.custody.pkcs11.library", "without it institutions' hosted keys are files, not in a token");
        settings.apply("portal.public-url").filter(u -> u.matches("(?i)https?://(127\\.0\\.0\\.1|localhost|\\[::1\\])([:/].*)?"))
                .ifPresent(u -> out.add("portal.public-url is " + u + ": documents would print a loopback address in their"
                        + " QR codes"));
        return out;
    }

    private void require(List<String> out, String name, String why) {
        if (settings.apply(name).isEmpty()) {
            out.add(name + " is not set: " + why);
        }
    }

    private void refuseValue(List<String> out, String name, String demo, String what) {
        Optional<String> value = settings.apply(name);
        if (value.isEmpty()) {
            out.add(name + " is not set");
        } else if (value.get().equals(demo)) {
            out.add(name + " is " + what);
        }
    }
}
