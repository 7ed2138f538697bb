package dev.mnistexplorer.app.predict;

import java.util.Arrays;

/**
 * One pen stroke on the drawing pad: a polyline in pad-relative coordinates (0..1 across the square
 * pad, y down), so the pad can be redrawn at any size and rasterised at any resolution.
 */
public final class PadStroke {
  private float[] xs = new float[32];
  private float[] ys = new float[32];
  private int size;

  /** A stroke through the given points ({@code x0, y0, x1, y1, …}). */
  public static PadStroke through(float... coordinates) {
    if (coordinates.length < 2 || coordinates.length % 2 != 0) {
      throw new IllegalArgumentException("need x, y pairs, got " + coordinates.length + " values");
    }
    PadStroke stroke = new PadStroke();
    for (int i = 0; i < coordinates.length; i += 2) {
      stroke.add(coordinates[i], coordinates[i + 1]);
    }
    return stroke;
  }

  /** Appends a point (pad-relative). */
  public void add(double x, double y) {
    if (size == xs.length) {
      xs = Arrays.copyOf(xs, size * 2);
      ys = Arrays.copyOf(ys, size * 2);
    }
    xs[size] = (float) x;
    ys[size] = (float) y;
    size++;
  }

  /** Points in the stroke (at least 1 once started). */
  public int size() {
    return size;
  }

  public float x(int index) {
    return xs[index];
  }

  public float y(int index) {
    return ys[index];
  }
}
