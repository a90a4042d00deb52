package org.judicialchain.portal.infrastructure.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files only the portal's own user may read: folders 0700 and files 0600 from the moment they exist. Setting the
 * mode after writing would leave a window in which the umask's mode (often 0644) lets anyone on the host read a
 * key, an upload or a book of loans. On a file system without POSIX modes the platform's defaults apply.
 */
public final class PrivateFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** The folder and any missing parents, each created 0700; the folder itself is closed to 0700 if it was open. */
    public static Path folder(Path dir) throws IOException {
        if (!POSIX) {
            return Files.createDirectories(dir);
        }
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(FOLDER));
        // a folder made by an earlier version (0755) is closed too: an upgrade must not leave books readable to all
        if (!Files.getPosixFilePermissions(dir).equals(FOLDER)) {
            Files.setPosixFilePermissions(dir, FOLDER);
        }
        return dir;
    }

    /** A new file (it must not exist), created 0600, open for writing. */
    public static FileChannel newFile(Path file) throws IOException {
        Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return POSIX ? FileChannel.open(file, options, fileMode()) : FileChannel.open(file, options);
    }

    /** Writes a new 0600 file with this text and forces it to disk. */
    public static void writeNew(Path file, String text) throws IOException {
        try (FileChannel channel = newFile(file)) {
            channel.write(java.nio.ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII)));
            channel.force(true);
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> fileMode() {
        return PosixFilePermissions.asFileAttribute(FILE);
    }
}
