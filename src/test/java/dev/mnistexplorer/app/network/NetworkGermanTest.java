package dev.mnistexplorer.app.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.common.InGerman;
import dev.mnistexplorer.core.network.Activation;
import dev.mnistexplorer.core.network.LayerSpec;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.service.ModelSummary;
import dev.mnistexplorer.core.store.ModelMetadata;
import dev.mnistexplorer.core.training.TrainingConfig;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Network place in German: its words, its numbers, and decimals typed with a comma. */
@ExtendWith(InGerman.class)
class NetworkGermanTest {
  private static final List<String> DIGITS =
      List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

  @Test
  void parametersAreCountedWithGermanThousandsSeparators() {
    assertThat(NetworkText.parameters(203_530)).isEqualTo("203.530 Parameter");
    assertThat(NetworkText.parameters(1)).isEqualTo("1 Parameter");
  }

  @Test
  void theCurrentModelsAccuracyHasADecimalCommaAndASpaceBeforePercent() {
    NetworkSpec bundled =
        NetworkSpec.mnist(
            List.of(LayerSpec.of(512, Activation.RELU), LayerSpec.of(256, Activation.RELU)));
    ModelMetadata trained =
        ModelMetadata.untrained(DIGITS, "test")
            .afterTraining("MNIST", DIGITS, 0.9791f, 5, TrainingConfig.tutorial());
    assertThat(NetworkText.currentModel(new ModelSummary(bundled, trained, null, true)))
        .isEqualTo("784-512-256-10 relu · 535.818 Parameter, 97,9 % auf MNIST");
    assertThat(NetworkText.output(NetworkSpec.tutorial())).isEqualTo("10 Ausgaben → Softmax");
  }

  @Test
  void presetsAreNamedAndExplainedInGerman() {
    assertThat(NetworkPreset.LINEAR.title()).isEqualTo("Keine verborgene Schicht (linear)");
    assertThat(NetworkPreset.TUTORIAL.toString()).isEqualTo("Tutorial: 784-256-10 Sigmoid");
    assertThat(NetworkText.presetExplanation(NetworkPreset.TUTORIAL)).contains("Lernrate 0,1");
  }

  @Test
  void decimalsAreShownWithACommaAndReadWithEitherMark() {
    assertThat(NumberText.of(0.001f)).isEqualTo("0,001");
    assertThat(NumberText.rounded(0.0031622)).isEqualTo("0,0032");
    assertThat(NumberText.withPoint("0,25")).isEqualTo("0.25");
    assertThat(NumberText.withPoint("0.25")).isEqualTo("0.25");
    assertThat(NumberText.withoutGrouping("60.000")).isEqualTo("60000");
  }

  @Test
  void aWrongFieldSaysWhyInGerman() {
    DraftField batch = new DraftField("Batchgröße", "viele");
    assertThat(batch.parseWhole()).isNull();
    assertThat(batch.error()).isEqualTo("Batchgröße muss eine ganze Zahl sein, nicht „viele“");
    DraftField rate = new DraftField("Lernrate", "0,05");
    assertThat(rate.parseNumber()).isEqualTo(0.05f);
  }
}
