package org.judicialchain.portal.application.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Optional;
import org.judicialchain.evidence.domain.service.EvidenceStore;
import org.judicialchain.portal.domain.cases.CaseRow;
import org.judicialchain.portal.domain.cases.LoanCases;
import org.judicialchain.portal.domain.documents.IssuedDocuments;
import org.judicialchain.portal.domain.documents.IssuedDocuments.DocumentRow;
import org.judicialchain.portal.domain.privacy.PersonalDataVault;

/**
 * A document's PDF as issued. A served copy names the debtor in full, so it is kept sealed under the case's data
 * key like the rest of the debtor's personal data: erasing that data erases the portal's served copies too (the
 * parties keep theirs, its digest stays anchored and verifiable), while the public copy remains.
 */
@ApplicationScoped
public class ReadingDocuments {

    @Inject
    IssuedDocuments documents;
    @Inject
    EvidenceStore store;
    @Inject
    LoanCases cases;
    @Inject
    PersonalDataVault vault;

    /** The served copy is no longer held: the debtor's personal data was erased; {@code publicCopy} remains. */
    public static final class ErasedException extends RuntimeException {
        private final transient Optional<DocumentRow> publicCopy;

        ErasedException(DocumentRow served, Optional<DocumentRow> publicCopy) {
            super("the served copy " + served.id() + " was erased with the debtor's personal data"
                    + publicCopy.map(p -> "; the public copy " + p.id() + " remains").orElse(""));
            this.publicCopy = publicCopy;
        }

        public Optional<DocumentRow> publicCopy() {
            return publicCopy;
        }
    }

    public byte[] pdf(DocumentRow doc) {
        Optional<byte[]> sealed = documents.sealedPdf(doc.id());
        if (sealed.isPresent()) {
            byte[] wrapped = cases.find(doc.caseRef()).map(CaseRow::wrappedDataKey).orElse(null);
            if (wrapped == null) {
                throw new ErasedException(doc, documents.publicCopyOf(doc.id()));
            }
            return vault.openBytes(vault.unwrap(wrapped), sealed.get(), doc.caseRef());
        }
        var stored = store.locate(doc.sha256());
        if (stored.isEmpty() && cases.find(doc.caseRef()).map(CaseRow::wrappedDataKey).isEmpty()) {
            // a served copy is kept only sealed: erasure dropped it with the case's data key
            throw new ErasedException(doc, documents.publicCopyOf(doc.id()));
        }
        var file = stored.orElseThrow(() -> new IllegalStateException("document file missing: " + doc.id()));
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("reading document " + doc.id() + " failed", e);
        }
    }
}
