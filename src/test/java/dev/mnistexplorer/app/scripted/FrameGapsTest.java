package dev.mnistexplorer.app.scripted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The pulse-gap and latency statistics, from given time stamps, without the toolkit. */
class FrameGapsTest {
  private static final long MS = 1_000_000;

  @Test
  void oneLongGapIsTheMaximumAndCountsAsAStall() {
    long[] pulses = {0, 16 * MS, 33 * MS, 50 * MS, 150 * MS, 166 * MS, 0, 0};

    FrameGaps gaps = FrameGaps.of(pulses, 6);

    assertThat(gaps.frames()).isEqualTo(6);
    assertThat(gaps.gaps().count()).isEqualTo(5);
    assertThat(gaps.gaps().maxMs()).isEqualTo(100.0);
    assertThat(gaps.gaps().p50Ms()).isEqualTo(17.0);
    assertThat(gaps.over50Ms()).isEqualTo(1);
    assertThat(gaps.longestGapAtMs()).isEqualTo(50.0);
  }

  @Test
  void theFxThreadsCpuTimeTellsAWorkingThreadFromAStarvedOne() {
    long[] pulses = {0, 16 * MS, 116 * MS, 132 * MS};
    long[] cpu = {0, 2 * MS, 12 * MS, 14 * MS};

    FrameGaps gaps = FrameGaps.of(pulses, cpu, 4);

    assertThat(gaps.fxCpuInLongestGapMs()).isEqualTo(10.0);
    assertThat(gaps.fxCpuShare()).isCloseTo(14.0 / 132, within(1e-9));
  }

  @Test
  void fewerThanTwoPulsesHaveNoGaps() {
    FrameGaps gaps = FrameGaps.of(new long[] {5 * MS}, 1);

    assertThat(gaps.gaps().count()).isZero();
    assertThat(gaps.gaps().maxMs()).isZero();
    assertThat(gaps.over50Ms()).isZero();
  }

  @Test
  void percentilesAreNearestRankValuesThatWereMeasured() {
    double[] oneToHundred = IntStream.rangeClosed(1, 100).mapToDouble(i -> i).toArray();

    LatencyStats stats = LatencyStats.of(oneToHundred);

    assertThat(stats.p50Ms()).isEqualTo(50.0);
    assertThat(stats.p99Ms()).isEqualTo(99.0);
    assertThat(stats.maxMs()).isEqualTo(100.0);
  }

  @Test
  void aResultLineIsOneJsonObjectInTheOrderWritten() {
    String line = JsonLine.bench("x").put("ms", 1.5).put("n", 3L).put("why", "a \"b\"").toString();

    assertThat(line).isEqualTo("{\"bench\":\"x\",\"ms\":1.50,\"n\":3,\"why\":\"a \\\"b\\\"\"}");
  }
}
