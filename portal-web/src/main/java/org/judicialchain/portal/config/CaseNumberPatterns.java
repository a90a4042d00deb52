package org.judicialchain.portal.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.judicialchain.ruling.DocumentType;
import org.judicialchain.ruling.document.CaseNumberPattern;

/**
 * The courts' case number formats: {@code portal.documents.case-number.<court id>.<TYPE>} for one court,
 * else {@code portal.documents.case-number.<TYPE>} for every court this portal serves.
 */
@ApplicationScoped
public class CaseNumberPatterns {

    private static final String PREFIX = "portal.documents.case-number.";

    @Inject
    Config config;

    public CaseNumberPattern of(String court, DocumentType type) {
        String pattern = config.getOptionalValue(PREFIX + court + "." + type.name(), String.class)
                .or(() -> config.getOptionalValue(PREFIX + type.name(), String.class))
                .orElseThrow(() -> new IllegalStateException("no case number format for " + type + ": set " + PREFIX + type.name()));
        return new CaseNumberPattern(pattern);
    }
}
