package dev.mnistexplorer.core.data;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that readers see either the old file whole or the new one whole: the bytes go to
 * a temporary file beside the target ({@code .<name>.tmp-<digits>}) that is then moved onto it. A
 * failed write removes its temporary file and leaves the target as it was.
 */
public final class AtomicWrite {

  /** Writes the body of a file. */
  @FunctionalInterface
  public interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicWrite() {}

  /** Writes {@code target} through {@code body}, atomically where the file system can. */
  public static void write(Path target, Body body) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path temp = Files.createTempFile(parent, "." + target.getFileName() + ".tmp-", "");
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
        body.writeTo(out);
      }
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
