package dev.mnistexplorer.app.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The tick unit a fixed axis gets from the room its labels need (no FX needed). */
class AxisTicksTest {
  private static final double LABEL = 40; // px along the axis, every label
  private static final double GAP = 20;

  @Test
  void aLongAxisKeepsTenthsOfAnEpoch() {
    assertThat(AxisTicks.unit(0, 1, 1000, 0.1, value -> LABEL, GAP)).isCloseTo(0.1, within(1e-9));
  }

  @Test
  void aShortAxisTakesTheFirstRoundStepWhoseLabelsStandApart() {
    // 0.1 would put labels 45 px apart, 0.2 90 px: 40 px labels need 60.
    assertThat(AxisTicks.unit(0, 1, 450, 0.1, value -> LABEL, GAP)).isCloseTo(0.2, within(1e-9));
    assertThat(AxisTicks.unit(0, 1, 200, 0.1, value -> LABEL, GAP)).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void aShortLastStepThatWouldCrowdTheEndsLabelIsNotTaken() {
    // Over 15 epochs, 2 leaves 14 and 15 a fifth apart on the axis: 5 does not.
    assertThat(AxisTicks.unit(0, 15, 450, 0.1, value -> LABEL, GAP)).isEqualTo(5);
  }

  @Test
  void atMostTenTicksHoweverLongTheAxis() {
    assertThat(AxisTicks.unit(0, 30, 100_000, 0.1, value -> LABEL, GAP)).isEqualTo(5);
  }

  @Test
  void withNoRoomLeftOnlyTheEndsAreLabelled() {
    assertThat(AxisTicks.unit(0, 1, 50, 0.1, value -> LABEL, GAP)).isEqualTo(1);
  }

  @Test
  void beforeTheFirstLayoutOnlyTheCountCounts() {
    assertThat(AxisTicks.unit(0, 1, 0, 0.1, value -> LABEL, GAP)).isCloseTo(0.1, within(1e-9));
  }

  @Test
  void anEmptyValueAxisIsRaisedToAWholeNumberOfSteps() {
    // Loss 0..2.5 on a short axis: 0, 1, 2, 3 rather than 0, 1, 2, 2.5 with 2 and 2.5 touching.
    assertThat(AxisTicks.emptyRange(2.5, 200, 0.5, value -> 30, 20))
        .isEqualTo(new AxisTicks.EmptyRange(3, 1));
    assertThat(AxisTicks.emptyRange(2.5, 400, 0.5, value -> 30, 20))
        .isEqualTo(new AxisTicks.EmptyRange(2.5, 0.5));
    assertThat(AxisTicks.emptyRange(100, 200, 20, value -> 30, 20))
        .isEqualTo(new AxisTicks.EmptyRange(100, 50));
  }
}
