package dev.mnistexplorer.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.core.network.Activation;
import dev.mnistexplorer.core.network.LayerSpec;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.service.ModelSummary;
import dev.mnistexplorer.core.store.ModelMetadata;
import dev.mnistexplorer.core.training.TrainingConfig;
import java.util.List;
import javafx.beans.value.WritableValue;
import org.junit.jupiter.api.Test;

class SharedStateTest {
  private final SharedState state = new SharedState();

  @Test
  void replacingTheModelAlsoMarksTheWeightsAsChanged() {
    ModelSummary summary =
        new ModelSummary(
            NetworkSpec.tutorial(),
            ModelMetadata.untrained(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), "t"),
            null,
            false);
    int before = state.weightsVersionProperty().get();

    state.replaceModel(summary);

    assertThat(state.modelProperty().get()).isSameAs(summary);
    assertThat(state.weightsVersionProperty().get()).isEqualTo(before + 1);
  }

  @Test
  void aDraftChangeKeepsTheLastUsableSpecAndConfigButAlwaysTheValidity() {
    NetworkSpec wide = NetworkSpec.mnist(List.of(LayerSpec.of(256, Activation.RELU)));
    TrainingConfig longer = TrainingConfig.tutorial().withEpochs(9);
    state.changeDraft(wide, longer, true);

    state.changeDraft(null, null, false);

    assertThat(state.draftSpecProperty().get()).isEqualTo(wide);
    assertThat(state.draftConfigProperty().get()).isEqualTo(longer);
    assertThat(state.draftValidProperty().get()).isFalse();
  }

  @Test
  void theEngineStartingSetsStatusReadinessAndDeviceTogether() {
    assertThat(state.engineReadyProperty().get()).isFalse();

    state.engineStarted("CPU");

    assertThat(state.engineStatusProperty().get()).isEqualTo("Engine ready");
    assertThat(state.engineReadyProperty().get()).isTrue();
    assertThat(state.deviceProperty().get()).isEqualTo("CPU");
  }

  @Test
  void aFailedEngineSaysWhyAndStaysNotReady() {
    state.engineFailed("no native library");

    assertThat(state.engineStatusProperty().get()).isEqualTo("Engine failed: no native library");
    assertThat(state.engineReadyProperty().get()).isFalse();
  }

  @Test
  void noSharedPropertyCanBeWrittenExceptThroughItsCommand() {
    List<Object> properties =
        List.of(
            state.datasetProperty(),
            state.modelProperty(),
            state.weightsVersionProperty(),
            state.draftSpecProperty(),
            state.draftConfigProperty(),
            state.draftValidProperty(),
            state.trainingProperty(),
            state.digitForPredictProperty(),
            state.engineStatusProperty(),
            state.engineReadyProperty(),
            state.deviceProperty());

    assertThat(properties).noneMatch(WritableValue.class::isInstance);
  }
}
