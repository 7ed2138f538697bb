package dev.mnistexplorer.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RunCurveTest {

  @Test
  void aShortCurveIsKeptAsItIs() {
    RunCurve curve = new RunCurve(new double[] {1, 2, 3}, new double[] {5, 6, 7});
    assertThat(curve.downsampled(200)).isSameAs(curve);
  }

  @Test
  void aLongCurveKeepsItsEndsAndAveragesTheRest() {
    int n = 1_001;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = i / 100.0;
      y[i] = i % 2 == 0 ? 10 : 20; // noise that averages to 15
    }

    RunCurve small = new RunCurve(x, y).downsampled(200);

    assertThat(small.size()).isEqualTo(200);
    assertThat(small.xAt(0)).isEqualTo(0);
    assertThat(small.yAt(0)).isEqualTo(10);
    assertThat(small.xAt(199)).isEqualTo(10);
    assertThat(small.yAt(199)).isEqualTo(10);
    for (int i = 1; i < 199; i++) {
      assertThat(small.yAt(i)).isCloseTo(15, within(1.0));
      assertThat(small.xAt(i)).isGreaterThan(small.xAt(i - 1));
    }
  }

  @Test
  void aRecordKeepsAtMostTwoHundredPointsPerCurve() {
    double[] x = new double[900];
    double[] y = new double[900];
    for (int i = 0; i < x.length; i++) {
      x[i] = i;
      y[i] = i;
    }
    RunRecord sample = RunRecords.sample("a", java.time.Instant.EPOCH);
    RunRecord big =
        new RunRecord(
            "a",
            sample.started(),
            sample.spec(),
            sample.config(),
            "",
            "",
            1,
            0.5f,
            1,
            1,
            RunEnd.FINISHED,
            "",
            null,
            null,
            new RunCurve(x, y),
            null,
            null,
            null);
    assertThat(big.trainLoss().size()).isEqualTo(RunRecord.MAX_POINTS);
    assertThat(big.testAccuracy().size()).isZero();
  }

  @Test
  void unequalLengthsAreRefused() {
    assertThatThrownBy(() -> new RunCurve(new double[2], new double[3]))
        .hasMessageContaining("2 and 3");
  }
}
