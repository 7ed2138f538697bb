package dev.mnistexplorer.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class SeriesDownsamplerTest {

  @Test
  void aLongCurveStaysWithinItsLimitAndKeepsItsFirstAndLastPoint() {
    SeriesDownsampler sampler = new SeriesDownsampler(300);
    for (int i = 0; i < 10_000; i++) {
      sampler.add(new ChartPoint(i, Math.sin(i / 100.0)));
      assertThat(sampler.size()).isLessThanOrEqualTo(300);
    }
    List<ChartPoint> points = sampler.points();
    assertThat(points.get(0)).isEqualTo(new ChartPoint(0, 0));
    assertThat(points.get(points.size() - 1))
        .isEqualTo(new ChartPoint(9_999, Math.sin(9_999 / 100.0)));
    for (int i = 1; i < points.size(); i++) {
      assertThat(points.get(i).x()).isGreaterThan(points.get(i - 1).x());
    }
  }

  @Test
  void mergedPointsAreTheAverageOfThePointsTheyReplace() {
    SeriesDownsampler sampler = new SeriesDownsampler(10);
    for (int i = 0; i < 100; i++) {
      sampler.add(new ChartPoint(i, 10 * i)); // on a line, so every average stays on it
    }
    assertThat(sampler.points()).hasSizeLessThanOrEqualTo(10);
    for (ChartPoint point : sampler.points()) {
      assertThat(point.y()).isCloseTo(10 * point.x(), Offset.offset(1e-9));
    }
  }

  @Test
  void aShortCurveIsKeptAsItIs() {
    SeriesDownsampler sampler = new SeriesDownsampler(300);
    sampler.add(new ChartPoint(0.5, 2));
    sampler.add(new ChartPoint(1, 1));
    assertThat(sampler.points()).containsExactly(new ChartPoint(0.5, 2), new ChartPoint(1, 1));
  }
}
