package dev.mnistexplorer.core.network;

import java.util.Objects;

/**
 * One thing wrong with a network spec or a training config: which setting it is about, which hidden
 * layer (1-based, or {@link #NO_LAYER}), and the reason. The app puts it next to that field; the
 * CLI and exceptions print {@link #text()}, which names the layer in front of the reason.
 *
 * @param layer the 1-based hidden layer the problem is on, or {@link #NO_LAYER}
 * @param message the reason, without the layer ("units must be between 1 and 4096, got 0")
 */
public record Problem(Field field, int layer, String message) {
  public static final int NO_LAYER = -1;

  /** The setting a problem is about. */
  public enum Field {
    IMAGE_SIZE,
    OUTPUTS,
    UNITS,
    DROPOUT,
    /** Too many hidden layers; {@link #layer()} is the first one too many. */
    LAYERS,
    PARAMETERS,
    LEARNING_RATE,
    MOMENTUM,
    WEIGHT_DECAY,
    BATCH_SIZE,
    EPOCHS,
    LEARNING_RATE_DECAY,
    SEED,
    REPORT_INTERVAL,
    /** The "stop at" target: a test accuracy or a patience in epochs. */
    STOP_AT
  }

  public Problem {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
    if (layer < 1 && layer != NO_LAYER) {
      throw new IllegalArgumentException("layer must be 1-based or NO_LAYER, got " + layer);
    }
  }

  /** A problem that is not about one hidden layer. */
  public static Problem of(Field field, String message) {
    return new Problem(field, NO_LAYER, message);
  }

  /** A problem on hidden layer {@code layer} (1-based). */
  public static Problem onLayer(int layer, Field field, String message) {
    return new Problem(field, layer, message);
  }

  public boolean hasLayer() {
    return layer != NO_LAYER;
  }

  /** The whole sentence, e.g. "hidden layer 2: units must be between 1 and 4096, got 0". */
  public String text() {
    return hasLayer() ? "hidden layer " + layer + ": " + message : message;
  }
}
