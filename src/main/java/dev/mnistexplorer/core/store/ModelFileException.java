package dev.mnistexplorer.core.store;

import java.io.IOException;
import java.nio.file.Path;

/** A model file that cannot be read or written, with a message naming the file and the reason. */
public class ModelFileException extends IOException {
  public ModelFileException(Path file, String reason) {
    super(file.getFileName() + ": " + reason);
  }

  public ModelFileException(Path file, String reason, Throwable cause) {
    super(file.getFileName() + ": " + reason, cause);
  }
}
