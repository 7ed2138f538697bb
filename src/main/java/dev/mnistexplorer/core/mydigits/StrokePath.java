package dev.mnistexplorer.core.mydigits;

import java.util.Arrays;

/**
 * One pen stroke as drawn on the pad: its points in pad coordinates (0..1 across the square pad, y
 * down), oldest first. Kept with each personal digit so it can be drawn again, at any size, or
 * preprocessed afresh if the preprocessing ever changes.
 */
public record StrokePath(float[] xs, float[] ys) {

  /** Most points one stroke may hold (a long, slow stroke has a few hundred). */
  public static final int MAX_POINTS = 100_000;

  public StrokePath {
    if (xs.length != ys.length || xs.length == 0 || xs.length > MAX_POINTS) {
      throw new IllegalArgumentException(
          "a stroke needs 1.."
              + MAX_POINTS
              + " points with x and y, got "
              + xs.length
              + " x and "
              + ys.length
              + " y");
    }
    for (int i = 0; i < xs.length; i++) {
      if (!onPad(xs[i]) || !onPad(ys[i])) {
        throw new IllegalArgumentException(
            "stroke point " + i + " (" + xs[i] + ", " + ys[i] + ") is outside the pad (0..1)");
      }
    }
    xs = xs.clone();
    ys = ys.clone();
  }

  /** Number of points. */
  public int size() {
    return xs.length;
  }

  @Override
  public float[] xs() {
    return xs.clone();
  }

  @Override
  public float[] ys() {
    return ys.clone();
  }

  public float x(int index) {
    return xs[index];
  }

  public float y(int index) {
    return ys[index];
  }

  private static boolean onPad(float value) {
    return value >= 0f && value <= 1f;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StrokePath that
        && Arrays.equals(xs, that.xs)
        && Arrays.equals(ys, that.ys);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(xs) + Arrays.hashCode(ys);
  }

  @Override
  public String toString() {
    return "StrokePath[" + xs.length + " points]";
  }
}
