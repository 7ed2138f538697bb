package dev.mnistexplorer.core.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AreaSpansTest {

  @Test
  void shrinkingAveragesTheExactAreaCovered() {
    // 3 source pixels onto 2: each output covers 1.5 sources, splitting the middle one.
    AreaSpans spans = AreaSpans.of(3, 2, 2.0 / 3);
    float[] row = {0f, 1f, 0.5f};

    assertThat(spans.apply(row, 0)).isCloseTo((0f + 0.5f * 1f) / 1.5f, within(1e-6f));
    assertThat(spans.apply(row, 1)).isCloseTo((0.5f * 1f + 0.5f) / 1.5f, within(1e-6f));
    assertThat(spans.coverage(0)).isCloseTo(1f, within(1e-6f));
  }

  @Test
  void enlargingRepeatsThePixelUnderneath() {
    AreaSpans spans = AreaSpans.of(2, 4, 2.0);
    float[] row = {0.2f, 0.8f};

    assertThat(spans.apply(row, 0)).isCloseTo(0.2f, within(1e-6f));
    assertThat(spans.apply(row, 1)).isCloseTo(0.2f, within(1e-6f));
    assertThat(spans.apply(row, 2)).isCloseTo(0.8f, within(1e-6f));
  }

  @Test
  void anOutputLongerThanTheScaledSourceIsCentredAndPartlyCovered() {
    // 5 source pixels at scale 0.5 make 2.5 outputs: 3 pixels, a quarter empty at each end.
    AreaSpans spans = AreaSpans.of(5, 3, 0.5);
    float[] ones = {1f, 1f, 1f, 1f, 1f};

    assertThat(spans.coverage(0)).isCloseTo(0.75f, within(1e-6f));
    assertThat(spans.coverage(1)).isCloseTo(1f, within(1e-6f));
    assertThat(spans.coverage(2)).isCloseTo(0.75f, within(1e-6f));
    assertThat(spans.apply(ones, 0)).isCloseTo(0.75f, within(1e-6f));
  }

  @Test
  void longRunsAreSummedCompletely() {
    AreaSpans spans = AreaSpans.of(280, 20, 20.0 / 280);
    float[] ones = new float[280];
    Arrays.fill(ones, 1f);

    for (int k = 0; k < 20; k++) {
      assertThat(spans.apply(ones, k)).isCloseTo(1f, within(1e-5f));
    }
  }
}
