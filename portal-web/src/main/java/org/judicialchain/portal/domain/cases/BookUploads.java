package org.judicialchain.portal.domain.cases;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.UUID;

/** Where the upload of a book import is kept, durably and readable by the portal only, while it is read. */
public interface BookUploads {

    /** Writes the upload under this import's id and forces it to disk; @return where it is. */
    Path keep(UUID importId, InputStream csv) throws IOException;
}
