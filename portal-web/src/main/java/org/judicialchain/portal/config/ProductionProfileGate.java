package org.judicialchain.portal.config;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Stops the deployment before anything else starts (the schema migration depends on it) when the production
 * profile's refusals are not met, naming every setting at fault at once.
 */
@Singleton
@Startup
public class ProductionProfileGate {

    private static final Logger LOG = Logger.getLogger(ProductionProfileGate.class.getName());

    @PostConstruct
    void check() {
        Config config = ConfigProvider.getConfig();
        ProductionProfile profile = new ProductionProfile(name -> config.getOptionalValue(name, String.class));
        List<String> refusals = profile.refusals();
        if (!refusals.isEmpty()) {
            String message = "portal.profile=production refuses to start:\n  - " + String.join("\n  - ", refusals);
            LOG.severe(message);
            throw new IllegalStateException(message);
        }
        LOG.info(() -> profile.active() ? "production profile: every production setting is in place"
                : "local profile: development fallbacks allowed (set portal.profile=production for a court's deployment)");
    }
}
