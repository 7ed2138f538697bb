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
  void imageSidesThatMultiplyPastAnIntAreRejectedNotWrappedAround() {
    // 65536 × 65537 is 65536 in int arithmetic: it must not look like a small image.
    NetworkSpec spec = new NetworkSpec(65_536, 65_537, List.of(), 10);

    assertThat(NetworkSpecValidator.problems(spec))
        .containsExactly("image size must be between 1x1 and 4096x4096, got 65536x65537");
  }

  @Test
  void theParameterCountIsComputedInLong() {
    NetworkSpec spec =
        new NetworkSpec(4096, 4096, List.of(LayerSpec.of(4096, Activation.RELU)), 10);

    assertThat(spec.parameterCount()).isEqualTo(4096L * 4096 * 4096 + 4096 + 4096 * 10 + 10);
  }

  @Test
  void moreThanTheMostHiddenLayersIsOneProblemOnTheFirstLayerTooMany() {
    NetworkSpec spec =
        NetworkSpec.mnist(java.util.Collections.nCopies(1000, LayerSpec.of(16, Activation.RELU)));

    assertThat(NetworkSpecValidator.problems(spec))
        .containsExactly("hidden layer 33: a network has at most 32 hidden layers, got 1000");
  }

  @Test
  void theMostHiddenLayersAreAccepted() {
    NetworkSpec spec =
        NetworkSpec.mnist(
            java.util.Collections.nCopies(
                NetworkSpec.MAX_HIDDEN_LAYERS, LayerSpec.of(64, Activation.RELU)));

    assertThat(NetworkSpecValidator.problems(spec)).isEmpty();
  }

  @Test
  void twoLayersOf4096UnitsFitTheParameterLimitAndThreeDoNot() {
    LayerSpec widest = LayerSpec.of(NetworkSpec.MAX_UNITS, Activation.RELU);
    NetworkSpec two = NetworkSpec.mnist(List.of(widest, widest));
    NetworkSpec three = NetworkSpec.mnist(List.of(widest, widest, widest));

    assertThat(NetworkSpecValidator.problems(two)).isEmpty();
    assertThat(NetworkSpecValidator.problems(three))
        .containsExactly(
            "the network would have 36,818,954 parameters, at most 33,554,432 are allowed");
  }

  @Test
  void aLargeImageWithAWideLayerIsRejectedByItsParameterCount() {
    NetworkSpec spec =
        new NetworkSpec(
            4096, 4096, List.of(LayerSpec.of(NetworkSpec.MAX_UNITS, Activation.RELU)), 10);

    assertThat(NetworkSpecValidator.problems(spec))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("68,719,521,802 parameters");
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

  @Test
  void layerProblemsNameTheirLayerAndFieldAndTheReasonWithoutIt() {
    NetworkSpec spec =
        new NetworkSpec(
            28,
            28,
            List.of(
                LayerSpec.of(64, Activation.RELU),
                new LayerSpec(0, Activation.RELU, 0f),
                new LayerSpec(64, Activation.RELU, 1f)),
            10);

    assertThat(NetworkSpecValidator.validate(spec))
        .containsExactly(
            new Problem(Problem.Field.UNITS, 2, "units must be between 1 and 4096, got 0"),
            new Problem(
                Problem.Field.DROPOUT, 3, "dropout must be at least 0 and below 1, got 1.0"));
    assertThat(NetworkSpecValidator.problems(spec))
        .containsExactly(
            "hidden layer 2: units must be between 1 and 4096, got 0",
            "hidden layer 3: dropout must be at least 0 and below 1, got 1.0");
  }

  @Test
  void networkWideProblemsHaveNoLayer() {
    NetworkSpec badFrame = new NetworkSpec(0, 28, List.of(), 1);
    LayerSpec widest = LayerSpec.of(NetworkSpec.MAX_UNITS, Activation.RELU);
    NetworkSpec tooBig = NetworkSpec.mnist(List.of(widest, widest, widest));

    assertThat(NetworkSpecValidator.validate(badFrame))
        .extracting(Problem::field, Problem::layer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Problem.Field.IMAGE_SIZE, Problem.NO_LAYER),
            org.assertj.core.groups.Tuple.tuple(Problem.Field.OUTPUTS, Problem.NO_LAYER));
    assertThat(NetworkSpecValidator.validate(tooBig))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.field()).isEqualTo(Problem.Field.PARAMETERS);
              assertThat(problem.hasLayer()).isFalse();
              assertThat(problem.text()).isEqualTo(problem.message());
            });
  }

  @Test
  void tooManyLayersIsALayersProblemOnTheFirstLayerTooMany() {
    NetworkSpec spec =
        NetworkSpec.mnist(
            java.util.Collections.nCopies(
                NetworkSpec.MAX_HIDDEN_LAYERS + 5, LayerSpec.of(16, Activation.RELU)));

    assertThat(NetworkSpecValidator.validate(spec))
        .containsExactly(
            new Problem(
                Problem.Field.LAYERS,
                NetworkSpec.MAX_HIDDEN_LAYERS + 1,
                "a network has at most 32 hidden layers, got 37"));
  }

  @Test
  void aProblemLayerIsOneBasedOrNone() {
    assertThatThrownBy(() -> new Problem(Problem.Field.UNITS, 0, "units"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
