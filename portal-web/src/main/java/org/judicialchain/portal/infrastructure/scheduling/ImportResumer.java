package org.judicialchain.portal.infrastructure.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.judicialchain.portal.application.cases.imports.ImportingBooks;

/** After a restart, imports that were queued or running carry on from their last committed batch. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class ImportResumer {

    @Inject
    ImportingBooks imports;

    @PostConstruct
    void resume() {
        imports.resumeUnfinished();
    }
}
