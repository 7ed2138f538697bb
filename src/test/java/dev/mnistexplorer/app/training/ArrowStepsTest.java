package dev.mnistexplorer.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The arrow keys' one rule for the charts and the answer bars, without the toolkit. */
class ArrowStepsTest {

  @Test
  void arrowsStepOneAndStopAtTheEnds() {
    assertThat(ArrowSteps.next(KeyCode.LEFT, 3, 9)).isEqualTo(2);
    assertThat(ArrowSteps.next(KeyCode.UP, 0, 9)).isZero();
    assertThat(ArrowSteps.next(KeyCode.RIGHT, 3, 9)).isEqualTo(4);
    assertThat(ArrowSteps.next(KeyCode.DOWN, 9, 9)).isEqualTo(9);
  }

  @Test
  void fromNowhereTheFirstStepLandsOnTheFirstItem() {
    assertThat(ArrowSteps.next(KeyCode.RIGHT, -1, 9)).isZero();
    assertThat(ArrowSteps.next(KeyCode.LEFT, -1, 9)).isZero();
  }

  @Test
  void homeAndEndJumpAndOtherKeysAreNoSteps() {
    assertThat(ArrowSteps.next(KeyCode.HOME, 5, 9)).isZero();
    assertThat(ArrowSteps.next(KeyCode.END, 5, 9)).isEqualTo(9);
    assertThat(ArrowSteps.next(KeyCode.SPACE, 5, 9)).isEqualTo(-1);
  }
}
