package dev.mnistexplorer.core.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mnistexplorer.core.network.Activation;
import dev.mnistexplorer.core.network.LayerSpec;
import dev.mnistexplorer.core.network.NetworkSpec;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Gradient × input by hand, checked against finite differences of the hand forward pass. */
class AttributionTest {

  @ParameterizedTest
  @EnumSource(Activation.class)
  void theGradientOfALogitIsWhatFiniteDifferencesSay(Activation activation) {
    NetworkSpec spec =
        NetworkSpec.mnist(List.of(LayerSpec.of(24, activation), LayerSpec.of(12, Activation.TANH)));
    HandNetwork network = RandomNetworks.network(spec, 11);
    float[] image = RandomNetworks.image(784, 12);

    for (int classIndex : new int[] {0, 7}) {
      Attribution attribution = network.attribution(image, classIndex);
      float[] expected = finiteDifferences(network, image, classIndex);
      double largest = 0;
      for (float value : expected) {
        largest = Math.max(largest, Math.abs(value));
      }
      assertThat(largest).isGreaterThan(1e-3); // the check would pass trivially otherwise
      for (int i = 0; i < image.length; i++) {
        assertThat(attribution.gradient()[i])
            .as("%s, class %d, pixel %d", activation, classIndex, i)
            .isCloseTo(expected[i], within(2e-4f + 1e-2f * Math.abs(expected[i])));
        assertThat(attribution.contributions()[i])
            .isCloseTo(attribution.gradient()[i] * image[i], within(1e-7f));
      }
    }
  }

  /** Central differences of the logit, one pixel at a time, in the same float forward pass. */
  private static float[] finiteDifferences(HandNetwork network, float[] image, int classIndex) {
    float step = 1e-2f;
    float[] gradient = new float[image.length];
    float[] moved = image.clone();
    for (int i = 0; i < image.length; i++) {
      moved[i] = image[i] + step;
      float up = logit(network, moved, classIndex);
      moved[i] = image[i] - step;
      float down = logit(network, moved, classIndex);
      moved[i] = image[i];
      gradient[i] = (up - down) / (2 * step);
    }
    return gradient;
  }

  private static float logit(HandNetwork network, float[] image, int classIndex) {
    return network.forward(image).stage("logits").values()[classIndex];
  }

  @Test
  void theAnswerExplainedIsTheWinningClassAndItsNumbersAreTheForwardPasss() {
    HandNetwork network =
        RandomNetworks.network(NetworkSpec.mnist(List.of(LayerSpec.of(32, Activation.RELU))), 3);
    float[] image = RandomNetworks.image(784, 4);
    ForwardPass pass = network.forward(image);

    Attribution why = network.attributionOfAnswer(image);

    assertThat(why.classIndex()).isEqualTo(pass.predicted()).isEqualTo(why.predicted());
    assertThat(why.logit()).isEqualTo(pass.stage("logits").values()[why.classIndex()]);
    assertThat(why.probability()).isEqualTo(pass.probabilities()[why.classIndex()]);
  }

  @Test
  void blankPixelsContributeNothingWhateverTheirGradient() {
    HandNetwork network =
        RandomNetworks.network(NetworkSpec.mnist(List.of(LayerSpec.of(16, Activation.SIGMOID))), 5);

    Attribution blank = network.attribution(new float[784], 3);

    assertThat(blank.maxAbsContribution()).isZero();
    assertThat(blank.total()).isZero();
    float steepest = 0;
    for (float value : blank.gradient()) {
      steepest = Math.max(steepest, Math.abs(value));
    }
    assertThat(steepest).isPositive(); // ink there would still move the logit
  }

  @Test
  void forALinearNetworkTheContributionsAddUpToTheLogitsChangeFromABlankImage() {
    HandNetwork network = RandomNetworks.network(NetworkSpec.mnist(List.of()), 6);
    float[] image = RandomNetworks.image(784, 7);

    Attribution why = network.attribution(image, 4);

    float blankLogit = network.forward(new float[784]).stage("logits").values()[4];
    assertThat(why.total()).isCloseTo(why.logit() - blankLogit, within(1e-4f));
  }
}
