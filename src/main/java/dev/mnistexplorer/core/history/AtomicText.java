package dev.mnistexplorer.core.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a text file the safe way: to a temporary file beside it, then moved into place, so a crash
 * or a full disk never leaves half a file under the real name.
 */
public final class AtomicText {

  private AtomicText() {}

  /**
   * Writes {@code text} as UTF-8 to {@code file}, replacing it; the folder must exist. The file is
   * private to the user (rw-------), as the run history is.
   */
  public static void write(Path file, String text) throws IOException {
    write(file, text, false);
  }

  /** Like {@link #write}, for a document the user hands on (an export): rw-r--r--. */
  public static void writeDocument(Path file, String text) throws IOException {
    write(file, text, true);
  }

  private static void write(Path file, String text, boolean readableByAll) throws IOException {
    Path target = file.toAbsolutePath().normalize();
    if (Files.isDirectory(target)) {
      throw new IOException(file + ": is a folder; give a file name");
    }
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      throw new IOException(file + ": is not a regular file; cannot write to it");
    }
    Path folder = target.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new IOException(file + ": the folder " + folder + " does not exist");
    }
    Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".tmp-", "");
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      if (readableByAll
          && Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
      }
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
    } finally {
      if (temp != null) {
        Files.deleteIfExists(temp);
      }
    }
  }
}
