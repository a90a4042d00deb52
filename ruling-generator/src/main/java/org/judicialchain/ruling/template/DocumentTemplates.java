package org.judicialchain.ruling.template;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;
import org.judicialchain.ruling.DocumentType;
import org.judicialchain.ruling.document.Language;
import org.judicialchain.ruling.document.RulingRequest;

/**
 * Renders a request to HTML with Mustache: one template per document type and language
 * (judicial-confirmation.zh-CN.html, objection-decision.en.html, ...), partials by file name
 * ({{> document.css}}). Every {{value}} is HTML-escaped, so nothing a party typed can become
 * markup; templates must not use the unescaped {{{ }}} form for request data.
 *
 * <p>With a court directory the templates are compiled on every call, so a changed file shows
 * in the next document without a restart; the built-in ones are compiled once.
 */
public final class DocumentTemplates {

    private final TemplateSource source;
    private final MustacheFactory cachedFactory;

    public DocumentTemplates(TemplateSource source) {
        this.source = source;
        this.cachedFactory = source.overrideDirectory().isPresent() ? null : newFactory(source);
    }

    public static String templateName(DocumentType type, Language language) {
        String base = switch (type) {
            case JUDICIAL_CONFIRMATION -> "judicial-confirmation";
            case OBJECTION_DECISION -> "objection-decision";
        };
        return base + "." + language.tag() + ".html";
    }

    public String render(RulingRequest request) {
        MustacheFactory factory = cachedFactory != null ? cachedFactory : newFactory(source);
        Labels labels = Labels.load(source, request.language());
        Mustache mustache = factory.compile(templateName(request.type(), request.language()));
        StringWriter out = new StringWriter();
        mustache.execute(out, DocumentView.of(request, labels));
        return out.toString();
    }

    public TemplateSource source() {
        return source;
    }

    private static MustacheFactory newFactory(TemplateSource source) {
        return new DefaultMustacheFactory(source::open) {
            @Override
            public String resolvePartialPath(String dir, String name, String extension) {
                // partials are named in full (document.css), not given the parent's extension
                return name.strip();
            }
        };
    }
}
