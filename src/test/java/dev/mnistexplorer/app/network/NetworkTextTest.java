package dev.mnistexplorer.app.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.core.network.Activation;
import dev.mnistexplorer.core.network.LayerSpec;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.service.ModelSummary;
import dev.mnistexplorer.core.store.ModelMetadata;
import dev.mnistexplorer.core.training.TrainingConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Network place's sentences, without the toolkit. */
class NetworkTextTest {
  private static final List<String> DIGITS =
      List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

  @Test
  void parametersAreCountedWithThousandsSeparatorsAndOneIsSingular() {
    assertThat(NetworkText.parameters(203_530)).isEqualTo("203,530 parameters");
    assertThat(NetworkText.parameters(1)).isEqualTo("1 parameter");
    assertThat(NetworkText.parameters(0)).isEqualTo("0 parameters");
  }

  @Test
  void aPresetIsExplainedInItsOwnWordsAndNoPresetInvitesYourOwnNetwork() {
    assertThat(NetworkText.presetExplanation(NetworkPreset.TUTORIAL))
        .isEqualTo(
            "The PyTorch tutorial's network and recipe: SGD, learning rate 0.1, batch 64, 5"
                + " epochs.");
    assertThat(NetworkText.presetExplanation(null))
        .isEqualTo(
            "Your own network: change layers and settings below; every change is checked at"
                + " once.");
  }

  @Test
  void theDiagramCaptionSaysWhenItShowsTheLastNetworkThatCouldBeBuilt() {
    assertThat(NetworkText.diagramCaption(true))
        .isEqualTo("What a batch of images goes through, shape after each step");
    assertThat(NetworkText.diagramCaption(false))
        .isEqualTo("Fix the marked fields: this is the last network that could be built");
  }

  @Test
  void theFixedRowsNameTheImageSizeAndTheOutputs() {
    NetworkSpec wide = new NetworkSpec(32, 24, List.of(), 26);
    assertThat(NetworkText.input(NetworkSpec.tutorial())).isEqualTo("28×28 image → flatten → 784");
    assertThat(NetworkText.input(wide)).isEqualTo("32×24 image → flatten → 768");
    assertThat(NetworkText.output(NetworkSpec.tutorial())).isEqualTo("10 outputs → softmax");
    assertThat(NetworkText.output(wide)).isEqualTo("26 outputs → softmax");
  }

  @Test
  void theCurrentModelIsItsLayersParametersAndAccuracy() {
    NetworkSpec bundled =
        NetworkSpec.mnist(
            List.of(LayerSpec.of(512, Activation.RELU), LayerSpec.of(256, Activation.RELU)));
    ModelMetadata untrained = ModelMetadata.untrained(DIGITS, "test");
    ModelMetadata trained =
        untrained.afterTraining("MNIST", DIGITS, 0.9791f, 5, TrainingConfig.tutorial());

    assertThat(NetworkText.currentModel(null)).isEmpty();
    assertThat(NetworkText.currentModel(new ModelSummary(bundled, untrained, null, false)))
        .isEqualTo("784-512-256-10 relu · 535,818 parameters, untrained");
    assertThat(NetworkText.currentModel(new ModelSummary(bundled, trained, null, true)))
        .isEqualTo("784-512-256-10 relu · 535,818 parameters, 97.9% on MNIST");
  }

  @Test
  void theTrainedModelLineSaysLoadingUntilThereIsOne() {
    assertThat(NetworkText.trainedModelNow("")).isEqualTo("Trained model now: loading…");
    assertThat(NetworkText.trainedModelNow("784-256-10 sigmoid · 203,530 parameters, untrained"))
        .isEqualTo("Trained model now: 784-256-10 sigmoid · 203,530 parameters, untrained");
  }
}
