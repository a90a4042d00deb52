package org.judicialchain.evidence.domain.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.digest.ContentDigests;

/** Where evidence files live, addressed by their SHA-256. */
public interface EvidenceStore {

    /**
     * Streams the content into the store, computing its digests on the way; returns only once the
     * content is durable (the caller may acknowledge the upload after this).
     */
    ContentDigests store(InputStream content) throws IOException;

    Optional<Path> locate(Bytes32 sha256);
}
