package dev.mnistexplorer.app.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.app.TestContexts;
import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.SharedState;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.data.DatasetLoader;
import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.network.Activation;
import dev.mnistexplorer.core.network.LayerSpec;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.service.ModelService;
import dev.mnistexplorer.core.training.OptimizerKind;
import dev.mnistexplorer.core.training.TrainingConfig;
import dev.mnistexplorer.core.training.TrainingResult;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Training place's model with a real network and no toolkit: "FX" callbacks run on whichever
 * thread calls them (the ML thread for training events), so each test waits on the run's future.
 */
@DjlTest
class TrainingModelTest {
  private static ModelService models;
  private static Dataset small;

  private AppContext context;
  private SharedState state;
  private TrainingModel model;

  @BeforeAll
  static void startEngine() throws Exception {
    models = new ModelService(EngineSettings.defaults());
    models.start().get(60, TimeUnit.SECONDS);
    small = DatasetLoader.bundledMnist().limit(2_000, 500);
  }

  @AfterAll
  static void closeEngine() {
    models.close();
  }

  @BeforeEach
  void newModel() {
    context = TestContexts.direct(models, new TestContexts.RecordingNavigator());
    state = context.state();
    state.replaceDataset(small);
    state.engineStarted("CPU");
    state.changeDraft(
        state.draftSpecProperty().get(),
        TrainingConfig.tutorial().withEpochs(2),
        state.draftValidProperty().get());
    model = new TrainingModel(context);
  }

  private static TrainingResult await(CompletableFuture<TrainingResult> run) throws Exception {
    return run.get(120, TimeUnit.SECONDS);
  }

  @Test
  void aTwoEpochRunFillsTheChartsAndGivesTheModelItsAccuracy() throws Exception {
    TrainingResult result = await(model.start());

    assertThat(result.epochs()).hasSize(2);
    assertThat(model.phaseProperty().get()).isEqualTo(RunPhase.FINISHED);
    assertThat(model.curves().trainLoss().points()).hasSizeGreaterThan(2);
    assertThat(model.curves().trainAccuracy().points()).hasSizeGreaterThan(2);
    assertThat(model.curves().testAccuracy().points())
        .extracting(ChartPoint::x)
        .containsExactly(1.0, 2.0);
    assertThat(model.progress().overallProperty().get()).isEqualTo(1.0);
    assertThat(model.progress().testAccuracyTextProperty().get()).endsWith("%");
    assertThat(state.modelProperty().get().metadata().epochs()).isEqualTo(2);
    assertThat(state.modelProperty().get().metadata().testAccuracy())
        .isEqualTo(result.testAccuracy());
    assertThat(state.trainingProperty().get()).isFalse();
    assertThat(state.weightsVersionProperty().get()).isGreaterThan(2);
    assertThat(model.banner().kindProperty().get()).isEqualTo(BannerKind.SUCCESS);
    assertThat(model.banner().textProperty().get()).contains("test accuracy").contains("%");
    assertThat(context.tasks().messageProperty().get()).startsWith("Training finished");
    assertThat(context.tasks().progressProperty().get()).isZero();
    assertThat(model.canStartProperty().get()).isTrue();

    // Another network replaces the trained one: the place's words about the run go with it.
    state.replaceModel(models.openBundled().get(60, TimeUnit.SECONDS));
    assertThat(context.tasks().messageProperty().get()).isEmpty();
  }

  @Test
  void aPausedRunWaitsUntilResumed() throws Exception {
    CompletableFuture<TrainingResult> run = model.start();
    model.togglePause();
    assertThat(model.phaseProperty().get()).isEqualTo(RunPhase.PAUSED);

    Thread.sleep(500);
    assertThat(run).isNotDone();
    assertThat(state.trainingProperty().get()).isTrue();

    model.togglePause();
    TrainingResult result = await(run);
    assertThat(result.cancelled()).isFalse();
    assertThat(result.epochs()).hasSize(2);
  }

  @Test
  void stopCancelsTheRunAndStartWorksAgain() throws Exception {
    state.changeDraft(
        state.draftSpecProperty().get(),
        TrainingConfig.tutorial().withEpochs(50),
        state.draftValidProperty().get());
    CompletableFuture<TrainingResult> run = model.start();
    model.stop();
    assertThat(model.phaseProperty().get()).isEqualTo(RunPhase.STOPPING);

    TrainingResult result = await(run);
    assertThat(result.cancelled()).isTrue();
    assertThat(result.epochs().size()).isLessThan(50);
    assertThat(model.phaseProperty().get()).isEqualTo(RunPhase.STOPPED);
    assertThat(model.banner().kindProperty().get()).isEqualTo(BannerKind.INFO);
    assertThat(state.trainingProperty().get()).isFalse();
    assertThat(model.canStartProperty().get()).isTrue();
  }

  @Test
  void cancelForShutdownEndsARunningRunAndAsksOnce() throws Exception {
    state.changeDraft(
        state.draftSpecProperty().get(),
        TrainingConfig.tutorial().withEpochs(50),
        state.draftValidProperty().get());
    CompletableFuture<TrainingResult> run = model.start();
    while (model.progress().overallProperty().get() == 0 && !run.isDone()) {
      Thread.sleep(10);
    }

    assertThat(model.cancelForShutdown()).isTrue();
    assertThat(model.cancelForShutdown()).as("the second close asks nothing").isFalse();

    assertThat(run.get(5, TimeUnit.SECONDS).cancelled()).isTrue();
  }

  @Test
  void aDivergingRunShowsTheCoreMessageAndStartWorksAgain() {
    state.changeDraft(
        NetworkSpec.mnist(
            List.of(LayerSpec.of(64, Activation.IDENTITY), LayerSpec.of(64, Activation.IDENTITY))),
        state.draftConfigProperty().get(),
        state.draftValidProperty().get());
    state.changeDraft(
        state.draftSpecProperty().get(),
        TrainingConfig.tutorial().withOptimizer(OptimizerKind.SGD, 100f),
        state.draftValidProperty().get());

    assertThatThrownBy(() -> await(model.start())).isInstanceOf(ExecutionException.class);

    assertThat(model.phaseProperty().get()).isEqualTo(RunPhase.FAILED);
    assertThat(model.banner().kindProperty().get()).isEqualTo(BannerKind.ERROR);
    assertThat(model.banner().textProperty().get())
        .contains("the loss became")
        .contains("lower the learning rate");
    assertThat(state.trainingProperty().get()).isFalse();
    assertThat(model.canStartProperty().get()).isTrue();
  }

  @Test
  void oneMoreEpochAddsAnEpochToTheSameNetworkAndContinuesItsCurves() throws Exception {
    state.changeDraft(
        state.draftSpecProperty().get(),
        TrainingConfig.tutorial().withEpochs(1),
        state.draftValidProperty().get());
    await(model.start());
    assertThat(state.modelProperty().get().metadata().epochs()).isEqualTo(1);
    assertThat(model.canOneMoreEpochProperty().get()).isTrue();

    await(model.oneMoreEpoch());

    assertThat(state.modelProperty().get().metadata().epochs()).isEqualTo(2);
    assertThat(model.curves().testAccuracy().points())
        .extracting(ChartPoint::x)
        .containsExactly(1.0, 2.0);
    assertThat(model.progress().chartToProperty().get()).isEqualTo(2.0);
  }

  @Test
  void aQuickRunTrainsOnTheFirstImagesOnly() throws Exception {
    state.replaceDataset(
        DatasetLoader.bundledMnist().limit(TrainingModel.QUICK_RUN_IMAGES + 2_000, 500));
    state.changeDraft(
        state.draftSpecProperty().get(),
        TrainingConfig.tutorial().withEpochs(1).withBatchSize(500),
        state.draftValidProperty().get());
    model.quickRunProperty().set(true);

    await(model.start());

    assertThat(model.progress().imagesTextProperty().get()).isEqualTo("10,000 training images");
  }

  @Test
  void reportsComeOftenEnoughForSmoothCurves() {
    TrainingConfig tutorial = TrainingConfig.tutorial();
    Dataset quick = small.limit(10_000, 10); // 2,000 images: 32 batches
    assertThat(TrainingCurves.smoothReportInterval(quick.train().count(), tutorial.batchSize()))
        .isEqualTo(5);
    assertThat(TrainingModel.withSmoothReports(tutorial, quick).reportEveryBatches()).isEqualTo(5);
    assertThat(
            TrainingModel.withSmoothReports(tutorial.withReportEveryBatches(3), quick)
                .reportEveryBatches())
        .isEqualTo(3);
  }
}
