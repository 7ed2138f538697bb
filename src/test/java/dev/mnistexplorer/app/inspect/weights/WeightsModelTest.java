package dev.mnistexplorer.app.inspect.weights;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.app.TestContexts;
import dev.mnistexplorer.app.TestContexts.RecordingNavigator;
import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.data.DatasetLoader;
import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.inspect.Excitation;
import dev.mnistexplorer.core.inspect.LayerWeights;
import dev.mnistexplorer.core.network.Activation;
import dev.mnistexplorer.core.network.LayerSpec;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.service.Inspector;
import dev.mnistexplorer.core.service.ModelService;
import dev.mnistexplorer.core.training.BatchProgress;
import dev.mnistexplorer.core.training.TrainingConfig;
import dev.mnistexplorer.core.training.TrainingControl;
import dev.mnistexplorer.core.training.TrainingListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The weights model without the toolkit, on the bundled network (784-512-256-10). */
@DjlTest
@Timeout(120)
class WeightsModelTest {
  private static ModelService models;
  private static Dataset subset;

  private AppContext context;

  @BeforeAll
  static void openTheBundledNetwork() throws Exception {
    models = new ModelService(EngineSettings.defaults());
    models.openBundled().join();
    subset = DatasetLoader.bundledMnist().limit(100, 1_000);
  }

  @AfterAll
  static void close() {
    models.close();
  }

  @BeforeEach
  void createContext() {
    context = TestContexts.direct(models, new RecordingNavigator());
    context.state().replaceDataset(subset);
  }

  private WeightsModel shownModel(Duration interval) throws Exception {
    WeightsModel model = new WeightsModel(context, interval);
    model.showingProperty().set(true);
    model.whenIdle().get(30, TimeUnit.SECONDS);
    return model;
  }

  @Test
  void showingAsksForTheFirstLayersWeights() throws Exception {
    WeightsModel model = shownModel(Duration.ZERO);

    LayerWeights weights = model.weightsProperty().get();
    assertThat(model.messageProperty().get()).isEmpty();
    assertThat(weights.units()).isEqualTo(512);
    assertThat(weights.inputs()).isEqualTo(784);
    assertThat(weights.outputLayer()).isFalse();
    assertThat(weights.version()).isEqualTo(models.weightsVersion());
    assertThat(model.snapshotsAsked()).isEqualTo(1);
  }

  @Test
  void nothingIsAskedWhileHidden() {
    WeightsModel model = new WeightsModel(context, Duration.ZERO);
    context.state().weightsChanged();
    context.state().weightsChanged();

    assertThat(model.snapshotsAsked()).isZero();
    assertThat(model.weightsProperty().get()).isNull();
  }

  @Test
  void aBurstOfWeightChangesAsksForFewSnapshotsAndEndsOnTheLatest() throws Exception {
    WeightsModel model = shownModel(WeightsModel.DEFAULT_INTERVAL);
    int before = model.snapshotsAsked();

    for (int batch = 0; batch < 50; batch++) {
      context.state().weightsChanged();
    }
    model.whenIdle().get(10, TimeUnit.SECONDS);

    // The burst takes far less than the interval: one snapshot after it, none for each change.
    assertThat(model.snapshotsAsked() - before).isBetween(1, 2);
  }

  @Test
  void choosingAUnitFindsTheSixteenTestDigitsThatExciteItMost() throws Exception {
    WeightsModel model = shownModel(Duration.ZERO);

    model.select(12).get(30, TimeUnit.SECONDS);

    ExcitingDigits exciting = model.excitingDigitsProperty().get();
    List<Excitation> expected =
        context.inspector().topDigits(12, subset.test(), Inspector.TOP_DIGITS).join();
    assertThat(model.selectedUnitProperty().get()).isEqualTo(12);
    assertThat(exciting.unit()).isEqualTo(12);
    assertThat(exciting.digits()).hasSize(16).isEqualTo(expected);
    assertThat(exciting.digits().get(0).activation())
        .isGreaterThanOrEqualTo(exciting.digits().get(15).activation());
    assertThat(exciting.pixels(0)).isEqualTo(subset.test().imageUnit(expected.get(0).index()));
  }

  @Test
  void choosingNoUnitOrOneOutOfRangeClearsTheChoice() throws Exception {
    WeightsModel model = shownModel(Duration.ZERO);
    model.select(3).get(30, TimeUnit.SECONDS);

    model.select(512).join();

    assertThat(model.selectedUnitProperty().get()).isEqualTo(-1);
    assertThat(model.excitingDigitsProperty().get()).isNull();
  }

  @Test
  void aNetworkWithoutHiddenLayersShowsTheTenTemplates() throws Exception {
    try {
      models.createNew(NetworkSpec.mnist(List.of()), subset.classNames(), 7).join();
      context.state().weightsChanged();
      WeightsModel model = shownModel(Duration.ZERO);

      LayerWeights weights = model.weightsProperty().get();
      assertThat(weights.units()).isEqualTo(10);
      assertThat(weights.outputLayer()).isTrue();
    } finally {
      models.openBundled().join();
    }
  }

  @Test
  void choosingAUnitDuringTrainingStillFindsItsDigits() throws Exception {
    WeightsModel model = shownModel(Duration.ZERO);
    context.state().trainingRunning(true);

    model.select(5).get(30, TimeUnit.SECONDS);

    assertThat(model.excitingDigitsProperty().get().digits()).hasSize(16);
  }

  @Test
  void duringTrainingTheTilesFollowTheWeightsAFewTimesASecondAndEndOnTheTrainedOnes()
      throws Exception {
    Dataset data = DatasetLoader.bundledMnist().limit(6_000, 200);
    try {
      NetworkSpec small = NetworkSpec.mnist(List.of(LayerSpec.of(64, Activation.RELU)));
      models.createNew(small, data.classNames(), 1).join();
      context.state().weightsChanged();
      WeightsModel model = shownModel(WeightsModel.DEFAULT_INTERVAL);
      int before = model.snapshotsAsked();
      AtomicInteger batches = new AtomicInteger();
      TrainingListener everyBatch =
          new TrainingListener() {
            @Override
            public void progress(BatchProgress progress) {
              batches.incrementAndGet();
              context.state().weightsChanged();
            }
          };
      TrainingConfig config =
          TrainingConfig.tutorial().withEpochs(1).withBatchSize(32).withReportEveryBatches(1);

      long start = System.nanoTime();
      models.train(data, config, everyBatch, new TrainingControl()).join();
      long millis = (System.nanoTime() - start) / 1_000_000;
      context.state().weightsChanged();
      model.whenIdle().get(10, TimeUnit.SECONDS);

      assertThat(batches.get()).isGreaterThan(100);
      assertThat(model.weightsProperty().get().units()).isEqualTo(64);
      assertThat(model.weightsProperty().get().version()).isEqualTo(models.weightsVersion());
      // At most one snapshot per interval while the batches ran, and one for the end.
      assertThat(model.snapshotsAsked() - before)
          .isBetween(1, (int) (millis / WeightsModel.DEFAULT_INTERVAL.toMillis()) + 2);
    } finally {
      models.openBundled().join();
    }
  }
}
