package dev.mnistexplorer.core.training;

import java.util.Locale;

/** The optimizers the app offers: plain or momentum SGD, and Adam. */
public enum OptimizerKind {
  SGD("sgd", "SGD"),
  ADAM("adam", "Adam");

  private final String id;
  private final String displayName;

  OptimizerKind(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  /**
   * Parses "sgd" or "adam" (any case).
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static OptimizerKind parse(String text) {
    String key = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    for (OptimizerKind kind : values()) {
      if (kind.id.equals(key)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown optimizer '" + text + "': expected sgd or adam");
  }
}
