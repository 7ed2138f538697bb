package dev.mnistexplorer.app.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.app.TestContexts;
import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.SentDigit;
import dev.mnistexplorer.app.common.SharedState;
import dev.mnistexplorer.core.TestData;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.history.CurvesCsv;
import dev.mnistexplorer.core.history.RunEnd;
import dev.mnistexplorer.core.history.RunHistory;
import dev.mnistexplorer.core.history.RunRecord;
import dev.mnistexplorer.core.network.Activation;
import dev.mnistexplorer.core.network.LayerSpec;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.service.ModelService;
import dev.mnistexplorer.core.service.ModelSummary;
import dev.mnistexplorer.core.training.StopReason;
import dev.mnistexplorer.core.training.TrainingConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run history with real (tiny) runs and no toolkit: everything "FX" runs where it is called.
 */
@DjlTest
class RunHistoryModelTest {
  private static final NetworkSpec RELU =
      NetworkSpec.mnist(List.of(LayerSpec.of(32, Activation.RELU)));
  private static final NetworkSpec SIGMOID =
      NetworkSpec.mnist(List.of(LayerSpec.of(32, Activation.SIGMOID)));
  private static final TrainingConfig ONE_EPOCH = TrainingConfig.tutorial().withEpochs(1);

  private static ModelService models;
  private static Dataset small;

  @TempDir Path dir;
  private AppContext context;
  private SharedState state;
  private TrainingModel training;
  private RunHistoryModel history;

  @BeforeAll
  static void startEngine() throws Exception {
    models = new ModelService(EngineSettings.defaults());
    models.start().get(60, TimeUnit.SECONDS);
    small = TestData.mnist(640, 200);
  }

  @AfterAll
  static void closeEngine() {
    models.close();
  }

  @BeforeEach
  void newModels() {
    context = TestContexts.direct(models, new TestContexts.RecordingNavigator());
    state = context.state();
    state.replaceDataset(small);
    state.engineStarted("CPU");
    history = new RunHistoryModel(context);
    training = new TrainingModel(context, history);
  }

  private void train(NetworkSpec spec, TrainingConfig config) throws Exception {
    training.startWith(spec, config).get(120, TimeUnit.SECONDS);
    models.weights().join(); // the ML thread has also handed over the run's final weights
  }

  @Test
  void everyRunIsRecordedNewestFirstAndKeptOnDisk() throws Exception {
    train(SIGMOID, ONE_EPOCH);
    train(RELU, ONE_EPOCH.withEpochs(2));

    assertThat(history.runs()).extracting(run -> run.spec()).containsExactly(RELU, SIGMOID);
    RunRecord relu = history.runs().get(0);
    assertThat(relu.epochs()).isEqualTo(2);
    assertThat(relu.end()).isEqualTo(RunEnd.FINISHED);
    assertThat(relu.device()).isEqualTo("CPU");
    assertThat(relu.config().epochs()).isEqualTo(2);
    assertThat(relu.finalTestAccuracy())
        .isEqualTo(state.modelProperty().get().metadata().testAccuracy());
    assertThat(relu.testAccuracy().size()).isEqualTo(2);
    assertThat(relu.trainLoss().size()).isGreaterThan(2);
    assertThat(relu.imagesPerSecond()).isPositive();

    RunHistory.Loaded onDisk = RunHistory.in(context.folders()).load();
    assertThat(onDisk.runs())
        .extracting(RunRecord::id)
        .containsExactly(history.runs().get(1).id(), relu.id());
  }

  @Test
  void theHistorySurvivesARestartButTheWeightsDoNot() throws Exception {
    train(SIGMOID, ONE_EPOCH);

    RunHistoryModel later = new RunHistoryModel(context);
    later.compareLatest(1);
    state.padDigitChanged(new SentDigit(TestData.mnist(1, 1).test().imageUnit(0), "t", -1));

    assertThat(later.runs()).extracting(RunRecord::id).containsExactly(history.runs().get(0).id());
    assertThat(later.answers())
        .singleElement()
        .satisfies(
            answer -> {
              assertThat(answer.probabilities()).isNull();
              assertThat(answer.note()).startsWith("Weights not kept");
            });
  }

  @Test
  void comparingTheLatestTwoShowsBothCurvesAndBothAnswersOldestFirst() throws Exception {
    train(SIGMOID, ONE_EPOCH);
    train(RELU, ONE_EPOCH);

    training.compareLatestRuns(2);

    assertThat(history.shownProperty().get()).isTrue();
    assertThat(history.selected()).extracting(RunRecord::spec).containsExactly(SIGMOID, RELU);
    List<CurvesCsv.Series> curves = history.shownCurves();
    assertThat(curves)
        .extracting(CurvesCsv.Series::network)
        .containsExactly("784-32-10 sigmoid", "784-32-10 relu");
    assertThat(curves).extracting(CurvesCsv.Series::metric).containsOnly("test accuracy %");
    assertThat(curves.get(0).curve().size()).isEqualTo(1);

    assertThat(history.answers())
        .extracting(RunAnswer::note)
        .allMatch(note -> note.startsWith("Draw"));
    float[] seven = TestData.mnist(1, 1).test().imageUnit(0);
    state.padDigitChanged(new SentDigit(seven, "test image 0", 7));

    assertThat(history.answers()).hasSize(2);
    for (RunAnswer answer : history.answers()) {
      float sum = 0;
      for (float p : answer.probabilities()) {
        sum += p;
      }
      assertThat(sum).isCloseTo(1f, within(1e-4f));
    }
    assertThat(history.answers().get(0).probabilities())
        .isNotEqualTo(history.answers().get(1).probabilities());

    history.metricProperty().set(CompareMetric.TRAIN_LOSS);
    assertThat(history.shownCurves())
        .extracting(CurvesCsv.Series::metric)
        .containsOnly("training loss");
  }

  @Test
  void deletingARunRemovesItFromTheListTheSelectionAndTheDisk() throws Exception {
    train(SIGMOID, ONE_EPOCH);
    train(RELU, ONE_EPOCH);
    training.compareLatestRuns(2);
    String gone = history.runs().get(0).id();

    history.delete(List.of(gone)).join();

    assertThat(history.runs()).extracting(RunRecord::id).doesNotContain(gone).hasSize(1);
    assertThat(history.selected()).hasSize(1);
    assertThat(RunHistory.in(context.folders()).load().runs()).hasSize(1);
    assertThat(history.messageProperty().get()).isEqualTo("Deleted 1 run");
  }

  @Test
  void theShownCurvesExportAsCsv() throws Exception {
    train(SIGMOID, ONE_EPOCH);
    training.compareLatestRuns(1);
    Path file = dir.resolve("curves.csv");

    history.exportCsv(file).join();

    List<String> lines = Files.readAllLines(file);
    assertThat(lines.get(0)).isEqualTo(CurvesCsv.HEADER);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).contains("784-32-10 sigmoid", "SGD 0.1", "test accuracy %", ",1,");
    assertThat(history.messageProperty().get()).contains("curves.csv");
  }

  @Test
  void anExportToAFolderSaysWhatIsWrong() throws Exception {
    train(SIGMOID, ONE_EPOCH);
    training.compareLatestRuns(1);

    history.exportCsv(dir).handle((ok, error) -> null).join();

    assertThat(history.messageProperty().get()).contains("is a folder");
  }

  @Test
  void savingTheNetworkARunLeftGivesThatRunItsFile() throws Exception {
    train(SIGMOID, ONE_EPOCH);
    Path file = dir.resolve("sigmoid.mnx");

    ModelSummary saved = models.save(file).join();
    state.replaceModel(saved);

    assertThat(history.runs().get(0).savedModel()).isEqualTo(file);
    assertThat(RunHistory.in(context.folders()).load().runs().get(0).savedModel()).isEqualTo(file);
  }

  @Test
  void aRunThatReachesItsTargetEndsByItselfAndSaysSo() throws Exception {
    train(SIGMOID, ONE_EPOCH.withEpochs(4).withStopAt(0.10f, 0));

    RunRecord run = history.runs().get(0);
    assertThat(run.end()).isEqualTo(RunEnd.AT_TARGET);
    assertThat(run.epochs()).isEqualTo(1);
    assertThat(run.endDetail()).contains("≥ 10 %");
    assertThat(run.stopReason().rule()).isEqualTo(StopReason.Rule.ACCURACY_REACHED);
    assertThat(run.stopReason().target()).isEqualTo(0.10f);
    assertThat(training.phaseProperty().get()).isEqualTo(RunPhase.FINISHED);
    assertThat(training.banner().textProperty().get())
        .startsWith("Stopped at target: test accuracy");
  }
}
