package dev.mnistexplorer.core.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mnistexplorer.core.network.Activation;
import dev.mnistexplorer.core.network.LayerOutput;
import dev.mnistexplorer.core.network.LayerSpec;
import dev.mnistexplorer.core.network.NetworkSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayerStagesTest {
  private static final NetworkSpec SPEC =
      new NetworkSpec(2, 2, List.of(new LayerSpec(3, Activation.RELU, 0.5f)), 2);

  private static List<LayerOutput> outputs() {
    return List.of(
        new LayerOutput("flatten", new long[] {4}, new float[] {-1, 1, 0, 0}),
        new LayerOutput("Linear", new long[] {3}, new float[] {-0.5f, 0.5f, 1}),
        new LayerOutput("relu", new long[] {3}, new float[] {0, 0.5f, 1}),
        new LayerOutput("dropout(0.5)", new long[] {3}, new float[] {0, 0.5f, 1}),
        new LayerOutput("Linear", new long[] {2}, new float[] {2, 1}),
        new LayerOutput("softmax", new long[] {2}, new float[] {0.73f, 0.27f}));
  }

  @Test
  void djlsLayerOutputsBecomeTheSameStagesAsTheHandComputation() {
    float[] pixels = {0, 1, 0.5f, 0.5f};

    ForwardPass pass = LayerStages.of(SPEC, pixels, outputs());

    assertThat(pass.names()).isEqualTo(StageNames.of(SPEC));
    assertThat(pass.stage("input").values()).containsExactly(pixels);
    assertThat(pass.stage("normalised").shape()).containsExactly(2, 2);
    assertThat(pass.stage("normalised").values()).containsExactly(-1, 1, 0, 0);
    assertThat(pass.stage("flattened").shape()).containsExactly(1, 4);
    assertThat(pass.stage("relu1").values()).containsExactly(0, 0.5f, 1);
    assertThat(pass.stage("logits").shape()).containsExactly(1, 2);
    assertThat(pass.probabilities()).containsExactly(0.73f, 0.27f);
  }

  @Test
  void outputsThatDoNotFollowTheSpecAreRefused() {
    List<LayerOutput> missingTheSoftmax = outputs().subList(0, 5);

    assertThatThrownBy(() -> LayerStages.of(SPEC, new float[4], missingTheSoftmax))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fewer layer outputs");
  }

  @Test
  void aComparisonGivesTheLargestDifferencePerStage() {
    float[] pixels = {0, 1, 0.5f, 0.5f};
    ForwardPass byLayer = LayerStages.of(SPEC, pixels, outputs());
    List<LayerOutput> nudged = new java.util.ArrayList<>(outputs());
    nudged.set(4, new LayerOutput("Linear", new long[] {2}, new float[] {2, 1.25f}));

    ForwardComparison comparison =
        ForwardComparison.of(LayerStages.of(SPEC, pixels, nudged), byLayer);

    assertThat(comparison.maxAbsDifference("logits")).isEqualTo(0.25f);
    assertThat(comparison.maxAbsDifference("relu1")).isZero();
    assertThat(comparison.largestDifference()).isEqualTo(0.25f);
    assertThat(comparison.differences()).hasSize(7);
  }
}
