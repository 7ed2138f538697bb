package dev.mnistexplorer.core.history;

import java.util.Arrays;

/**
 * One curve of a training run: {@code x} in epochs (fractional within an epoch), {@code y} the
 * value (a loss, or an accuracy in percent). Kept small for the run history by {@link
 * #downsampled}: the history stores at most {@link RunRecord#MAX_POINTS} points per curve.
 */
public record RunCurve(double[] x, double[] y) {

  public RunCurve {
    if (x.length != y.length) {
      throw new IllegalArgumentException(
          "a curve needs as many x as y values, got " + x.length + " and " + y.length);
    }
    x = x.clone();
    y = y.clone();
  }

  /** A curve with no points. */
  public static RunCurve empty() {
    return new RunCurve(new double[0], new double[0]);
  }

  public int size() {
    return x.length;
  }

  @Override
  public double[] x() {
    return x.clone();
  }

  @Override
  public double[] y() {
    return y.clone();
  }

  public double xAt(int index) {
    return x[index];
  }

  public double yAt(int index) {
    return y[index];
  }

  /**
   * The curve with at most {@code max} points: the first and last kept as they are, the points
   * between averaged in equal runs (averages, not picks, so a noisy loss keeps its trend and a
   * single spike cannot stand for a whole stretch). A curve already short enough comes back as it
   * is.
   */
  public RunCurve downsampled(int max) {
    if (max < 2) {
      throw new IllegalArgumentException("downsampling needs room for 2 points, got " + max);
    }
    int n = x.length;
    if (n <= max) {
      return this;
    }
    int inner = n - 2;
    int buckets = max - 2;
    double[] sx = new double[max];
    double[] sy = new double[max];
    sx[0] = x[0];
    sy[0] = y[0];
    for (int b = 0; b < buckets; b++) {
      int from = 1 + (int) ((long) b * inner / buckets);
      int to = 1 + (int) ((long) (b + 1) * inner / buckets);
      double sumX = 0;
      double sumY = 0;
      for (int i = from; i < to; i++) {
        sumX += x[i];
        sumY += y[i];
      }
      sx[b + 1] = sumX / (to - from);
      sy[b + 1] = sumY / (to - from);
    }
    sx[max - 1] = x[n - 1];
    sy[max - 1] = y[n - 1];
    return new RunCurve(sx, sy);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RunCurve curve
        && Arrays.equals(x, curve.x)
        && Arrays.equals(y, curve.y);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(x) + Arrays.hashCode(y);
  }

  @Override
  public String toString() {
    return "RunCurve[" + x.length + " points]";
  }
}
