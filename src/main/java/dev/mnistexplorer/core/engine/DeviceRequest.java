package dev.mnistexplorer.core.engine;

import java.util.Locale;

/** Where the user wants the network to run: the GPU when usable, always the CPU, or the GPU. */
public enum DeviceRequest {
  AUTO,
  CPU,
  GPU;

  /**
   * Parses "auto", "cpu" or "gpu" (any case).
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static DeviceRequest parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          "unknown device '" + text + "': expected auto, cpu or gpu", e);
    }
  }
}
