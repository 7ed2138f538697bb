package dev.mnistexplorer.app.training;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a curve at most {@code maxPoints} long however long training runs: when it overflows,
 * neighbouring points in its older half are merged into their average, so recent progress keeps
 * full detail and older history gets coarser. The first and the latest point are never merged (the
 * curve still starts and ends where the data does). Not thread-safe: used on the FX thread.
 */
final class SeriesDownsampler {
  private final int maxPoints;
  private final List<Bucket> buckets = new ArrayList<>();

  /** A run of merged points: their sums and how many there are, so averages stay fair. */
  private record Bucket(double xSum, double ySum, int count) {
    Bucket merge(Bucket other) {
      return new Bucket(xSum + other.xSum, ySum + other.ySum, count + other.count);
    }

    ChartPoint mean() {
      return new ChartPoint(xSum / count, ySum / count);
    }
  }

  SeriesDownsampler(int maxPoints) {
    if (maxPoints < 4) {
      throw new IllegalArgumentException("maxPoints must be at least 4, got " + maxPoints);
    }
    this.maxPoints = maxPoints;
  }

  void add(ChartPoint point) {
    buckets.add(new Bucket(point.x(), point.y(), 1));
    if (buckets.size() > maxPoints) {
      compact();
    }
  }

  void clear() {
    buckets.clear();
  }

  int size() {
    return buckets.size();
  }

  /** The curve as it should be drawn now. */
  List<ChartPoint> points() {
    List<ChartPoint> points = new ArrayList<>(buckets.size());
    buckets.forEach(bucket -> points.add(bucket.mean()));
    return points;
  }

  /** Merges pairs in the older half (after the first point); about a quarter of the points go. */
  private void compact() {
    int olderEnd = buckets.size() / 2;
    List<Bucket> merged = new ArrayList<>(maxPoints);
    merged.add(buckets.get(0));
    int i = 1;
    for (; i + 1 < olderEnd; i += 2) {
      merged.add(buckets.get(i).merge(buckets.get(i + 1)));
    }
    merged.addAll(buckets.subList(i, buckets.size()));
    buckets.clear();
    buckets.addAll(merged);
  }
}
