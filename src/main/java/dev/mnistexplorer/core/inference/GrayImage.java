package dev.mnistexplorer.core.inference;

import java.util.Arrays;
import java.util.Objects;

/**
 * A grayscale picture as plain luminance: {@code width * height} values, row-major, 0 = black and 1
 * = white. It says nothing about which side is ink: a canvas may hold dark ink on a light
 * background or light ink on a dark one, and {@link CanvasPreprocessor} works that out. The array
 * is not copied, so that the drawing pad can hand over a fresh snapshot on every stroke without
 * paying twice; callers must not modify it afterwards. Values are expected in 0..1 but, for the
 * same reason, not checked pixel by pixel.
 *
 * @param width columns, at least 1
 * @param height rows, at least 1
 * @param values luminance in 0..1, {@code values[y * width + x]}
 */
public record GrayImage(int width, int height, float[] values) {

  public GrayImage {
    Objects.requireNonNull(values, "values");
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException(
          "image size must be positive, got " + width + "x" + height);
    }
    if ((long) width * height != values.length) {
      throw new IllegalArgumentException(
          "a "
              + width
              + "x"
              + height
              + " image needs "
              + (long) width * height
              + " values, got "
              + values.length);
    }
  }

  /** An image of one uniform luminance, e.g. a blank white canvas. */
  public static GrayImage filled(int width, int height, float luminance) {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException(
          "image size must be positive, got " + width + "x" + height);
    }
    float[] values = new float[Math.multiplyExact(width, height)];
    Arrays.fill(values, luminance);
    return new GrayImage(width, height, values);
  }

  /** The luminance at column {@code x}, row {@code y}. */
  public float valueAt(int x, int y) {
    Objects.checkIndex(x, width);
    Objects.checkIndex(y, height);
    return values[y * width + x];
  }

  /** The photographic negative (1 - value): dark ink on white becomes white ink on black. */
  public GrayImage inverted() {
    float[] negative = new float[values.length];
    for (int i = 0; i < values.length; i++) {
      negative[i] = 1f - values[i];
    }
    return new GrayImage(width, height, negative);
  }

  /**
   * This image enlarged by a whole {@code factor}, each pixel becoming a {@code factor x factor}
   * block (nearest neighbour, so nothing is blurred): e.g. a 28x28 digit shown on a 280x280 pad.
   */
  public GrayImage scaledUp(int factor) {
    if (factor < 1) {
      throw new IllegalArgumentException("factor must be at least 1, got " + factor);
    }
    int bigWidth = Math.multiplyExact(width, factor);
    int bigHeight = Math.multiplyExact(height, factor);
    float[] big = new float[Math.multiplyExact(bigWidth, bigHeight)];
    for (int y = 0; y < bigHeight; y++) {
      int sourceRow = (y / factor) * width;
      int targetRow = y * bigWidth;
      for (int x = 0; x < bigWidth; x++) {
        big[targetRow + x] = values[sourceRow + x / factor];
      }
    }
    return new GrayImage(bigWidth, bigHeight, big);
  }

  // Records compare arrays by identity; two images with the same pixels should be equal.
  @Override
  public boolean equals(Object other) {
    return other instanceof GrayImage that
        && width == that.width
        && height == that.height
        && Arrays.equals(values, that.values);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * width + height) + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "GrayImage[" + width + "x" + height + "]";
  }
}
