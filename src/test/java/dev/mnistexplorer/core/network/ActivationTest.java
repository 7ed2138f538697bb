package dev.mnistexplorer.core.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ActivationTest {

  @Test
  void parseAcceptsTheDisplaySpellingOfReLu() {
    assertThat(Activation.parse("ReLU")).isEqualTo(Activation.RELU);
  }

  @Test
  void parseAcceptsHyphenatedAndRunTogetherLeakyReLu() {
    assertThat(Activation.parse("leaky-relu")).isEqualTo(Activation.LEAKY_RELU);
    assertThat(Activation.parse(" LeakyReLU ")).isEqualTo(Activation.LEAKY_RELU);
  }

  @ParameterizedTest
  @EnumSource(Activation.class)
  void everyActivationParsesFromItsIdAndItsEnumName(Activation activation) {
    assertThat(Activation.parse(activation.id())).isEqualTo(activation);
    assertThat(Activation.parse(activation.name())).isEqualTo(activation);
  }

  @Test
  void anUnknownNameIsRejectedListingTheAcceptedOnes() {
    assertThatThrownBy(() -> Activation.parse("swish"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'swish'")
        .hasMessageContaining("sigmoid")
        .hasMessageContaining("leaky_relu");
  }
}
