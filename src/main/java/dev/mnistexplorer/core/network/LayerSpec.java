package dev.mnistexplorer.core.network;

import java.util.Objects;

/**
 * One hidden layer: a fully connected layer of {@code units} neurons followed by an activation and,
 * when {@code dropout > 0}, a dropout layer that is active only while training.
 */
public record LayerSpec(int units, Activation activation, float dropout) {

  public LayerSpec {
    Objects.requireNonNull(activation, "activation");
  }

  /** A layer without dropout. */
  public static LayerSpec of(int units, Activation activation) {
    return new LayerSpec(units, activation, 0f);
  }

  /** Whether this layer has a dropout step. */
  public boolean hasDropout() {
    return dropout > 0f;
  }
}
