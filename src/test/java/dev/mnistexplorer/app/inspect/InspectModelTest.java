package dev.mnistexplorer.app.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.app.TestContexts;
import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.SentDigit;
import dev.mnistexplorer.app.common.SharedState;
import dev.mnistexplorer.core.data.DatasetLoader;
import dev.mnistexplorer.core.data.LabeledImages;
import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.inspect.ForwardPass;
import dev.mnistexplorer.core.service.ModelService;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The Inspect model with the real bundled network, without the toolkit. */
@DjlTest
@Timeout(60)
class InspectModelTest {
  /** The bundled network: two hidden ReLU layers. */
  private static final List<String> BUNDLED_STAGES =
      List.of(
          "input",
          "normalised",
          "flattened",
          "linear1",
          "relu1",
          "linear2",
          "relu2",
          "logits",
          "softmax");

  private static ModelService models;
  private static LabeledImages testDigits;
  private AppContext context;
  private SharedState state;
  private InspectModel model;

  @BeforeAll
  static void openBundledModel() throws Exception {
    models = new ModelService(EngineSettings.defaults());
    models.openBundled().join();
    testDigits = DatasetLoader.bundledMnist().test().limit(20);
  }

  @AfterAll
  static void close() {
    models.close();
  }

  @BeforeEach
  void createModel() {
    context = TestContexts.direct(models, new TestContexts.RecordingNavigator());
    state = context.state();
    state.replaceModel(models.current());
    model = new InspectModel(context);
    model.showingProperty().set(true);
  }

  private SentDigit testDigit(int index) {
    return new SentDigit(
        testDigits.imageUnit(index), "MNIST test #" + index, testDigits.label(index));
  }

  private ForwardPass settledPass() {
    model.whenSettled().join();
    return model.passProperty().get();
  }

  @Test
  void thePadsOwnDigitSentFromPredictMeansFollowThePadAgain() {
    SentDigit drawn = testDigit(3);
    state.padDigitChanged(drawn);
    state.sendToInspect(testDigit(7));
    assertThat(model.followingProperty().get()).isFalse();

    state.sendToInspect(drawn);

    assertThat(model.followingProperty().get()).isTrue();
    assertThat(model.digitProperty().get()).isSameAs(drawn);
    state.padDigitChanged(testDigit(5));
    assertThat(model.digitProperty().get().source()).isEqualTo("MNIST test #5");
  }

  @Test
  void aBlankPadShowsNoPass() {
    assertThat(model.followingProperty().get()).isTrue();
    assertThat(model.digitProperty().get()).isNull();
    assertThat(model.passProperty().get()).isNull();
  }

  @Test
  void aSentDigitGoesThroughEveryStageOfTheBundledNetworkByHand() {
    state.sendToInspect(testDigit(0));

    ForwardPass pass = settledPass();
    assertThat(pass.names()).isEqualTo(BUNDLED_STAGES);
    int units = models.current().spec().hidden().get(0).units();
    assertThat(pass.stage("linear1").shape()).containsExactly(1, units);
    assertThat(pass.stage("flattened").shape()).containsExactly(1, 784);
    assertThat(pass.stage("softmax").shape()).containsExactly(1, 10);
    assertThat(pass.predicted()).isEqualTo(testDigits.label(0));
    assertThat(model.comparisonProperty().get()).isNull();
    assertThat(model.followingProperty().get()).isFalse();
    assertThat(model.digitProperty().get().source()).isEqualTo("MNIST test #0");
    assertThat(model.errorProperty().get()).isEmpty();
  }

  @Test
  void byLayerShowsTheLayersNumbersAndHowLittleTheyDifferFromTheHandComputation() {
    state.sendToInspect(testDigit(1));
    ForwardPass byHand = settledPass();

    model.byLayerProperty().set(true);

    ForwardPass byLayer = settledPass();
    var comparison = model.comparisonProperty().get();
    assertThat(comparison).isNotNull();
    assertThat(byLayer).isSameAs(comparison.byLayer());
    assertThat(byLayer.names()).isEqualTo(byHand.names());
    assertThat(comparison.maxAbsDifference("softmax")).isLessThan(1e-5f);
    assertThat(comparison.largestDifference()).isLessThan(1e-3f);
  }

  @Test
  void thePadIsFollowedUntilADigitIsSentAndAgainWhenAsked() {
    SentDigit drawn = new SentDigit(testDigits.imageUnit(2), "", -1);
    state.padDigitChanged(drawn);
    assertThat(model.digitProperty().get()).isSameAs(drawn);
    assertThat(settledPass()).isNotNull();

    state.sendToInspect(testDigit(3));
    state.padDigitChanged(new SentDigit(testDigits.imageUnit(4), "", -1));
    assertThat(model.digitProperty().get().source()).isEqualTo("MNIST test #3");

    state.padDigitChanged(null);
    model.followPad();
    assertThat(model.followingProperty().get()).isTrue();
    assertThat(model.digitProperty().get()).isNull();
    assertThat(model.passProperty().get()).isNull();
  }

  @Test
  void nothingIsComputedWhileHiddenAndTheDigitIsCaughtUpWhenShown() {
    model.showingProperty().set(false);
    state.sendToInspect(testDigit(5));
    assertThat(model.passProperty().get()).isNull();

    model.showingProperty().set(true);

    assertThat(settledPass().predicted()).isEqualTo(testDigits.label(5));
  }

  @Test
  void newWeightsAreInspectedAgain() {
    state.sendToInspect(testDigit(6));
    ForwardPass before = settledPass();

    state.weightsChanged();

    assertThat(settledPass()).isNotSameAs(before);
  }

  @Test
  void duringTrainingTheWeightsAreFollowedAtMostFourTimesASecondWithTheLastChangeIncluded()
      throws Exception {
    state.sendToInspect(testDigit(7));
    settledPass();
    AtomicInteger passes = new AtomicInteger();
    model.passProperty().addListener(o -> passes.incrementAndGet());

    state.trainingRunning(true); // computes once at once
    for (int batch = 0; batch < 20; batch++) {
      state.weightsChanged();
    }
    assertThat(passes).hasValue(1);

    long deadline = System.currentTimeMillis() + 5_000;
    while (passes.get() < 2 && System.currentTimeMillis() < deadline) {
      Thread.sleep(20);
    }
    model.whenSettled().join();
    assertThat(passes).hasValue(2);
  }

  @Test
  void theChosenStageMovesLeftAndRightWithinTheStages() {
    state.sendToInspect(testDigit(8));
    settledPass();

    model.selectPrevious();
    assertThat(model.selectedStageProperty().get()).isZero();
    model.selectNext();
    model.selectNext();
    assertThat(model.selectedStageProperty().get()).isEqualTo(2);
    model.select(100);
    assertThat(model.selectedStageProperty().get()).isEqualTo(BUNDLED_STAGES.size() - 1);
  }
}
