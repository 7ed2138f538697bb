package dev.mnistexplorer.core.store;

import dev.mnistexplorer.core.ErrorMessages;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a save really writes: the file itself, or the file a symbolic link points to (the link is
 * kept), which must be a regular file or not exist yet. The model is written to a temporary file
 * named {@code .<name>.tmp-<digits>} beside that file and moved onto it, so a crash mid-save leaves
 * the old file whole and the next save of the same file recognises and removes the stray.
 */
final class SaveTarget {
  /** Symbolic links followed before giving up, as the Linux kernel does (ELOOP). */
  private static final int MAX_LINKS = 40;

  /**
   * A temporary file younger than this may belong to a save running right now in another window, so
   * it is left alone.
   */
  private static final Duration STALE_AFTER = Duration.ofMinutes(1);

  private final Path file;

  private SaveTarget(Path file) {
    this.file = file;
  }

  /**
   * The file a save of {@code requested} writes, after following symbolic links.
   *
   * @throws ModelFileException naming {@code requested} when it is a folder, a device, a pipe or a
   *     socket, or the links go round in a circle
   */
  static SaveTarget of(Path requested) throws ModelFileException {
    Path target = requested.toAbsolutePath().normalize();
    try {
      for (int links = 0; Files.isSymbolicLink(target); links++) {
        if (links == MAX_LINKS) {
          throw new ModelFileException(requested, "has too many levels of symbolic links");
        }
        target = target.resolveSibling(Files.readSymbolicLink(target)).normalize();
      }
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        BasicFileAttributes attributes = Files.readAttributes(target, BasicFileAttributes.class);
        if (attributes.isDirectory()) {
          throw new ModelFileException(requested, "is a folder; give a file name to save to");
        }
        if (!attributes.isRegularFile()) {
          throw new ModelFileException(
              requested, "is " + FileKind.describe(target) + "; cannot save to it");
        }
      }
    } catch (ModelFileException e) {
      throw e;
    } catch (IOException e) {
      throw new ModelFileException(
          requested, "cannot be saved to (" + ErrorMessages.reason(e) + ")", e);
    }
    return new SaveTarget(target);
  }

  /** The file the model ends up in. */
  Path file() {
    return file;
  }

  /** A new, empty temporary file beside the target, with the permissions the saved file gets. */
  Path createTemp() throws IOException {
    Files.createDirectories(file.getParent());
    Path temp = Files.createTempFile(file.getParent(), tempPrefix(), "");
    keepPermissions(temp);
    return temp;
  }

  private String tempPrefix() {
    return "." + file.getFileName() + ".tmp-";
  }

  /**
   * Temporary files are created private (rw-------); a saved model should have the permissions the
   * file it replaces had, or rw-r--r-- like any other document.
   */
  private void keepPermissions(Path temp) throws IOException {
    if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Set<PosixFilePermission> permissions =
        Files.exists(file)
            ? Files.getPosixFilePermissions(file)
            : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(temp, permissions);
  }

  /** Moves the finished temporary file onto the target, atomically where the system can. */
  void moveIntoPlace(Path temp) throws IOException {
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Removes temporary files that an interrupted save of this file left behind: this version's
   * {@code .<name>.tmp-<digits>} and earlier versions' {@code .<name><digits>.tmp}.
   */
  void removeStaleTemps(Path keep) {
    String name = file.getFileName().toString();
    Pattern stray = Pattern.compile("\\." + Pattern.quote(name) + "(\\.tmp-\\d+|\\d+\\.tmp)");
    FileTime cutoff = FileTime.from(Instant.now().minus(STALE_AFTER));
    try (DirectoryStream<Path> temps =
        Files.newDirectoryStream(
            file.getParent(), p -> stray.matcher(p.getFileName().toString()).matches())) {
      for (Path temp : temps) {
        if (!temp.equals(keep)
            && Files.isRegularFile(temp, LinkOption.NOFOLLOW_LINKS)
            && Files.getLastModifiedTime(temp, LinkOption.NOFOLLOW_LINKS).compareTo(cutoff) < 0) {
          deleteQuietly(temp);
        }
      }
    } catch (IOException e) {
      // tidying up is a courtesy: the save itself has succeeded
    }
  }

  static void deleteQuietly(Path temp) {
    if (temp != null) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        // a stray temp file is harmless (the next save removes it); the real file is what matters
      }
    }
  }
}
