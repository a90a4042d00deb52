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
import org.judicialchain.portal.domain.shared.ScratchFiles;

/** Scratch files under the data folder's tmp/ (0700), each created 0600 before a byte is written. */
@ApplicationScoped
public class PrivateScratchFiles implements ScratchFiles {

    @Inject
    PortalConfig config;

    @Override
    public Path newFile() throws IOException {
        Path file = PrivateFiles.folder(config.dataDir().resolve("tmp")).resolve(UUID.randomUUID() + ".part");
        PrivateFiles.newFile(file).close();
        return file;
    }

    @Override
    public Path spool(InputStream in, long limit) throws IOException {
        Path file = PrivateFiles.folder(config.dataDir().resolve("tmp")).resolve(UUID.randomUUID() + ".part");
        try (FileChannel channel = PrivateFiles.newFile(file); OutputStream out = Channels.newOutputStream(channel)) {
            byte[] buffer = new byte[64 * 1024];
            long left = limit + 1;
            for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) {
                out.write(buffer, 0, n);
                left -= n;
            }
        } catch (IOException | RuntimeException e) {
            java.nio.file.Files.deleteIfExists(file);
            throw e;
        }
        return file;
    }
}
