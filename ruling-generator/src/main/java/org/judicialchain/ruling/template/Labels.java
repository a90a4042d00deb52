package org.judicialchain.ruling.template;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.judicialchain.ruling.document.Language;

/**
 * The words that come from data rather than from a template (evidence kinds, party roles,
 * statuses, date and time formats), read from labels.&lt;lang&gt;.properties, which a court can
 * override key by key.
 */
final class Labels {

    private final Properties properties;

    private Labels(Properties properties) {
        this.properties = properties;
    }

    /** The shipped labels with the court's file, if any, on top: a court overrides only the keys it names. */
    static Labels load(TemplateSource source, Language language) {
        String name = "labels." + language.tag() + ".properties";
        Properties properties = new Properties();
        try {
            try (Reader builtIn = source.openBuiltIn(name)) {
                properties.load(builtIn);
            }
            var override = source.openOverride(name);
            if (override.isPresent()) {
                try (Reader reader = override.get()) {
                    properties.load(reader);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read labels for " + language.tag(), e);
        }
        return new Labels(properties);
    }

    /** The label, or the key's last part when the file has none (a new enum value shows as its name). */
    String get(String key) {
        String value = properties.getProperty(key);
        return value != null ? value : key.substring(key.lastIndexOf('.') + 1);
    }

    /** The first of the keys the file defines, else as {@link #get} on the last key. */
    String first(String... keys) {
        for (String key : keys) {
            String value = properties.getProperty(key);
            if (value != null) {
                return value;
            }
        }
        return get(keys[keys.length - 1]);
    }

    String getOrDefault(String key, String fallback) {
        return properties.getProperty(key, fallback);
    }
}
