package dev.mnistexplorer.app.scripted;

/**
 * How smoothly the JavaFX thread kept up: the number of pulses seen and the gaps between
 * consecutive ones. At 60 frames a second a gap is about 16.7 ms; a longer one is a frame the user
 * saw stall. Where the FX thread's CPU time at each pulse is known, it also says how much of the
 * longest gap that thread spent working (near the gap: FX work such as layout, charts or drawing;
 * near zero: it was starved of a core or paused by GC) and its share of one core over the run.
 *
 * @param frames pulses recorded
 * @param gaps the gaps between consecutive pulses (one fewer than the frames)
 * @param over50Ms gaps longer than 50 ms, the benchmark's target
 * @param fxCpuInLongestGapMs FX thread CPU time during the longest gap, NaN when unknown
 * @param fxCpuShare FX thread CPU time over the whole run divided by its length, NaN when unknown
 * @param longestGapAtMs when the longest gap began, in ms after the first pulse (-1 if none)
 */
public record FrameGaps(
    int frames,
    LatencyStats gaps,
    int over50Ms,
    double fxCpuInLongestGapMs,
    double fxCpuShare,
    double longestGapAtMs) {
  private static final double STALL_MS = 50;

  /** The gaps between the first {@code count} pulse times of {@code pulseNanos}. */
  public static FrameGaps of(long[] pulseNanos, int count) {
    return of(pulseNanos, null, count);
  }

  /**
   * The gaps, with the FX thread's CPU time ({@code cpuNanos}, read at the same pulses; null when
   * unknown).
   */
  public static FrameGaps of(long[] pulseNanos, long[] cpuNanos, int count) {
    int gapCount = Math.max(0, count - 1);
    double[] gaps = new double[gapCount];
    int stalls = 0;
    int longest = -1;
    for (int i = 0; i < gapCount; i++) {
      gaps[i] = (pulseNanos[i + 1] - pulseNanos[i]) / 1e6;
      stalls += gaps[i] > STALL_MS ? 1 : 0;
      longest = longest < 0 || gaps[i] > gaps[longest] ? i : longest;
    }
    boolean cpuKnown = cpuNanos != null && longest >= 0;
    double inLongest = cpuKnown ? (cpuNanos[longest + 1] - cpuNanos[longest]) / 1e6 : Double.NaN;
    double share =
        cpuKnown
            ? (double) (cpuNanos[count - 1] - cpuNanos[0]) / (pulseNanos[count - 1] - pulseNanos[0])
            : Double.NaN;
    double at = longest < 0 ? -1 : (pulseNanos[longest] - pulseNanos[0]) / 1e6;
    return new FrameGaps(count, LatencyStats.of(gaps), stalls, inLongest, share, at);
  }

  /** Adds the frame count and the gap statistics to a result line. */
  JsonLine addTo(JsonLine line) {
    return line.put("frames", frames)
        .put("max_gap_ms", gaps.maxMs())
        .put("p99_gap_ms", gaps.p99Ms())
        .put("p50_gap_ms", gaps.p50Ms())
        .put("max_gap_at_ms", longestGapAtMs)
        .put("gaps_over_50ms", over50Ms)
        .put("fx_cpu_in_max_gap_ms", fxCpuInLongestGapMs)
        .put("fx_cpu_share", fxCpuShare);
  }
}
