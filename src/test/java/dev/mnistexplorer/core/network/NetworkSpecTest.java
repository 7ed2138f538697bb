package dev.mnistexplorer.core.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkSpecTest {

  @Test
  void aNetworkWithoutHiddenLayersIsValidLogisticRegression() {
    NetworkSpec logistic = NetworkSpec.mnist(List.of());

    assertThat(NetworkSpecValidator.problems(logistic)).isEmpty();
    assertThat(logistic.layerWidths()).containsExactly(784, 10);
    assertThat(logistic.parameterCount()).isEqualTo(784 * 10 + 10);
    assertThat(logistic.describe()).isEqualTo("784-10");
  }

  @Test
  void zeroUnitsAreRejectedNamingTheLayerAndTheValue() {
    NetworkSpec spec = NetworkSpec.mnist(List.of(LayerSpec.of(0, Activation.RELU)));

    assertThatThrownBy(() -> NetworkSpecValidator.check(spec))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("hidden layer 1")
        .hasMessageContaining("got 0");
  }

  @Test
  void aHundredThousandUnitsAreRejectedNamingTheLayerAndTheValue() {
    NetworkSpec spec = NetworkSpec.mnist(List.of(LayerSpec.of(100_000, Activation.RELU)));

    assertThatThrownBy(() -> NetworkSpecValidator.check(spec))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("hidden layer 1")
        .hasMessageContaining("100000");
  }

  @Test
  void theLargestAllowedLayerIsAccepted() {
    NetworkSpec spec =
        NetworkSpec.mnist(List.of(LayerSpec.of(NetworkSpec.MAX_UNITS, Activation.RELU)));

    assertThat(NetworkSpecValidator.problems(spec)).isEmpty();
  }

  @Test
  void problemsNameTheLayerTheyBelongTo() {
    NetworkSpec spec =
        NetworkSpec.mnist(
            List.of(LayerSpec.of(64, Activation.RELU), new LayerSpec(0, Activation.TANH, 0.5f)));

    assertThat(NetworkSpecValidator.problems(spec))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("hidden layer 2: ")
        .contains("got 0");
  }

  @Test
  void dropoutOfOneIsRejected() {
    NetworkSpec spec = NetworkSpec.mnist(List.of(new LayerSpec(128, Activation.RELU, 1.0f)));

    assertThatThrownBy(() -> NetworkSpecValidator.check(spec))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("hidden layer 1")
        .hasMessageContaining("dropout")
        .hasMessageContaining("1.0");
  }

  @Test
  void dropoutJustBelowOneIsAccepted() {
    NetworkSpec spec = NetworkSpec.mnist(List.of(new LayerSpec(128, Activation.RELU, 0.9f)));

    assertThat(NetworkSpecValidator.problems(spec)).isEmpty();
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    NetworkSpec spec =
        new NetworkSpec(
            28,
            28,
            List.of(new LayerSpec(0, Activation.RELU, 0f), new LayerSpec(64, Activation.RELU, 1f)),
            1);

    assertThat(NetworkSpecValidator.problems(spec)).hasSize(3);
  }

  @Test
  void theTutorialNetworkHas203530Parameters() {
    assertThat(NetworkSpec.tutorial().parameterCount()).isEqualTo(203_530);
    assertThat(NetworkSpec.tutorial().describe()).isEqualTo("784-256-10 sigmoid");
  }

  @Test
  void theShapeTraceOfTheTutorialNetworkReadsLikeTheTutorial() {
    assertThat(ShapeTrace.describe(NetworkSpec.tutorial(), 64))
        .isEqualTo(
            "(64,1,28,28) → flatten (64,784) → Linear (64,256) → sigmoid (64,256) → Linear (64,10)"
                + " → softmax (64,10)");
  }

  @Test
  void theShapeTraceCountsEachLinearLayersParametersAndTheyAddUpToTheTotal() {
    NetworkSpec spec =
        NetworkSpec.mnist(
            List.of(new LayerSpec(128, Activation.RELU, 0.2f), LayerSpec.of(64, Activation.TANH)));

    List<ShapeTrace.Step> steps = ShapeTrace.of(spec, 1);

    assertThat(steps)
        .extracting(ShapeTrace.Step::operation)
        .containsExactly(
            "", "flatten", "Linear", "relu", "dropout(0.2)", "Linear", "tanh", "Linear", "softmax");
    assertThat(steps.stream().mapToLong(ShapeTrace.Step::parameters).sum())
        .isEqualTo(spec.parameterCount());
  }
}
