package dev.mnistexplorer.app.predict;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.core.inference.CanvasPreprocessor;
import dev.mnistexplorer.core.inference.ImageFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Reads the digit in a picture file (a photo or scan of a digit on paper, a PNG from elsewhere):
 * its gray levels go through the same preprocessing as the pad, so it becomes a 28×28 input. Files
 * are read on the I/O executor, never on the JavaFX thread.
 */
final class DigitPictures {
  private static final I18n TR = I18n.forPackageOf(DigitPictures.class);

  private DigitPictures() {}

  /**
   * The picture's digit (784 values, ink high), or empty when it holds none; fails with a message
   * that names the file when it cannot be read.
   */
  static CompletableFuture<Optional<float[]>> read(Path file, Executor io) {
    return CompletableFuture.supplyAsync(() -> readDigit(file), io);
  }

  /** Why a picture that could be read still gave no digit. */
  static String noDigitIn(Path file) {
    return TR.format(
        "%s: no digit found (the picture is blank or the ink is too small)", file.getFileName());
  }

  private static Optional<float[]> readDigit(Path file) {
    try {
      return CanvasPreprocessor.toMnist(ImageFiles.readGray(file));
    } catch (IOException e) {
      // Unwrapped by UiErrors: the message names the file and what was expected.
      throw new CompletionException(e);
    }
  }
}
