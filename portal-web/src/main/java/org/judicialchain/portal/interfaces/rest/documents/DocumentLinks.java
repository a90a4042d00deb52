package org.judicialchain.portal.interfaces.rest.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.judicialchain.portal.domain.documents.IssuedDocuments;

/**
 * Where a page downloads a document and its public copy (the copy with masked names a court may publish). Documents
 * issued before there were public copies have none: their link is null.
 */
@ApplicationScoped
public class DocumentLinks {

    @Inject
    IssuedDocuments documents;

    public String download(String apiBase, UUID document) {
        return document == null ? null : apiBase + "v1/documents/" + document;
    }

    public String publicCopy(String apiBase, UUID servedCopy) {
        return servedCopy == null ? null
                : documents.publicCopyOf(servedCopy).map(copy -> download(apiBase, copy.id())).orElse(null);
    }
}
