package dev.mnistexplorer.core.mydigits;

import dev.mnistexplorer.core.inference.CanvasPreprocessor;
import java.util.Arrays;
import java.util.List;

/**
 * One digit of the learner's own set: its label (0..9), the 28×28 image exactly as the network was
 * shown it (MNIST convention, ink = 255, stored as bytes like an IDX file), and the strokes it was
 * drawn with (empty for a digit imported from IDX files).
 */
public record MyDigit(int label, byte[] pixels, List<StrokePath> strokes) {

  /** Digits are labelled 0..9. */
  public static final int CLASSES = 10;

  /** Most strokes one digit may hold; a real digit has one to four. */
  public static final int MAX_STROKES = 1_000;

  public MyDigit {
    if (label < 0 || label >= CLASSES) {
      throw new IllegalArgumentException("a digit's label must be 0..9, got " + label);
    }
    if (pixels.length != CanvasPreprocessor.MNIST_PIXELS) {
      throw new IllegalArgumentException(
          "a digit is 28×28 = 784 pixels, got " + pixels.length + " values");
    }
    if (strokes.size() > MAX_STROKES) {
      throw new IllegalArgumentException(
          "a digit holds at most " + MAX_STROKES + " strokes, got " + strokes.size());
    }
    pixels = pixels.clone();
    strokes = List.copyOf(strokes);
  }

  /** A digit from the network's input (784 values in 0..1, ink high), rounded to bytes. */
  public static MyDigit fromUnit(int label, float[] unitPixels, List<StrokePath> strokes) {
    if (unitPixels.length != CanvasPreprocessor.MNIST_PIXELS) {
      throw new IllegalArgumentException(
          "a digit is 28×28 = 784 pixels, got " + unitPixels.length + " values");
    }
    byte[] bytes = new byte[unitPixels.length];
    for (int i = 0; i < bytes.length; i++) {
      float value = Float.isFinite(unitPixels[i]) ? unitPixels[i] : 0f;
      bytes[i] = (byte) Math.round(Math.max(0f, Math.min(1f, value)) * 255f);
    }
    return new MyDigit(label, bytes, strokes);
  }

  @Override
  public byte[] pixels() {
    return pixels.clone();
  }

  /** The image as the network sees it: 784 values in 0..1, ink high. */
  public float[] unitPixels() {
    float[] unit = new float[pixels.length];
    for (int i = 0; i < unit.length; i++) {
      unit[i] = (pixels[i] & 0xFF) / 255f;
    }
    return unit;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MyDigit that
        && label == that.label
        && Arrays.equals(pixels, that.pixels)
        && strokes.equals(that.strokes);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * label + Arrays.hashCode(pixels)) + strokes.hashCode();
  }

  @Override
  public String toString() {
    return "MyDigit[label=" + label + ", " + strokes.size() + " strokes]";
  }
}
