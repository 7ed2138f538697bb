package dev.mnistexplorer.core.inference;

import static dev.mnistexplorer.core.inference.Drawings.box;
import static dev.mnistexplorer.core.inference.Drawings.centreOfMass;
import static dev.mnistexplorer.core.inference.Drawings.darkOnLight;
import static dev.mnistexplorer.core.inference.Drawings.seven;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** MNIST's centring switched on and off ("why we centre the digit"). */
class CentringSwitchTest {
  // A seven drawn small in the top-left corner of the pad.
  private final GrayImage cornerSeven = darkOnLight(280, 280, 8f, seven(10, 10, 100, 120));

  @Test
  void withCentringAnOffCentreDigitIsMovedToTheMiddle() {
    double[] mass = centreOfMass(CanvasPreprocessor.toMnist(cornerSeven, true).orElseThrow());

    assertThat(mass[0]).isCloseTo(14, within(0.6));
    assertThat(mass[1]).isCloseTo(14, within(0.6));
  }

  @Test
  void withoutCentringTheDigitStaysWhereItWasDrawnButKeepsItsSize() {
    float[] asDrawn = CanvasPreprocessor.toMnist(cornerSeven, false).orElseThrow();
    double[] mass = centreOfMass(asDrawn);
    int[] ink = box(asDrawn, 0.2f); // left, top, width, height

    assertThat(mass[0]).isLessThan(10);
    assertThat(mass[1]).isLessThan(10);
    assertThat(ink[0]).isZero();
    assertThat(ink[1]).isZero();
    assertThat(Math.max(ink[2], ink[3])).isBetween(19, 21);
  }

  @Test
  void theDefaultIsCentred() {
    assertThat(CanvasPreprocessor.toMnist(cornerSeven).orElseThrow())
        .isEqualTo(CanvasPreprocessor.toMnist(cornerSeven, true).orElseThrow());
  }

  @Test
  void aBlankPadHasNoDigitEitherWay() {
    assertThat(CanvasPreprocessor.toMnist(GrayImage.filled(280, 280, 1f), false)).isEmpty();
  }
}
