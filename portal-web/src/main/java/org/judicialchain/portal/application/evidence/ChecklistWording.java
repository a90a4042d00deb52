package org.judicialchain.portal.application.evidence;

import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The checklist's facts in the languages the portal speaks (checklist*.properties beside this class): a fact is
 * a list of phrases, each a key and its arguments, worded per language and joined as that language joins them.
 * Arguments that are phrases themselves (an evidence kind, a duration, the debtor) are worded too.
 */
final class ChecklistWording {

    /** The languages answered, by the tags the pages use; English first (the API's {@code fact}). */
    private static final Map<String, ResourceBundle> BUNDLES = new LinkedHashMap<>();

    static {
        BUNDLES.put("en", bundle(Locale.ROOT));
        BUNDLES.put("zh-CN", bundle(Locale.SIMPLIFIED_CHINESE));
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("org.judicialchain.portal.application.evidence.checklist", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** A phrase: a key of the bundles with its arguments (strings, numbers, or nested phrases). */
    record Phrase(String key, Object... args) {
    }

    /** A list of sentences, each a list of phrases joined by the language's separator. */
    record Fact(List<List<Phrase>> sentences) {

        static Fact of(Phrase... phrases) {
            return new Fact(List.of(List.of(phrases)));
        }
    }

    private ChecklistWording() {
    }

    /** The fact in every language, by language tag. */
    static Map<String, String> wordings(Fact fact) {
        Map<String, String> out = new LinkedHashMap<>();
        BUNDLES.keySet().forEach(language -> out.put(language, word(fact, language)));
        return out;
    }

    static String word(Fact fact, String language) {
        ResourceBundle bundle = BUNDLES.get(language);
        StringBuilder text = new StringBuilder();
        for (List<Phrase> sentence : fact.sentences()) {
            if (!text.isEmpty()) {
                text.append(bundle.getString("sentence"));
            }
            for (int i = 0; i < sentence.size(); i++) {
                text.append(i == 0 ? "" : bundle.getString("separator")).append(word(sentence.get(i), bundle));
            }
        }
        return text.toString();
    }

    private static String word(Phrase phrase, ResourceBundle bundle) {
        Object[] args = new Object[phrase.args().length];
        for (int i = 0; i < args.length; i++) {
            Object a = phrase.args()[i];
            // numbers as written (a block number is no quantity to group in thousands)
            args[i] = a instanceof Phrase p ? word(p, bundle) : String.valueOf(a);
        }
        String pattern = bundle.containsKey(phrase.key()) ? bundle.getString(phrase.key()) : null;
        if (pattern == null) {
            // an evidence kind the bundle does not word is shown by its name
            return phrase.key().startsWith("kind.") ? phrase.key().substring(5) : phrase.key();
        }
        return new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
