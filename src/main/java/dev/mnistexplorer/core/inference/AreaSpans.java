package dev.mnistexplorer.core.inference;

/**
 * Area-averaging weights along one axis: for each output pixel, which source pixels it covers and
 * by how much. An output pixel spans {@code 1 / scale} source pixels, so it covers a run of whole
 * source pixels plus a fraction of one at each end; weights are the covered length times {@code
 * scale}, so they sum to the covered fraction of the output pixel (1 where it lies wholly over the
 * source). The same spans serve shrinking and enlarging.
 *
 * <p>When the output is longer than the scaled source (the short side of a digit, rounded up to
 * whole pixels) the output is centred over the source and its edge pixels are only partly covered;
 * {@link #coverage} says by how much, so the caller can fill the rest with background.
 */
final class AreaSpans {
  private final int[] first;
  private final int[] last;
  private final float[] firstWeight;
  private final float[] lastWeight;
  private final float[] coverage;
  private final float interiorWeight;

  private AreaSpans(int outputLength, float interiorWeight) {
    this.first = new int[outputLength];
    this.last = new int[outputLength];
    this.firstWeight = new float[outputLength];
    this.lastWeight = new float[outputLength];
    this.coverage = new float[outputLength];
    this.interiorWeight = interiorWeight;
  }

  /** Spans mapping {@code sourceLength} pixels onto {@code outputLength} at {@code scale}. */
  static AreaSpans of(int sourceLength, int outputLength, double scale) {
    AreaSpans spans = new AreaSpans(outputLength, (float) scale);
    double cell = 1.0 / scale;
    double origin = (sourceLength - outputLength * cell) / 2;
    for (int k = 0; k < outputLength; k++) {
      double start = Math.max(0, origin + k * cell);
      double end = Math.min(sourceLength, origin + (k + 1) * cell);
      spans.set(k, start, end, scale);
    }
    return spans;
  }

  private void set(int k, double start, double end, double scale) {
    if (end <= start) { // rounding left this output pixel outside the source: pure background
      first[k] = 0;
      last[k] = -1;
      return;
    }
    int from = (int) Math.floor(start);
    int to = Math.max(from, (int) Math.ceil(end) - 1);
    first[k] = from;
    last[k] = to;
    if (from == to) {
      firstWeight[k] = (float) ((end - start) * scale);
    } else {
      firstWeight[k] = (float) ((from + 1 - start) * scale);
      lastWeight[k] = (float) ((end - to) * scale);
    }
    coverage[k] = (float) ((end - start) * scale);
  }

  int length() {
    return first.length;
  }

  /** First source pixel under output pixel {@code k}; {@link #last} is below it when none. */
  int first(int k) {
    return first[k];
  }

  int last(int k) {
    return last[k];
  }

  float firstWeight(int k) {
    return firstWeight[k];
  }

  float lastWeight(int k) {
    return lastWeight[k];
  }

  /** Weight of each source pixel strictly between {@link #first} and {@link #last}. */
  float interiorWeight() {
    return interiorWeight;
  }

  /** Fraction of output pixel {@code k} that lies over the source. */
  float coverage(int k) {
    return coverage[k];
  }

  /** The weighted sum of {@code row[first(k) .. last(k)]}. */
  float apply(float[] row, int k) {
    int from = first[k];
    int to = last[k];
    if (to < from) {
      return 0f;
    }
    if (to == from) {
      return firstWeight[k] * row[from];
    }
    return firstWeight[k] * row[from]
        + interiorWeight * sum(row, from + 1, to)
        + lastWeight[k] * row[to];
  }

  // Two running sums halve the chain of dependent additions, which otherwise sets the pace.
  private static float sum(float[] row, int from, int to) {
    float even = 0f;
    float odd = 0f;
    int i = from;
    for (; i + 1 < to; i += 2) {
      even += row[i];
      odd += row[i + 1];
    }
    return i < to ? even + odd + row[i] : even + odd;
  }
}
