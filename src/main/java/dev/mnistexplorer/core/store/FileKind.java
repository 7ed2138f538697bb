package dev.mnistexplorer.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a path that is neither a regular file nor a folder is, in words, for messages: "a named
 * pipe", "the device /dev/null". Java's portable attributes only say "other"; where the system has
 * the Unix view, its file mode tells which.
 */
final class FileKind {
  private static final int TYPE_MASK = 0170000;
  private static final int PIPE = 0010000;
  private static final int CHARACTER_DEVICE = 0020000;
  private static final int BLOCK_DEVICE = 0060000;
  private static final int SOCKET = 0140000;

  private FileKind() {}

  /** "a named pipe", "a socket", "the device /dev/sda", or a general phrase when unknown. */
  static String describe(Path file) {
    int type;
    try {
      type = ((Integer) Files.getAttribute(file, "unix:mode")) & TYPE_MASK;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "not a regular file (a device, pipe or socket)";
    }
    return switch (type) {
      case PIPE -> "a named pipe";
      case SOCKET -> "a socket";
      // A device's own name ("null", "sda") says little: give its whole path.
      case CHARACTER_DEVICE, BLOCK_DEVICE -> "the device " + file.toAbsolutePath();
      default -> "not a regular file";
    };
  }
}
