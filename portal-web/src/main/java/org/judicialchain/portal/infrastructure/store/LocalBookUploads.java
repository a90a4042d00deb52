package org.judicialchain.portal.infrastructure.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.UUID;
import org.judicialchain.portal.config.PortalConfig;
import org.judicialchain.portal.domain.cases.BookUploads;

/** Book uploads under the data folder's imports/ (0700), one file per import (0600), forced before acknowledging. */
@ApplicationScoped
public class LocalBookUploads implements BookUploads {

    @Inject
    PortalConfig config;

    @Override
    public Path keep(UUID importId, InputStream csv) throws IOException {
        Path dir = PrivateFiles.folder(config.dataDir().resolve("imports"));
        Path file = dir.resolve(importId + ".csv");
        try (FileChannel channel = PrivateFiles.newFile(file); OutputStream out = Channels.newOutputStream(channel)) {
            csv.transferTo(out);
            channel.force(true);
        }
        return file;
    }
}
