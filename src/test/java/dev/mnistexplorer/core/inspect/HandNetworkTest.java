package dev.mnistexplorer.core.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.mnistexplorer.core.network.Activation;
import dev.mnistexplorer.core.network.LayerSpec;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.network.WeightMatrix;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandNetworkTest {
  /** A 2×2 image, one sigmoid layer of 3 units, 2 classes: small enough to write out. */
  private static final NetworkSpec TINY =
      new NetworkSpec(2, 2, List.of(LayerSpec.of(3, Activation.SIGMOID)), 2);

  private static final WeightMatrix TINY_HIDDEN =
      new WeightMatrix(
          0,
          4,
          3,
          new float[] {0.1f, -0.2f, 0.3f, 0.4f, -0.5f, 0.6f, 0.7f, -0.8f, 0.9f, 1.0f, -1.1f, 0.2f},
          new float[] {0.05f, -0.1f, 0.15f});
  private static final WeightMatrix TINY_OUTPUT =
      new WeightMatrix(
          1, 3, 2, new float[] {1.5f, -2.0f, 0.5f, -1.0f, 0.25f, 2.0f}, new float[] {0.3f, -0.3f});

  @Test
  void everyStageOfATinyNetworkIsTheComputationWrittenOut() {
    HandNetwork network = HandNetwork.of(TINY, List.of(TINY_HIDDEN, TINY_OUTPUT), 7);
    float[] pixels = {0f, 1f, 0.5f, 0.25f};

    ForwardPass pass = network.forward(pixels);

    double[] x = {-1, 1, 0, -0.5}; // (p - 0.5) / 0.5
    double[] z = new double[3];
    double[] h = new double[3];
    for (int j = 0; j < 3; j++) {
      z[j] = TINY_HIDDEN.biases()[j];
      for (int i = 0; i < 4; i++) {
        z[j] += TINY_HIDDEN.weights()[j * 4 + i] * x[i];
      }
      h[j] = 1 / (1 + Math.exp(-z[j]));
    }
    double[] logits = new double[2];
    for (int k = 0; k < 2; k++) {
      logits[k] = TINY_OUTPUT.biases()[k];
      for (int j = 0; j < 3; j++) {
        logits[k] += TINY_OUTPUT.weights()[k * 3 + j] * h[j];
      }
    }
    double sum = Math.exp(logits[0]) + Math.exp(logits[1]);

    assertThat(pass.names())
        .containsExactly(
            "input", "normalised", "flattened", "linear1", "sigmoid1", "logits", "softmax");
    assertThat(pass.stage("input").values()).containsExactly(pixels);
    assertThat(pass.stage("normalised").shape()).containsExactly(2, 2);
    assertThat(pass.stage("flattened").shape()).containsExactly(1, 4);
    assertClose(pass.stage("flattened").values(), x);
    assertClose(pass.stage("linear1").values(), z);
    assertClose(pass.stage("sigmoid1").values(), h);
    assertThat(pass.stage("sigmoid1").shape()).containsExactly(1, 3);
    assertClose(pass.stage("logits").values(), logits);
    assertClose(
        pass.stage("softmax").values(),
        new double[] {Math.exp(logits[0]) / sum, Math.exp(logits[1]) / sum});
    assertThat(pass.predicted()).isEqualTo(logits[0] > logits[1] ? 0 : 1);
    assertThat(pass.stage("linear1").min()).isEqualTo((float) Math.min(z[0], Math.min(z[1], z[2])));
    assertThat(pass.stage("linear1").mean())
        .isCloseTo((float) ((z[0] + z[1] + z[2]) / 3), within(1e-6f));
    assertThat(network.version()).isEqualTo(7);
  }

  private static void assertClose(float[] actual, double[] expected) {
    assertThat(actual).hasSize(expected.length);
    for (int i = 0; i < expected.length; i++) {
      assertThat((double) actual[i]).as("value %d", i).isCloseTo(expected[i], within(1e-6));
    }
  }

  @Test
  void stagesAreNamedByLayerAndActivationAndDropoutHasNone() {
    NetworkSpec spec =
        NetworkSpec.mnist(
            List.of(
                new LayerSpec(32, Activation.LEAKY_RELU, 0.3f),
                LayerSpec.of(16, Activation.GELU),
                LayerSpec.of(8, Activation.IDENTITY)));

    ForwardPass pass = RandomNetworks.network(spec, 1).forward(RandomNetworks.image(784, 2));

    assertThat(pass.names())
        .containsExactly(
            "input",
            "normalised",
            "flattened",
            "linear1",
            "leaky_relu1",
            "linear2",
            "gelu2",
            "linear3",
            "identity3",
            "logits",
            "softmax")
        .isEqualTo(StageNames.of(spec));
    assertThat(pass.stages()).extracting(Stage::shapeText).startsWith("(28,28)", "(28,28)");
    assertThat(pass.stage("gelu2").shapeText()).isEqualTo("(1,16)");
    assertThat(pass.stage("logits").shapeText()).isEqualTo("(1,10)");
  }

  @Test
  void aNetworkWithoutHiddenLayersGoesStraightFromFlattenedToLogits() {
    NetworkSpec logistic = NetworkSpec.mnist(List.of());
    ForwardPass pass = RandomNetworks.network(logistic, 3).forward(RandomNetworks.image(784, 4));

    assertThat(pass.names())
        .containsExactly("input", "normalised", "flattened", "logits", "softmax");
    float total = 0;
    for (float p : pass.probabilities()) {
      total += p;
    }
    assertThat(total).isCloseTo(1f, within(1e-6f));
  }

  @Test
  void theSoftmaxSurvivesLogitsThatOverflowExp() {
    float[] probabilities = HandNetwork.softmax(new float[] {1000f, 999f, -5f});

    assertThat(probabilities[0]).isCloseTo((float) (1 / (1 + Math.exp(-1))), within(1e-6f));
    assertThat(probabilities[2]).isZero();
  }

  @Test
  void weightsThatDoNotFitTheSpecAndWrongSizedImagesAreRefused() {
    assertThatThrownBy(() -> HandNetwork.of(TINY, List.of(TINY_HIDDEN), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected 2 weight matrices");
    assertThatThrownBy(() -> HandNetwork.of(TINY, List.of(TINY_OUTPUT, TINY_HIDDEN), 0))
        .hasMessageContaining("layer 1 does not fit");
    HandNetwork network = HandNetwork.of(TINY, List.of(TINY_HIDDEN, TINY_OUTPUT), 0);
    assertThatThrownBy(() -> network.forward(new float[5])).hasMessageContaining("expected 4");
    assertThatThrownBy(() -> network.attribution(new float[4], 2))
        .hasMessageContaining("class 2 does not exist");
    assertThatThrownBy(() -> network.layerWeights(3)).hasMessageContaining("layers 1 to 2");
  }

  @Test
  void layerWeightsAreTheImageShapedFirstLayerThenNearSquareGrids() {
    HandNetwork network =
        RandomNetworks.network(NetworkSpec.mnist(List.of(LayerSpec.of(256, Activation.RELU))), 5);

    LayerWeights first = network.layerWeights(1);
    LayerWeights output = network.layerWeights(2);

    assertThat(first.layer()).isEqualTo(1);
    assertThat(first.units()).isEqualTo(256);
    assertThat(first.tileRows()).isEqualTo(28);
    assertThat(first.tileCols()).isEqualTo(28);
    assertThat(first.outputLayer()).isFalse();
    assertThat(output.tileRows()).isEqualTo(16);
    assertThat(output.tileCols()).isEqualTo(16);
    assertThat(output.outputLayer()).isTrue();
    assertThat(output.unit(3)).hasSize(256);
  }

  @Test
  void withoutHiddenLayersTheFirstLayerIsTheTenTemplates() {
    LayerWeights templates =
        RandomNetworks.network(NetworkSpec.mnist(List.of()), 6).layerWeights(1);

    assertThat(templates.units()).isEqualTo(10);
    assertThat(templates.inputs()).isEqualTo(784);
    assertThat(templates.outputLayer()).isTrue();
  }
}
