package org.judicialchain.portal.interfaces.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages carry keys, the bundles the words: every key a page or script names exists in both
 * languages, and the two bundles name the same keys (a text missing in one language shows as its key).
 */
class MessageBundlesTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    /** data-i18n="key", data-i18n-attr="aria-label:key", t('key'), field('key', ...), row('key', ...) and the like. */
    private static final Pattern KEY_USE = Pattern.compile(
            "data-i18n=\"([^\"]+)\"|[:;]\\s*([a-z]+\\.[A-Za-z0-9.]+)\"|\\b(?:t|field|checkbox|digestField|amount|row)\\('([a-z]+\\.[A-Za-z0-9.]+)'");
    private static final Pattern TITLE_KEY = Pattern.compile("data-title=\"([^\"]+)\"");

    @SuppressWarnings("unchecked")
    private static Map<String, String> bundle(String language) throws IOException {
        return new ObjectMapper().readValue(WEBAPP.resolve("i18n/messages_" + language + ".json").toFile(), Map.class);
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndNoEmptyText() throws IOException {
        Map<String, String> en = bundle("en");
        Map<String, String> zh = bundle("zh-CN");
        assertThat(zh.keySet()).isEqualTo(en.keySet());
        assertThat(en.values()).allMatch(v -> !v.isBlank());
        assertThat(zh.values()).allMatch(v -> !v.isBlank());
    }

    @Test
    void everyKeyThePagesUseIsInTheBundles() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(WEBAPP.resolve("app"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".js") || p.toString().endsWith(".html")).toList()) {
                collect(Files.readString(f), used);
            }
        }
        collect(Files.readString(WEBAPP.resolve("index.html")), used);
        assertThat(used).hasSizeGreaterThan(100);
        assertThat(bundle("en").keySet()).containsAll(used);
    }

    private static void collect(String text, Set<String> into) {
        Matcher m = KEY_USE.matcher(text);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    into.add(m.group(g));
                }
            }
        }
        Matcher title = TITLE_KEY.matcher(text);
        while (title.find()) {
            into.add(title.group(1));
        }
    }

    @Test
    void noPageWritesDataAsHtml() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP.resolve("app/js"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".js")).toList()) {
                assertThat(Files.readString(f)).as(f.toString()).doesNotContain("innerHTML").doesNotContain("insertAdjacentHTML")
                        .doesNotContain("document.write");
            }
        }
    }
}
