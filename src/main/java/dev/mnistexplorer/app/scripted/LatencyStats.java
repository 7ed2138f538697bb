package dev.mnistexplorer.app.scripted;

import java.util.Arrays;

/**
 * The summary of a set of durations in milliseconds: how many, the median, the 99th percentile and
 * the worst. Percentiles use the nearest-rank method, so every value reported was really measured.
 */
public record LatencyStats(int count, double p50Ms, double p99Ms, double maxMs) {

  /** Summarises {@code millis} (not changed); all zero when it is empty. */
  public static LatencyStats of(double[] millis) {
    if (millis.length == 0) {
      return new LatencyStats(0, 0, 0, 0);
    }
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    return new LatencyStats(
        sorted.length, rank(sorted, 0.50), rank(sorted, 0.99), sorted[sorted.length - 1]);
  }

  /** The smallest value with at least {@code fraction} of the values at or below it. */
  private static double rank(double[] sorted, double fraction) {
    int index = (int) Math.ceil(fraction * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
