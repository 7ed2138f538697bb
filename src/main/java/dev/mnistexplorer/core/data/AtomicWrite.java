package dev.mnistexplorer.core.data;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

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

  /**
   * Writes {@code target} through {@code body}, atomically where the file system can; the file is
   * private to the user (rw-------), as temporary files are created.
   */
  public static void write(Path target, Body body) throws IOException {
    write(target, body, false);
  }

  /** Like {@link #write}, for a document the user hands on (an export, a picture): rw-r--r--. */
  public static void writeDocument(Path target, Body body) throws IOException {
    write(target, body, true);
  }

  private static void write(Path target, Body body, boolean document) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path temp = Files.createTempFile(parent, "." + target.getFileName() + ".tmp-", "");
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
        body.writeTo(out);
      }
      if (document) {
        readableByAll(temp);
      }
      moveIntoPlace(temp, target);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Moves a finished temporary file onto {@code target}, replacing it: atomically where the file
   * system can, else a plain replace (some network and FUSE file systems cannot).
   */
  public static void moveIntoPlace(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Temporary files are created rw-------; a document the user hands on is rw-r--r--. */
  public static void readableByAll(Path file) throws IOException {
    if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }
}
