package dev.mnistexplorer.app.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.app.TestContexts.RecordingNavigator;
import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.app.common.SharedState;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.data.DatasetLoader;
import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.network.Activation;
import dev.mnistexplorer.core.network.LayerSpec;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.service.ModelService;
import dev.mnistexplorer.core.service.ModelSummary;
import dev.mnistexplorer.core.store.ModelMetadata;
import dev.mnistexplorer.core.training.OptimizerKind;
import dev.mnistexplorer.core.training.TrainingConfig;
import dev.mnistexplorer.core.training.TrainingControl;
import dev.mnistexplorer.core.training.TrainingDivergedException;
import dev.mnistexplorer.core.training.TrainingListener;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** The builder's state and commands, without the toolkit. */
class NetworkModelTest {
  private final RecordingNavigator navigator = new RecordingNavigator();
  private final SharedState state = new SharedState();
  private final NetworkModel model = new NetworkModel(state, navigator);

  @Test
  void startsWithTheTutorialNetworkAndItsParameterCount() {
    assertThat(model.layers()).hasSize(1);
    assertThat(model.parameterCountProperty().get()).isEqualTo("203,530 parameters");
    assertThat(model.presetProperty().get()).isEqualTo(NetworkPreset.TUTORIAL);
    assertThat(model.validProperty().get()).isTrue();
  }

  @Test
  void addingALayerCountsItsWeightsAndBiases() {
    model.addLayer(); // like the last layer: 256 sigmoid
    // 784*256+256 + 256*256+256 + 256*10+10
    assertThat(model.parameterCountProperty().get()).isEqualTo("269,322 parameters");
    model.layers().get(1).units().setText("64");
    // 784*256+256 + 256*64+64 + 64*10+10
    assertThat(model.parameterCountProperty().get()).isEqualTo("218,058 parameters");
    assertThat(state.draftSpecProperty().get().describe()).isEqualTo("784-256-64-10 sigmoid");
    assertThat(model.presetProperty().get()).isNull();
  }

  @Test
  void removingEveryLayerLeavesLogisticRegression() {
    model.addLayer();
    model.removeLayer(1);
    model.removeLayer(0);
    assertThat(model.layers()).isEmpty();
    assertThat(model.parameterCountProperty().get()).isEqualTo("7,850 parameters");
    assertThat(model.shapeTraceProperty().get())
        .isEqualTo("(64,1,28,28) → flatten (64,784) → Linear (64,10) → softmax (64,10)");
    assertThat(model.validProperty().get()).isTrue();
  }

  @Test
  void movingALayerReordersTheNetworkAndStopsAtTheEnds() {
    model.applyPreset(NetworkPreset.TWO_RELU);
    assertThat(model.moveLayer(1, -1)).isTrue();
    assertThat(state.draftSpecProperty().get().describe()).isEqualTo("784-64-128-10 relu");
    assertThat(model.moveLayer(0, -1)).isFalse();
    assertThat(model.moveLayer(1, +1)).isFalse();
    // 784*64+64 + 64*128+128 + 128*10+10
    assertThat(model.parameterCountProperty().get()).isEqualTo("59,850 parameters");
  }

  @Test
  void zeroUnitsAreMarkedOnTheFieldAndMakeTheDraftInvalid() {
    model.layers().get(0).units().setText("0");
    assertThat(model.layers().get(0).units().error())
        .isEqualTo("units must be between 1 and 4096, got 0");
    assertThat(model.validProperty().get()).isFalse();
    assertThat(state.draftValidProperty().get()).isFalse();
    assertThat(model.trainThisNetwork()).isFalse();
    assertThat(navigator.shown).isEmpty();
    // the shared draft keeps the last network that can be built
    assertThat(state.draftSpecProperty().get()).isEqualTo(NetworkSpec.tutorial());

    model.layers().get(0).units().setText("32");
    assertThat(model.layers().get(0).units().error()).isEmpty();
    assertThat(state.draftValidProperty().get()).isTrue();
  }

  @Test
  void theCoresLimitsOnLayersAndParametersAreMarkedOnARow() {
    model.layers().get(0).units().setText("4096");
    model.addLayer();
    model.addLayer();
    assertThat(model.layers().get(0).units().error())
        .isEqualTo("the network would have 36,818,954 parameters, at most 33,554,432 are allowed");
    assertThat(model.validProperty().get()).isFalse();

    model.removeLayer(2);
    assertThat(model.validProperty().get()).isTrue();
    for (LayerDraft layer : model.layers()) {
      layer.units().setText("16");
    }
    while (model.layers().size() <= NetworkSpec.MAX_HIDDEN_LAYERS) {
      model.addLayer();
    }
    assertThat(model.layers().get(NetworkSpec.MAX_HIDDEN_LAYERS).units().error())
        .isEqualTo("a network has at most 32 hidden layers, got 33");
    assertThat(model.validProperty().get()).isFalse();
  }

  @Test
  void textThatIsNotANumberIsNamedInTheError() {
    model.layers().get(0).units().setText("lots");
    model.training().batchSize().setText("");
    model.training().learningRate().setText("fast");
    assertThat(model.layers().get(0).units().error())
        .isEqualTo("units must be a whole number, got 'lots'");
    assertThat(model.training().batchSize().error())
        .isEqualTo("batch size must be a whole number, got ''");
    assertThat(model.training().learningRate().error())
        .isEqualTo("learning rate must be a number, got 'fast'");
    assertThat(state.draftValidProperty().get()).isFalse();
  }

  @Test
  void theCoresTrainingProblemsLandOnTheirOwnFields() {
    model.training().learningRateDecay().setText("1.5");
    model.training().epochs().setText("0");
    model.training().momentum().setText("1");
    assertThat(model.training().learningRateDecay().error())
        .isEqualTo("learning rate decay must be above 0 and at most 1, got 1.5");
    assertThat(model.training().learningRate().error()).isEmpty();
    assertThat(model.training().epochs().error())
        .isEqualTo("epochs must be between 1 and 1000, got 0");
    assertThat(model.training().momentum().error())
        .isEqualTo("momentum must be at least 0 and below 1, got 1.0");
    model.training().optimizerProperty().set(OptimizerKind.ADAM); // Adam has no momentum
    assertThat(model.training().momentum().error()).isEmpty();
  }

  @Test
  void theCoresRangeChecksOnRateBatchAndWeightDecayLandOnTheirOwnFields() {
    model.training().learningRate().setText("200");
    model.training().batchSize().setText("0");
    model.training().weightDecay().setText("2");
    assertThat(model.training().learningRate().error())
        .isEqualTo("learning rate must be above 0 and at most 100, got 200.0");
    assertThat(model.training().batchSize().error())
        .isEqualTo("batch size must be between 1 and 65536, got 0");
    assertThat(model.training().weightDecay().error())
        .isEqualTo("weight decay must be between 0 and 1, got 2.0");
    assertThat(model.training().learningRateDecay().error()).isEmpty();
    assertThat(state.draftValidProperty().get()).isFalse();
  }

  @Test
  void stopAtIsOffWhenEmptyAndHandsOverAPercentAsAFraction() {
    assertThat(state.draftConfigProperty().get().hasStopTarget()).isFalse();
    model.training().stopAtAccuracy().setText("97.5");
    model.training().patience().setText("2");

    assertThat(state.draftValidProperty().get()).isTrue();
    assertThat(state.draftConfigProperty().get().stopAtAccuracy()).isEqualTo(0.975f);
    assertThat(state.draftConfigProperty().get().patience()).isEqualTo(2);

    model.training().stopAtAccuracy().setText("");
    model.training().patience().setText(" ");
    assertThat(state.draftConfigProperty().get().hasStopTarget()).isFalse();
  }

  @Test
  void aStopAtOutOfRangeIsMarkedOnItsOwnField() {
    model.training().stopAtAccuracy().setText("120");
    model.training().patience().setText("-1");

    assertThat(model.training().stopAtAccuracy().error())
        .isEqualTo("stop-at accuracy must be between 0 % and 100 %, got 120.0 %");
    assertThat(model.training().patience().error())
        .isEqualTo("patience must be between 0 and 1000 epochs, got -1");
    assertThat(model.training().learningRate().error()).isEmpty();
    assertThat(state.draftValidProperty().get()).isFalse();
  }

  @Test
  void dropoutAbove0point9IsRefused() {
    model.layers().get(0).dropout().setText("0.95");
    assertThat(model.layers().get(0).dropout().error())
        .isEqualTo("dropout must be between 0 and 0.9, got 0.95");
    model.layers().get(0).dropout().setText("0.5");
    assertThat(model.validProperty().get()).isTrue();
    assertThat(model.shapeTraceProperty().get()).contains("dropout(0.5) (64,256)");
  }

  @Test
  void theShapeTraceForBatch64IsTheTutorials() {
    assertThat(model.shapeTraceProperty().get())
        .isEqualTo(
            "(64,1,28,28) → flatten (64,784) → Linear (64,256) → sigmoid (64,256)"
                + " → Linear (64,10) → softmax (64,10)");
    assertThat(model.shapeSteps()).extracting(step -> step.parameters()).contains(200_960L, 2_570L);
    model.training().batchSize().setText("32");
    assertThat(model.shapeTraceProperty().get()).startsWith("(32,1,28,28) → flatten (32,784)");
  }

  @Test
  void eachPresetSetsItsNetworkAndRecipe() {
    model.applyPreset(NetworkPreset.LINEAR);
    assertThat(state.draftSpecProperty().get()).isEqualTo(NetworkSpec.mnist(List.of()));
    assertThat(model.parameterCountProperty().get()).isEqualTo("7,850 parameters");

    model.applyPreset(NetworkPreset.TWO_RELU);
    assertThat(state.draftSpecProperty().get())
        .isEqualTo(
            NetworkSpec.mnist(
                List.of(LayerSpec.of(128, Activation.RELU), LayerSpec.of(64, Activation.RELU))));
    assertThat(state.draftConfigProperty().get().optimizer()).isEqualTo(OptimizerKind.ADAM);
    assertThat(state.draftConfigProperty().get().learningRate()).isEqualTo(0.001f);
    assertThat(model.training().learningRate().text()).isEqualTo("0.001");

    model.applyPreset(NetworkPreset.TOO_HIGH);
    assertThat(state.draftConfigProperty().get().learningRate()).isEqualTo(50f);
    assertThat(model.presetProperty().get()).isEqualTo(NetworkPreset.TOO_HIGH);

    model.applyPreset(NetworkPreset.TUTORIAL);
    assertThat(state.draftSpecProperty().get()).isEqualTo(NetworkSpec.tutorial());
    assertThat(state.draftConfigProperty().get()).isEqualTo(TrainingConfig.tutorial());
    assertThat(model.training().batchSize().text()).isEqualTo("64");
    assertThat(model.training().epochs().text()).isEqualTo("5");
  }

  @Test
  void theLearningRateSliderAndTextFollowEachOther() {
    model.training().learningRateLog10Property().set(-3);
    assertThat(model.training().learningRate().text()).isEqualTo("0.001");
    model.training().learningRate().setText("0.03");
    assertThat(model.training().learningRateLog10Property().get())
        .isCloseTo(Math.log10(0.03), org.assertj.core.data.Offset.offset(1e-9));
    model.training().learningRate().setText("50"); // above the slider: kept as typed
    assertThat(model.training().learningRateLog10Property().get()).isEqualTo(1.0);
    assertThat(model.training().learningRate().text()).isEqualTo("50");
  }

  @Test
  void theCurrentModelsLayersCanBeCopiedIntoTheBuilder() {
    assertThat(model.currentModelProperty().get()).isEmpty();
    NetworkSpec bundled =
        NetworkSpec.mnist(
            List.of(LayerSpec.of(512, Activation.RELU), LayerSpec.of(256, Activation.RELU)));
    state.replaceModel(
        new ModelSummary(
            bundled,
            ModelMetadata.untrained(
                List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), "test"),
            null,
            false));
    assertThat(model.currentModelProperty().get())
        .isEqualTo("784-512-256-10 relu · 535,818 parameters, untrained");

    model.training().epochs().setText("two"); // typed settings stay as typed
    model.useCurrentModel();

    assertThat(state.draftSpecProperty().get()).isEqualTo(bundled);
    assertThat(model.layers())
        .extracting(layer -> layer.units().text())
        .containsExactly("512", "256");
    assertThat(model.training().epochs().text()).isEqualTo("two");
  }

  @Test
  void trainThisNetworkGoesToTheTrainPlace() {
    assertThat(model.trainThisNetwork()).isTrue();
    assertThat(navigator.shown).containsExactly(Place.TRAIN);
  }

  @DjlTest
  @Test
  void theTooHighPresetReallyDivergesInTheCore() throws Exception {
    Dataset data = DatasetLoader.bundledMnist().limit(3_000, 200);
    model.applyPreset(NetworkPreset.TOO_HIGH);
    try (ModelService service = new ModelService(EngineSettings.defaults())) {
      service.createNew(state.draftSpecProperty().get(), data.classNames(), 0).join();
      TrainingConfig config = state.draftConfigProperty().get();
      assertThatThrownBy(
              () ->
                  service
                      .train(data, config, TrainingListener.none(), new TrainingControl())
                      .join())
          .isInstanceOf(CompletionException.class)
          .cause()
          .isInstanceOf(TrainingDivergedException.class)
          .hasMessageContaining("at epoch 1");
    }
  }
}
