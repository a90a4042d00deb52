package org.judicialchain.portal.infrastructure.documents;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.judicialchain.portal.application.documents.CourtDocumentKit;

/**
 * Sets up the document machinery in the background at start: on a local run this creates the dev
 * court CA, signing and TSA certificates under the data folder on first start, and it loads the
 * fonts so that the first document a judge issues does not wait for them.
 */
@Singleton
@Startup
@DependsOn("ProductionProfileGate") // in production no development PKI may be made before the profile is checked
public class DocumentsWarmUp {

    private static final Logger LOG = Logger.getLogger(DocumentsWarmUp.class.getName());

    @Inject
    CourtDocumentKit documents;
    @Resource
    ManagedExecutorService executor;

    @PostConstruct
    void warmUp() {
        executor.submit(() -> {
            try {
                documents.verifier();
                LOG.info("court documents ready (signing key, timestamp authority, fonts, templates)");
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "court documents could not be set up; issuing and PDF verification will fail: "
                        + e.getMessage(), e);
            }
        });
    }
}
