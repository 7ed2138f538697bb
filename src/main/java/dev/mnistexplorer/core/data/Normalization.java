package dev.mnistexplorer.core.data;

/**
 * The tutorial's input normalisation: {@code ToTensor()} (x / 255) followed by {@code
 * Normalize((0.5,), (0.5,))}, i.e. (x / 255 - 0.5) / 0.5, mapping 0..255 to -1..1.
 */
public final class Normalization {
  public static final float MEAN = 0.5f;
  public static final float STD = 0.5f;

  private Normalization() {}

  /** Normalises a raw byte value 0..255. */
  public static float ofByte(int value) {
    return ofUnit(value / 255f);
  }

  /** Normalises a value already scaled to 0..1. */
  public static float ofUnit(float unit) {
    return (unit - MEAN) / STD;
  }
}
