package dev.mnistexplorer.app.gpu;

import dev.mnistexplorer.app.common.UiErrors;
import dev.mnistexplorer.core.data.AtomicWrite;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Why the app, which quit to restart for a GPU choice, could not start itself again: its window was
 * gone by then, so the reason is left in a file in the cache folder, and the next start (which the
 * user makes by hand) reads it once, says it, and deletes it.
 */
final class RestartNote {
  static final String FILE_NAME = "restart-failed.txt"; // not UI text
  private static final int MAX_BYTES = 4096;

  private final Path file;

  RestartNote(Path folder) {
    this.file = folder.resolve(FILE_NAME);
  }

  /** Starting the app again, which can fail. */
  @FunctionalInterface
  interface Start {
    void run() throws IOException;
  }

  /** Runs {@code start} (the app has quit by now); when it fails, leaves why for the next start. */
  void startOrLeave(Start start) {
    try {
      start.run();
    } catch (IOException e) {
      leave(UiErrors.message(e));
    }
  }

  /**
   * Leaves {@code reason} for the next start; false when it cannot (the app is quitting anyway).
   */
  boolean leave(String reason) {
    try {
      byte[] bytes = reason.getBytes(StandardCharsets.UTF_8);
      AtomicWrite.write(file, out -> out.write(bytes));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** The reason the last session left, once: the note is deleted as it is read. */
  Optional<String> takeOnce() {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      String reason;
      try (InputStream in = Files.newInputStream(file)) {
        reason = new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8).strip();
      }
      Files.delete(file);
      return reason.isEmpty() ? Optional.empty() : Optional.of(reason);
    } catch (IOException e) {
      return Optional.empty(); // a note that cannot be read or deleted is not worth a word
    }
  }
}
