package dev.mnistexplorer.core.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mnistexplorer.core.network.Activation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HandActivationsTest {

  @Test
  void erfMatchesPublishedValuesOnBothSidesOfTheSwitchBetweenMethods() {
    // Values from Abramowitz & Stegun, table 7.1, and mpmath at 20 digits.
    assertThat(HandActivations.erf(0)).isZero();
    assertThat(HandActivations.erf(0.5)).isCloseTo(0.5204998778130465, within(1e-15));
    assertThat(HandActivations.erf(1)).isCloseTo(0.8427007929497149, within(1e-15));
    assertThat(HandActivations.erf(-1)).isCloseTo(-0.8427007929497149, within(1e-15));
    assertThat(HandActivations.erf(2.4)).isCloseTo(0.9993114861033550, within(1e-14));
    assertThat(HandActivations.erfc(2.5)).isCloseTo(4.069520174449590e-4, within(1e-17));
    assertThat(HandActivations.erfc(3)).isCloseTo(2.209049699858544e-5, within(1e-18));
    assertThat(HandActivations.erf(3)).isCloseTo(0.9999779095030014, within(1e-15));
    assertThat(HandActivations.erfc(-3)).isCloseTo(2 - 2.209049699858544e-5, within(1e-15));
    assertThat(HandActivations.erf(10)).isEqualTo(1.0);
  }

  @Test
  void activationsFollowPyTorchsDefinitions() {
    assertThat(HandActivations.apply(Activation.SIGMOID, 0)).isEqualTo(0.5);
    assertThat(HandActivations.apply(Activation.RELU, -2)).isZero();
    assertThat(HandActivations.apply(Activation.LEAKY_RELU, -2)).isCloseTo(-0.02, within(1e-9));
    // torch.nn.functional.gelu(torch.tensor([1.0, -1.0], dtype=torch.float64))
    assertThat(HandActivations.apply(Activation.GELU, 1))
        .isCloseTo(0.8413447460685429, within(1e-15));
    assertThat(HandActivations.apply(Activation.GELU, -1))
        .isCloseTo(-0.15865525393145707, within(1e-15));
    assertThat(HandActivations.apply(Activation.IDENTITY, -3.5)).isEqualTo(-3.5);
  }

  @ParameterizedTest
  @EnumSource(Activation.class)
  void derivativesAreWhatFiniteDifferencesSay(Activation activation) {
    double step = 1e-6;
    for (double x = -4.05; x < 4; x += 0.1) { // never exactly at ReLU's kink
      double expected =
          (HandActivations.apply(activation, x + step)
                  - HandActivations.apply(activation, x - step))
              / (2 * step);
      double y = HandActivations.apply(activation, x);
      assertThat(HandActivations.derivative(activation, x, y))
          .as("%s at %f", activation, x)
          .isCloseTo(expected, within(1e-6));
    }
  }
}
