package org.judicialchain.portal.domain.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Private scratch space for a request's bytes too large to hold in memory (an upload being verified): each file is
 * the portal's alone (0600) and the caller deletes it when done.
 */
public interface ScratchFiles {

    /**
     * Copies at most {@code limit + 1} bytes of {@code in} into a new scratch file: more than {@code limit} in the
     * file tells the caller the body was too large, without reading the rest.
     */
    Path spool(InputStream in, long limit) throws IOException;

    /** A new, empty scratch file. */
    Path newFile() throws IOException;
}
