package org.judicialchain.besu.network;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * Writing the output folder of {@link NetworkGenerator}: plain text files, private keys created owner-only (600)
 * inside owner-only folders (700), and finding an enclosing Git working tree, where no private key may be written.
 */
final class OutputFiles {

  private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

  private OutputFiles() {}

  static void writeText(Path file, String text) throws IOException {
    Files.writeString(file, text.endsWith("\n") ? text : text + "\n", StandardCharsets.UTF_8);
  }

  /** Creates the file owner-only before any byte is written, so the key is never readable by others. */
  static void writeSecret(Path file, String text) throws IOException {
    if (isPosix(file.getParent())) {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
    } else {
      Files.createFile(file);
      var f = file.toFile();
      boolean ok = f.setReadable(false, false) & f.setReadable(true, true)
          & f.setWritable(false, false) & f.setWritable(true, true);
      if (!ok) {
        throw new IOException("cannot restrict access to " + file);
      }
    }
    Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
  }

  static void createPrivateDirectory(Path dir) throws IOException {
    Files.createDirectories(dir);
    if (isPosix(dir)) {
      Files.setPosixFilePermissions(dir, OWNER_ONLY_DIR);
    }
  }

  private static boolean isPosix(Path p) {
    return Files.getFileAttributeView(p, PosixFileAttributeView.class) != null;
  }

  static Optional<Path> enclosingGitWorkTree(Path dir) {
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.exists(p.resolve(".git"))) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
