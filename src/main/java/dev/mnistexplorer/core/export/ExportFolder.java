package dev.mnistexplorer.core.export;

import dev.mnistexplorer.core.ErrorMessages;
import dev.mnistexplorer.core.data.AtomicWrite;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The folder an export goes into: new, empty, or holding an earlier export (its {@code network.py}
 * starts with {@link PyTorchSource#MARKER}), which is then replaced file by file. Any other folder
 * with something in it is refused, so an export never mixes with or overwrites someone's own files.
 * Failures are {@link IOException}s whose message names the folder and says what is wrong.
 */
final class ExportFolder {
  private static final Pattern LEFTOVER =
      Pattern.compile("\\.(network\\.py|weights\\.npz|example\\.py|README\\.txt)\\.tmp-\\d+");

  private final Path requested;
  private final Path folder;

  private ExportFolder(Path requested, Path folder) {
    this.requested = requested;
    this.folder = folder;
  }

  /**
   * Checks {@code requested} without changing anything: it is a folder (or nothing yet), and it is
   * empty or an earlier export.
   */
  static ExportFolder check(Path requested) throws IOException {
    Path folder = requested.toAbsolutePath().normalize();
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new IOException(requested + ": is a file, not a folder; give a folder to export into");
    }
    if (Files.isDirectory(folder) && !isEmpty(folder) && !isEarlierExport(folder)) {
      throw new IOException(
          requested
              + ": the folder is not empty and holds no earlier export; choose an empty or new"
              + " folder");
    }
    return new ExportFolder(requested, folder);
  }

  /** Creates the folder if needed and checks that files can be written into it. */
  Path create() throws IOException {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new IOException(
          requested + ": the folder could not be created (" + ErrorMessages.reason(e) + ")", e);
    }
    if (!Files.isWritable(folder)) {
      throw new IOException(requested + ": cannot write into this folder (permission denied)");
    }
    return folder;
  }

  /** A temporary file in the folder for {@code name}, hidden and recognisable by its name. */
  Path temporaryFor(String name) throws IOException {
    try {
      Path temp = Files.createTempFile(folder, "." + name + ".tmp-", "");
      AtomicWrite.readableByAll(temp);
      return temp;
    } catch (IOException e) {
      throw failure(name, e);
    }
  }

  /** Moves a finished temporary file onto {@code name}, replacing an earlier export's file. */
  Path moveIntoPlace(Path temp, String name) throws IOException {
    Path target = folder.resolve(name);
    try {
      AtomicWrite.moveIntoPlace(temp, target);
    } catch (IOException e) {
      throw failure(name, e);
    }
    return target;
  }

  /** "FOLDER/name: could not be written (reason)". */
  IOException failure(String name, IOException cause) {
    if (cause.getMessage() != null && cause.getMessage().startsWith(requested.toString())) {
      return cause;
    }
    return new IOException(
        requested.resolve(name) + ": could not be written (" + ErrorMessages.reason(cause) + ")",
        cause);
  }

  /**
   * Empty but for temporary files an interrupted export left ({@code .network.py.tmp-123}), so that
   * a crash in the first export does not lock the folder out of the next.
   */
  private static boolean isEmpty(Path folder) throws IOException {
    try (DirectoryStream<Path> entries =
        Files.newDirectoryStream(
            folder, entry -> !LEFTOVER.matcher(entry.getFileName().toString()).matches())) {
      return !entries.iterator().hasNext();
    }
  }

  /**
   * Whether {@code network.py} is a regular file (not a link to elsewhere) that starts with the
   * marker. Only the marker's length is read, whatever the file's size.
   */
  static boolean isEarlierExport(Path folder) throws IOException {
    Path network = folder.resolve(PyTorchExport.NETWORK);
    if (!Files.isRegularFile(network, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    byte[] marker = PyTorchSource.MARKER.getBytes(StandardCharsets.US_ASCII);
    try (InputStream in = Files.newInputStream(network)) {
      byte[] start = in.readNBytes(marker.length);
      return java.util.Arrays.equals(start, marker);
    }
  }
}
