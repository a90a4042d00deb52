package org.judicialchain.portal.infrastructure.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.UUID;
import org.judicialchain.evidence.domain.model.digest.Bytes32;
import org.judicialchain.evidence.domain.model.digest.ContentDigests;
import org.judicialchain.evidence.domain.model.digest.StreamingDigester;
import org.judicialchain.evidence.domain.service.EvidenceStore;
import org.judicialchain.portal.config.PortalConfig;

/**
 * Content-addressed files under {data}/store/sha256/ab/cd/{sha256}. An upload streams into a
 * temporary file while its digests are computed, is forced to disk, then moved into place
 * atomically: a file under its digest name is always complete. Identical uploads share one file.
 */
@ApplicationScoped
public class FileContentStore implements EvidenceStore {

    @Inject
    PortalConfig config;

    @Override
    public ContentDigests store(InputStream content) throws IOException {
        Path root = root();
        Path incoming = root.resolve("incoming");
        PrivateFiles.folder(incoming);
        Path temp = incoming.resolve(UUID.randomUUID() + ".part");
        try {
            ContentDigests digests;
            try (FileChannel channel = PrivateFiles.newFile(temp);
                 OutputStream out = Channels.newOutputStream(channel)) {
                digests = new StreamingDigester(config.maxUploadBytes()).digest(content, out);
                channel.force(true);
            }
            Path target = pathOf(root, digests.sha256());
            PrivateFiles.folder(target.getParent());
            if (Files.exists(target)) {
                Files.delete(temp);
            } else {
                moveAtomically(temp, target);
                forceDirectory(target.getParent());
            }
            return digests;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public Optional<Path> locate(Bytes32 sha256) {
        Path path = pathOf(root(), sha256);
        return Files.exists(path) ? Optional.of(path) : Optional.empty();
    }

    private Path root() {
        return config.dataDir().resolve("store");
    }

    private static Path pathOf(Path root, Bytes32 sha256) {
        String hex = sha256.hex();
        return root.resolve("sha256").resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4)).resolve(hex);
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the new directory entry itself durable (a crash after acknowledging must not lose it). */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException ignored) {
            // Some file systems do not allow opening directories; the file data itself is already forced.
        }
    }
}
