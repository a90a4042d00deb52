package org.judicialchain.ruling.document;

import java.util.Locale;

/** The language a document is issued in; the tag names its templates and labels. */
public enum Language {
    ZH_CN("zh-CN", Locale.SIMPLIFIED_CHINESE),
    EN("en", Locale.ENGLISH);

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** BCP 47 tag, as in the template file names (judicial-confirmation.zh-CN.html). */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }
}
