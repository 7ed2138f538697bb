package dev.mnistexplorer.app.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.TestContexts.RecordingNavigator;
import dev.mnistexplorer.app.common.SharedState;
import dev.mnistexplorer.core.network.Activation;
import dev.mnistexplorer.core.network.LayerSpec;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.training.OptimizerKind;
import dev.mnistexplorer.core.training.TrainingConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link NetworkModel#show}: a lesson step puts its network and settings in the builder. */
class NetworkModelShowTest {
  private final SharedState state = new SharedState();
  private final NetworkModel model = new NetworkModel(state, new RecordingNavigator());

  @Test
  void aNetworkAndSettingsBecomeTheDraft() {
    NetworkSpec relu = NetworkSpec.mnist(List.of(LayerSpec.of(32, Activation.RELU)));
    TrainingConfig adam = TrainingConfig.tutorial().withOptimizer(OptimizerKind.ADAM, 0.001f);

    model.show(relu, adam);

    assertThat(state.draftSpecProperty().get()).isEqualTo(relu);
    assertThat(state.draftConfigProperty().get()).isEqualTo(adam);
    assertThat(model.layers()).hasSize(1);
  }

  @Test
  void settingsAloneKeepTheLayers() {
    NetworkSpec before = state.draftSpecProperty().get();
    TrainingConfig fast = TrainingConfig.tutorial().withOptimizer(OptimizerKind.SGD, 0.5f);

    model.show(null, fast);

    assertThat(state.draftSpecProperty().get()).isEqualTo(before);
    assertThat(state.draftConfigProperty().get().learningRate()).isEqualTo(0.5f);
  }

  @Test
  void aNetworkAloneKeepsTheSettings() {
    TrainingConfig before = state.draftConfigProperty().get();

    model.show(NetworkSpec.mnist(List.of()), null);

    assertThat(state.draftSpecProperty().get().hidden()).isEmpty();
    assertThat(state.draftConfigProperty().get()).isEqualTo(before);
  }
}
