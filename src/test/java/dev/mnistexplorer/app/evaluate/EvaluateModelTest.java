package dev.mnistexplorer.app.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.app.TestContexts;
import dev.mnistexplorer.app.TestContexts.RecordingNavigator;
import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.app.common.SentDigit;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.data.DatasetLoader;
import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.mydigits.MyDigit;
import dev.mnistexplorer.core.mydigits.MyDigitStore;
import dev.mnistexplorer.core.service.ModelService;
import dev.mnistexplorer.core.training.Evaluation;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The Evaluate model without the toolkit, on the bundled network and 1,500 MNIST test images. */
@DjlTest
@Timeout(120)
class EvaluateModelTest {
  private static ModelService models;
  private static Dataset mnist;
  private static Dataset subset;

  private RecordingNavigator navigator;
  private AppContext context;
  private EvaluateModel model;

  @BeforeAll
  static void openTheBundledNetwork() throws Exception {
    models = new ModelService(EngineSettings.defaults());
    models.openBundled().join();
    mnist = DatasetLoader.bundledMnist();
    subset = mnist.limit(100, 1_500);
  }

  @AfterAll
  static void close() {
    models.close();
  }

  @BeforeEach
  void createModel() {
    navigator = new RecordingNavigator();
    context = TestContexts.direct(models, navigator);
    context.state().replaceDataset(subset);
    model = new EvaluateModel(context);
  }

  private Evaluation evaluated() {
    model.evaluate().join();
    assertThat(model.messageProperty().get()).isEmpty();
    return model.evaluatedProperty().get().evaluation();
  }

  @Test
  void accuracyAndConfusionMatchTheCoreEvaluation() {
    Evaluation shown = evaluated();
    Evaluation core = models.evaluate(subset.test()).join();

    assertThat(shown.count()).isEqualTo(1_500);
    assertThat(shown.accuracy()).isEqualTo(core.accuracy()).isGreaterThan(0.9f);
    assertThat(shown.confusion()).isDeepEqualTo(core.confusion());
    assertThat(model.runningProperty().get()).isFalse();
    assertThat(model.staleProperty().get()).isFalse();
  }

  @Test
  void theConfusionCellsSumToTheNumberOfTestImages() {
    Evaluation shown = evaluated();

    int sum = Arrays.stream(shown.confusion()).flatMapToInt(Arrays::stream).sum();
    int diagonal = IntStream.range(0, 10).map(k -> shown.confusion()[k][k]).sum();
    assertThat(sum).isEqualTo(1_500);
    assertThat(1_500 - diagonal).isEqualTo(shown.misclassified().size());
  }

  @Test
  void selectingAnOffDiagonalCellListsExactlyTheImagesWithThatLabelAndPrediction() {
    Evaluation shown = evaluated();
    EvaluateText.ConfusedPair pair = EvaluateText.mostConfused(shown.confusion()).orElseThrow();

    model.selectCell(new MatrixCell(pair.actual(), pair.predicted()));

    List<Integer> listed = model.cellIndices();
    assertThat(listed).hasSize(pair.count()).isNotEmpty();
    List<Integer> wrongOnes =
        shown.misclassified().stream()
            .filter(m -> m.label() == pair.actual() && m.predicted() == pair.predicted())
            .map(Evaluation.Misclassified::index)
            .toList();
    assertThat(listed).containsExactlyElementsOf(wrongOnes);
    for (int index : listed) {
      float[] probabilities = models.predict(subset.test().imageUnit(index)).join();
      assertThat(subset.test().label(index)).isEqualTo(pair.actual());
      assertThat(argMax(probabilities)).isEqualTo(pair.predicted());
    }
  }

  @Test
  void aDiagonalCellListsTheCorrectlyClassifiedImagesOfThatClass() {
    Evaluation shown = evaluated();

    model.selectCell(new MatrixCell(3, 3));

    assertThat(model.cellIndices()).hasSize(shown.confusion()[3][3]);
    assertThat(model.cellIndices())
        .allSatisfy(index -> assertThat(subset.test().label(index)).isEqualTo(3))
        .allSatisfy(index -> assertThat(shown.predictions()[index]).isEqualTo(3));
  }

  @Test
  void choosingADigitGivesTheNetworksProbabilitiesForIt() {
    Evaluation shown = evaluated();
    model.showMostConfused().join();

    DigitAnswer answer = model.answerProperty().get();
    MatrixCell cell = model.selectedCellProperty().get();
    assertThat(answer.index()).isEqualTo(model.cellIndices().get(0));
    assertThat(answer.label()).isEqualTo(cell.actual());
    assertThat(answer.predicted()).isEqualTo(cell.predicted()).isNotEqualTo(answer.label());
    assertThat(answer.probabilities()).hasSize(10);
    assertThat(shown.predictions()[answer.index()]).isEqualTo(cell.predicted());
  }

  @Test
  void sendToPredictSharesTheDigitAndShowsPredict() {
    evaluated();
    model.selectCell(new MatrixCell(7, 7));
    int index = model.cellIndices().get(2);
    model.selectDigit(index).join();

    model.sendToPredict();

    SentDigit sent = context.state().digitForPredictProperty().get();
    assertThat(sent.source()).isEqualTo("MNIST test #" + index);
    assertThat(sent.label()).isEqualTo(7);
    assertThat(sent.pixels()).containsExactly(subset.test().imageUnit(index));
    assertThat(navigator.shown).containsExactly(Place.PREDICT);
  }

  @Test
  void sendToInspectSharesTheDigitAndShowsInspect() {
    evaluated();
    model.selectCell(new MatrixCell(7, 7));
    int index = model.cellIndices().get(2);
    model.selectDigit(index).join();

    model.sendToInspect();

    SentDigit sent = context.state().digitForInspectProperty().get();
    assertThat(sent.source()).isEqualTo("MNIST test #" + index);
    assertThat(sent.label()).isEqualTo(7);
    assertThat(sent.pixels()).containsExactly(subset.test().imageUnit(index));
    assertThat(navigator.shown).containsExactly(Place.INSPECT);
  }

  @Test
  void itEvaluatesByItselfOnlyWhenShownAndTheWeightsOrTheDatasetChanged() {
    AtomicInteger runs = new AtomicInteger();
    model.evaluatedProperty().addListener(observable -> runs.incrementAndGet());

    model.showingProperty().set(true);
    model.lastRun().join();
    assertThat(runs).hasValue(1);

    model.showingProperty().set(false);
    model.showingProperty().set(true);
    model.refreshIfStale();
    assertThat(runs).hasValue(1);

    context.state().weightsChanged();
    model.lastRun().join();
    assertThat(runs).hasValue(2);

    context.state().trainingRunning(true);
    context.state().weightsChanged();
    assertThat(runs).hasValue(2);
    assertThat(model.staleProperty().get()).isTrue();
    context.state().trainingRunning(false);
    model.lastRun().join();
    assertThat(runs).hasValue(3);

    Dataset smaller = mnist.limit(100, 1_000);
    context.state().replaceDataset(smaller);
    model.lastRun().join();
    assertThat(runs).hasValue(4);
    assertThat(model.evaluatedProperty().get().evaluation().count()).isEqualTo(1_000);

    model.showingProperty().set(false);
    context.state().weightsChanged();
    assertThat(runs).hasValue(4);
    assertThat(model.staleProperty().get()).isTrue();
  }

  @Test
  void theChosenCellAndDigitSurviveAReEvaluation() {
    evaluated();
    model.selectCell(new MatrixCell(2, 2));
    int index = model.cellIndices().get(0);
    model.selectDigit(index).join();

    context.state().weightsChanged();
    model.evaluate().join();

    assertThat(model.selectedCellProperty().get()).isEqualTo(new MatrixCell(2, 2));
    assertThat(model.cellIndices()).contains(index);
    assertThat(model.answerProperty().get().index()).isEqualTo(index);
  }

  @Test
  void aDatasetWithAnotherNumberOfClassesIsExplainedNotEvaluated() {
    context
        .state()
        .replaceDataset(
            new Dataset("Three", List.of("a", "b", "c"), subset.train(), subset.test()));

    model.evaluate().join();

    assertThat(model.evaluatedProperty().get()).isNull();
    assertThat(model.messageProperty().get())
        .contains("10 outputs")
        .contains("Three has 3 classes");
  }

  @Test
  void withoutADatasetItSaysWhatItIsWaitingFor() {
    context.state().replaceDataset(null);

    model.evaluate().join();

    assertThat(model.messageProperty().get()).isEqualTo("Waiting for the dataset to load…");
    assertThat(model.runningProperty().get()).isFalse();
  }

  private static int argMax(float[] values) {
    int best = 0;
    for (int k = 1; k < values.length; k++) {
      if (values[k] > values[best]) {
        best = k;
      }
    }
    return best;
  }

  @Test
  void myDigitsAreEvaluatedAllOfThem() {
    List<MyDigit> mine =
        IntStream.range(0, 7)
            .mapToObj(
                i -> MyDigit.fromUnit(mnist.test().label(i), mnist.test().imageUnit(i), List.of()))
            .toList();
    context.state().replaceDataset(MyDigitStore.dataset(mine));

    Evaluation shown = evaluated();

    assertThat(shown.count()).isEqualTo(7);
    assertThat(Arrays.stream(shown.confusion()).flatMapToInt(Arrays::stream).sum()).isEqualTo(7);
  }

  @Test
  void anEmptyMyDigitsSaysHowToFillIt() {
    context.state().replaceDataset(MyDigitStore.dataset(List.of()));

    model.evaluate().join();

    assertThat(model.messageProperty().get())
        .startsWith("My digits is empty: draw digits in the Predict place");
    assertThat(model.evaluatedProperty().get()).isNull();
  }
}
