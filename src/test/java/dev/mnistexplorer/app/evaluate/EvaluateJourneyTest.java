package dev.mnistexplorer.app.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.app.TestContexts;
import dev.mnistexplorer.app.TestContexts.RecordingNavigator;
import dev.mnistexplorer.app.TestScenes;
import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.data.DatasetLoader;
import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.service.ModelService;
import dev.mnistexplorer.core.service.ModelSummary;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Evaluate place headless: evaluate a subset, open a cell of mistakes, look at one digit. */
@DjlTest
@ExtendWith(ApplicationExtension.class)
class EvaluateJourneyTest {
  private static ModelService models;
  private static ModelSummary bundled;
  private static Dataset subset;

  private RecordingNavigator navigator;
  private AppContext context;
  private EvaluateModel model;
  private EvaluateFeature feature;

  @BeforeAll
  static void openTheBundledNetwork() throws Exception {
    models = new ModelService(EngineSettings.defaults());
    bundled = models.openBundled().join();
    subset = DatasetLoader.bundledMnist().limit(100, 1_000);
  }

  @AfterAll
  static void close() {
    models.close();
  }

  @Start
  void start(Stage stage) {
    navigator = new RecordingNavigator();
    context = TestContexts.onFxThread(models, navigator);
    context.state().replaceDataset(subset);
    context.state().replaceModel(bundled);
    model = new EvaluateModel(context);
    feature = new EvaluateFeature(context, model);
    // Within Monocle's headless screen (1280×800), with the app's theme tokens.
    Scene scene = new Scene(new StackPane(feature.view()), 1200, 760);
    scene
        .getStylesheets()
        .addAll(TestScenes.sheet("tokens-light.css"), TestScenes.sheet("app.css"));
    stage.setScene(scene);
    stage.show();
    feature.shown();
  }

  private EvaluateModel model() {
    return model;
  }

  private EvaluateView view() {
    return (EvaluateView) feature.view();
  }

  private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void openingACellOfMistakesShowsItsDigitsAndOneDigitsProbabilities(FxRobot robot)
      throws Exception {
    waitFor(() -> model().evaluatedProperty().get() != null);
    Evaluated first = model().evaluatedProperty().get();
    assertThat(first.evaluation().count()).isEqualTo(1_000);
    assertThat(view().accuracy.getText())
        .isEqualTo(EvaluateText.percentCorrect(first.evaluation()));
    assertThat(view().mistakes.getText()).endsWith(" of 1,000 wrong");

    robot.clickOn("#evaluate-button");
    waitFor(() -> model().evaluatedProperty().get() != first);

    Evaluated evaluated = model().evaluatedProperty().get();
    EvaluateText.ConfusedPair pair =
        EvaluateText.mostConfused(evaluated.evaluation().confusion()).orElseThrow();
    MatrixCell mistakes = new MatrixCell(pair.actual(), pair.predicted());
    ConfusionMatrixView matrix = view().matrix;
    robot.clickOn(matrix.localToScreen(matrix.cellCenter(mistakes)));
    waitFor(() -> mistakes.equals(model().selectedCellProperty().get()));

    int firstIndex = model().cellIndices().get(0);
    ToggleButton thumbnail = view().digits.buttonFor(firstIndex);
    assertThat(model().cellIndices()).hasSize(pair.count());
    assertThat(view().cellTitle.getText())
        .startsWith(pair.actual() + " predicted as " + pair.predicted());
    assertThat(thumbnail).isNotNull();

    robot.clickOn(thumbnail);
    waitFor(() -> model().answerProperty().get() != null);

    AnsweredDigitPanel detail = view().detail;
    assertThat(detail.isVisible()).isTrue();
    assertThat(detail.bars().tagOf(pair.actual())).isEqualTo("true");
    assertThat(detail.bars().tagOf(pair.predicted())).isEqualTo("predicted");

    robot.clickOn(detail.sendButton());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(navigator.shown).containsExactly(Place.PREDICT);
    assertThat(context.state().digitForPredictProperty().get().source())
        .isEqualTo("MNIST test #" + firstIndex);
  }

  @Test
  void theArrowKeysMoveThroughTheMatrixAndEnterOpensACell(FxRobot robot) throws Exception {
    waitFor(() -> model().evaluatedProperty().get() != null);
    ConfusionMatrixView matrix = view().matrix;
    robot.interact(matrix::requestFocus);

    robot.type(KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.DOWN).type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(model().selectedCellProperty().get()).isEqualTo(new MatrixCell(1, 2));
    assertThat(view().readout.getText()).startsWith("1 predicted as 2: ");
  }

  @Test
  void inProjectorModeInASmallWindowEveryCountFitsItsCell(FxRobot robot) throws Exception {
    waitFor(() -> model().evaluatedProperty().get() != null);
    ConfusionMatrixView matrix = view().matrix;
    robot.interact(
        () -> {
          context.state().uiScaleProperty().set(2);
          // The place's share of a 1280×720 window in projector mode.
          robot.window(0).setWidth(1000);
          robot.window(0).setHeight(580);
        });
    WaitForAsyncUtils.waitForFxEvents();
    int[][] counts = model().evaluatedProperty().get().evaluation().confusion();
    double cell = matrix.cellSize();
    assertThat(cell).isPositive();
    for (int[] row : counts) {
      for (int count : row) {
        assertFits(matrix, count, cell);
      }
    }
    // The full test set's diagonal runs to four digits (1,135 images of a 1).
    assertFits(matrix, 1135, cell);
    // A mistake's count stays larger than the diagonal's thousands, and readable.
    assertThat(matrix.countFontSize(7)).isGreaterThan(matrix.countFontSize(1135));
    assertThat(matrix.countFontSize(7)).isGreaterThanOrEqualTo(12);
    // The stage is shared with the next test class: give it back at its usual size.
    robot.interact(
        () -> {
          robot.window(0).setWidth(1200);
          robot.window(0).setHeight(760);
        });
  }

  @Test
  void onA1024ProjectorTheMatrixsWordsGoUnderItAndThePageNeedsNoSidewaysScroll(FxRobot robot)
      throws Exception {
    waitFor(() -> model().evaluatedProperty().get() != null);
    String projector = TestScenes.sheet("projector.css");
    robot.interact(
        () -> {
          context.state().uiScaleProperty().set(2);
          robot.window(0).getScene().getStylesheets().add(projector);
          robot.window(0).setWidth(1000); // the place's share of a 1280×720 window
          robot.window(0).setHeight(580);
        });
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(view().lookup(".matrix-words-scroll")).as("1280: the words beside").isNotNull();

    robot.interact(() -> robot.window(0).setWidth(780)); // and of a 1024×768 one
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(view().lookup(".matrix-words-scroll")).as("1024: the words under").isNull();
    double page = ((Region) view().getContent()).minWidth(-1);
    assertThat(page)
        .as("the page's narrowest")
        .isLessThanOrEqualTo(view().getViewportBounds().getWidth());
    robot.interact(
        () -> {
          robot.window(0).getScene().getStylesheets().remove(projector);
          context.state().uiScaleProperty().set(1);
          robot.window(0).setWidth(1200);
          robot.window(0).setHeight(760);
        });
  }

  private static void assertFits(ConfusionMatrixView matrix, int count, double cell) {
    double size = matrix.countFontSize(count);
    javafx.geometry.Bounds text = CountFont.measure(Integer.toString(count), size);
    assertThat(size).as("font for %d", count).isGreaterThanOrEqualTo(CountFont.MIN_SIZE);
    assertThat(text.getWidth()).as("width of %d in a %.0f px cell", count, cell).isLessThan(cell);
    assertThat(text.getHeight()).as("height of %d", count).isLessThan(cell);
  }
}
