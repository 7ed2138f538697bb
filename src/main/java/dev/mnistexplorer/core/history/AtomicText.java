package dev.mnistexplorer.core.history;

import dev.mnistexplorer.core.data.AtomicWrite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    AtomicWrite.Body body = out -> out.write(bytes);
    if (readableByAll) {
      AtomicWrite.writeDocument(target, body);
    } else {
      AtomicWrite.write(target, body);
    }
  }
}
