package dev.mnistexplorer.app.inspect.weights;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.app.TestContexts;
import dev.mnistexplorer.app.TestContexts.RecordingNavigator;
import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.UiNumbers;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.data.DatasetLoader;
import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.inspect.LayerWeights;
import dev.mnistexplorer.core.service.ModelService;
import dev.mnistexplorer.core.service.ModelSummary;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
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

/** The weights part headless, on the bundled network: tiles, a chosen unit, the scale toggle. */
@DjlTest
@ExtendWith(ApplicationExtension.class)
class WeightsJourneyTest {
  private static ModelService models;
  private static ModelSummary bundled;
  private static Dataset subset;

  private WeightsModel model;
  private WeightsPart part;

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
    AppContext context = TestContexts.onFxThread(models, new RecordingNavigator());
    context.state().replaceDataset(subset);
    context.state().replaceModel(bundled);
    model = new WeightsModel(context);
    part = new WeightsPart(context, model);
    // Within Monocle's headless screen (1280×800), with the app's theme tokens.
    Scene scene = new Scene(new StackPane(part.view()), 1200, 760);
    for (String sheet : new String[] {"tokens-light.css", "app.css"}) {
      scene
          .getStylesheets()
          .add(getClass().getResource("/dev/mnistexplorer/app/theme/" + sheet).toExternalForm());
    }
    stage.setScene(scene);
    stage.show();
    part.setShowing(true);
  }

  private WeightsView view() {
    return (WeightsView) part.view();
  }

  private static void waitFor(Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void clickingATileShowsThatUnitsWeightsBiasAndSixteenDigits(FxRobot robot) throws Exception {
    waitFor(() -> model.weightsProperty().get() != null);
    WeightsGrid grid = view().grid;
    LayerWeights weights = model.weightsProperty().get();
    assertThat(grid.metrics().count()).isEqualTo(512);
    assertThat(grid.getAccessibleText()).contains("Weights of 512 units of layer 1");
    assertThat(view().heading.getText()).startsWith("Layer 1: 512 units");

    robot.clickOn(grid.localToScreen(grid.tileCentre(12)));
    waitFor(() -> model.excitingDigitsProperty().get() != null);

    assertThat(model.selectedUnitProperty().get()).isEqualTo(12);
    assertThat(view().detail.numbers.getText())
        .startsWith("bias " + WeightsText.number(weights.bias(12)));
    assertThat(view().detail.digits.getChildren()).hasSize(16);
    assertThat(view().detail.tile.getImage().getWidth())
        .isEqualTo(28.0 * view().detail.largeZoom());
    assertThat(grid.getAccessibleText()).startsWith("Unit 12, chosen: bias " + number(weights, 12));
  }

  @Test
  void theScaleToggleChangesTheLegend(FxRobot robot) throws Exception {
    waitFor(() -> model.weightsProperty().get() != null);
    String perTile = view().legend.caption.getText();
    assertThat(view().legend.high.getText()).isEqualTo("+max");

    robot.clickOn("#scale-shared");
    WaitForAsyncUtils.waitForFxEvents();

    float largest = model.weightsProperty().get().maxAbs();
    assertThat(view().legend.caption.getText()).isNotEqualTo(perTile).startsWith("Shared scale");
    assertThat(view().legend.high.getText()).isEqualTo(WeightsText.signedNumber(largest));

    robot.clickOn("#scale-per-tile");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(view().legend.caption.getText()).isEqualTo(perTile);
  }

  @Test
  void theArrowKeysMoveThroughTheTilesAndEnterChoosesOne(FxRobot robot) throws Exception {
    waitFor(() -> model.weightsProperty().get() != null);
    WeightsGrid grid = view().grid;
    robot.interact(part::focus);

    robot.type(KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.DOWN);
    int unit = 2 + grid.metrics().columns();
    // A screen reader hears the unit the keys are on, before it is chosen.
    assertThat(grid.queryAccessibleAttribute(AccessibleAttribute.TEXT))
        .asString()
        .startsWith("Unit " + unit + ": bias ");
    assertThat(grid.queryAccessibleAttribute(AccessibleAttribute.ROLE))
        .isEqualTo(AccessibleRole.IMAGE_VIEW);
    assertThat(grid.queryAccessibleAttribute(AccessibleAttribute.HELP))
        .asString()
        .contains("Enter");

    robot.type(KeyCode.ENTER);
    waitFor(() -> model.excitingDigitsProperty().get() != null);

    assertThat(model.selectedUnitProperty().get()).isEqualTo(unit);
    assertThat(grid.getAccessibleText()).startsWith("Unit " + unit + ", chosen: ");
    assertThat(view().legend.getAccessibleText())
        .startsWith("Colour key: blue for negative weights down to \u2212");
  }

  /** Not an assertion: prints how long drawing the visible tiles takes here, for the report. */
  @Test
  void measureDrawingTheVisibleTiles(FxRobot robot) {
    for (int units : new int[] {256, 4096}) {
      robot.interact(() -> System.out.println(timeFrames(randomLayer(units))));
    }
  }

  private static String timeFrames(LayerWeights weights) {
    WeightsGrid grid = new WeightsGrid();
    grid.resize(900, 700);
    grid.weightsProperty().set(weights);
    grid.layout();
    int frames = 60;
    for (int warm = 0; warm < 20; warm++) {
      grid.redraw();
    }
    long start = System.nanoTime();
    for (int frame = 0; frame < frames; frame++) {
      double offset = grid.scrollOffset();
      grid.scrollBy(grid.metrics().rowPitch()); // scrolling redraws when it moves
      if (grid.scrollOffset() == offset) {
        grid.redraw();
      }
    }
    double perFrame = (System.nanoTime() - start) / 1e6 / frames;
    return UiNumbers.format(
        "weights grid %,d units, %,d tiles visible (900×700): %.2f ms per frame",
        weights.units(), grid.visibleTileCount(), perFrame);
  }

  private static LayerWeights randomLayer(int units) {
    Random random = new Random(units);
    float[] values = new float[units * 784];
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) random.nextGaussian() * 0.05f;
    }
    return new LayerWeights(1, units, 784, 28, 28, values, new float[units], false, 1);
  }

  private static String number(LayerWeights weights, int unit) {
    return WeightsText.number(weights.bias(unit));
  }
}
