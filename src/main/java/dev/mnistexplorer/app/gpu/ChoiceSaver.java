package dev.mnistexplorer.app.gpu;

import java.io.IOException;

/**
 * Saves the settings' {@code cuda} value ({@link CudaChoice}) in the shell's settings file, or says
 * why not: the app restarts for a saved choice, so one that was not saved must not look saved.
 */
@FunctionalInterface
public interface ChoiceSaver {
  /**
   * @throws IOException naming the settings file and the reason it could not be written
   */
  void save(String cuda) throws IOException;
}
