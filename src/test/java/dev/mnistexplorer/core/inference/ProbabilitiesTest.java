package dev.mnistexplorer.core.inference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProbabilitiesTest {

  @Test
  void theLargestValueWinsAndTiesGoToTheLowerClass() {
    assertThat(Probabilities.argMax(new float[] {0.1f, 0.7f, 0.2f})).isEqualTo(1);
    assertThat(Probabilities.argMax(new float[] {0.4f, 0.2f, 0.4f})).isEqualTo(0);
  }

  @Test
  void aRowOfALargerArrayIsReadFromItsOffset() {
    float[] rows = {0.9f, 0.1f, 0.0f, 0.2f, 0.3f, 0.5f};
    assertThat(Probabilities.argMax(rows, 3, 3)).isEqualTo(2);
  }
}
