package dev.mnistexplorer.app.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.TestContexts;
import dev.mnistexplorer.app.TestScenes;
import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.data.DatasetLoader;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/** The Dataset place headless under Monocle, driven as a person would. */
@ExtendWith(ApplicationExtension.class)
class DatasetJourneyTest {
  private static Dataset mnist;
  private TestContexts.RecordingNavigator navigator;
  private DatasetFeature feature;
  private DatasetModel model;
  private DatasetView view;
  private AppContext context;
  private Stage stage;

  @BeforeAll
  static void loadMnist() throws IOException {
    mnist = DatasetLoader.bundledMnist().limit(3000, 500);
  }

  @Start
  void start(Stage stage) {
    navigator = new TestContexts.RecordingNavigator();
    this.stage = stage;
    context = TestContexts.onFxThread(null, navigator);
    model = new DatasetModel(context);
    feature = new DatasetFeature(context, model);
    view = (DatasetView) feature.view();
    context.state().replaceDataset(mnist);
    Scene scene = new Scene(view, 1100, 750);
    scene.getStylesheets().add(TestScenes.sheet("tokens-light.css"));
    stage.setScene(scene);
    stage.show();
  }

  @Test
  void theGridOpensOnItsFirstRowWithTheSelectedDigitInView(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    DatasetGrid grid = robot.lookup(".dataset-grid").queryAs(DatasetGrid.class);
    // The dataset arrived before the place was laid out, as it does in the app.
    assertThat(grid.firstVisibleRow()).isZero();
  }

  @Test
  void filterTheDataset(FxRobot robot) throws TimeoutException {
    robot.clickOn(view.toolbar.label);
    ListCell<?> three =
        robot
            .lookup(".list-cell")
            .<ListCell<?>>match(cell -> "3".equals(((ListCell<?>) cell).getText()))
            .query();
    robot.clickOn(three);
    WaitForAsyncUtils.waitForFxEvents();

    VisibleDigits shown = view.grid.digitsProperty().get();
    assertThat(shown.count()).isPositive().isLessThan(3000);
    for (int position = 0; position < shown.count(); position++) {
      assertThat(shown.label(position)).isEqualTo(3);
    }
    assertThat(view.detail.label.getText()).isEqualTo("Label 3");
    assertThat(view.toolbar.count.getText()).endsWith("of 3,000 training images");
    WaitForAsyncUtils.waitFor(
        5, TimeUnit.SECONDS, () -> view.bars.statisticsProperty().get() != null);
    assertThat(view.bars.highlightedProperty().get()).isEqualTo(3);
  }

  @Test
  void arrowKeysMoveTheSelectionAndSendToPredictShowsPredict(FxRobot robot) {
    robot.clickOn(view.grid);
    int before = view.grid.selectedPositionProperty().get();
    robot.type(KeyCode.RIGHT);
    robot.type(KeyCode.DOWN);
    WaitForAsyncUtils.waitForFxEvents();
    int columns = view.grid.columns();
    assertThat(view.grid.selectedPositionProperty().get()).isEqualTo(before + 1 + columns);

    robot.clickOn(view.detail.sendToPredict);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(navigator.shown).containsExactly(Place.PREDICT);
  }

  @Test
  void inspectHandsTheSelectedDigitToTheInspectPlace(FxRobot robot) {
    robot.clickOn(view.grid);
    WaitForAsyncUtils.waitForFxEvents();

    robot.clickOn(view.detail.inspect);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(navigator.shown).containsExactly(Place.INSPECT);
    assertThat(context.state().digitForInspectProperty().get().source())
        .isEqualTo(model.selectedProperty().get().source());
  }

  @Test
  void jumpingToAnIndexFromTheKeyboardSelectsIt(FxRobot robot) {
    robot.clickOn(view.toolbar.jump).write("2500").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(model.selectedProperty().get().index()).isEqualTo(2500);
    assertThat(view.detail.title.getText()).isEqualTo("Training image #2,500");
    int row = view.grid.selectedPositionProperty().get() / view.grid.columns();
    assertThat(row)
        .isBetween(
            view.grid.firstVisibleRow(), view.grid.firstVisibleRow() + view.grid.visibleRows());
  }

  @Test
  void clickingTestShowsTheTestSplitEverywhere(FxRobot robot) throws TimeoutException {
    robot.clickOn(view.toolbar.test);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(model.splitProperty().get()).isEqualTo(Split.TEST);
    assertThat(view.toolbar.count.getText()).isEqualTo("500 test images");
    assertThat(view.grid.digitsProperty().get().count()).isEqualTo(500);
    assertThat(view.detail.title.getText()).isEqualTo("Test image #0");
    WaitForAsyncUtils.waitFor(
        5,
        TimeUnit.SECONDS,
        () ->
            view.bars.statisticsProperty().get() != null
                && view.bars.statisticsProperty().get().total() == 500);
    assertThat(view.statistics.getText()).contains("Test split (500 images)");

    robot.clickOn(view.toolbar.test); // pressing the shown split again keeps it shown
    robot.clickOn(view.toolbar.train);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(view.toolbar.count.getText()).isEqualTo("3,000 training images");
    assertThat(view.detail.title.getText()).isEqualTo("Training image #0");
  }

  @Test
  void clickingNormalisedChangesTheValuesAndTheCaption(FxRobot robot) {
    PixelValuesView pixels = view.detail.pixels;
    assertThat(view.detail.formula.getText()).startsWith("Raw bytes");
    assertThat(shownValue(pixels, 0, 0)).isEqualTo("0");

    robot.clickOn(view.detail.normalised);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(model.normalisedProperty().get()).isTrue();
    assertThat(view.detail.formula.getText()).startsWith("Normalised: x′ = (x / 255 − 0.5)");
    assertThat(shownValue(pixels, 0, 0)).isEqualTo("-1");
    robot.clickOn(view.detail.normalised); // pressing it again keeps normalised values
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(view.detail.normalised.isSelected()).isTrue();

    robot.clickOn(view.detail.raw);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(view.detail.formula.getText()).startsWith("Raw bytes");
    assertThat(shownValue(pixels, 0, 0)).isEqualTo("0");
  }

  @Test
  void altNAndAltRSwitchBetweenNormalisedAndRawValues(FxRobot robot) {
    robot.clickOn(view.grid);
    robot.press(KeyCode.ALT, KeyCode.N).release(KeyCode.N, KeyCode.ALT);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(model.normalisedProperty().get()).isTrue();
    assertThat(view.detail.normalised.isSelected()).isTrue();

    robot.press(KeyCode.ALT, KeyCode.R).release(KeyCode.R, KeyCode.ALT);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(model.normalisedProperty().get()).isFalse();
    assertThat(view.detail.raw.isSelected()).isTrue();
  }

  /** The text the detail writes for one pixel: the model's choice as the view paints it. */
  private static String shownValue(PixelValuesView pixels, int row, int col) {
    SelectedDigit digit = pixels.digitProperty().get();
    return PixelCells.valueText(digit, pixels.normalisedProperty().get(), row * digit.cols() + col);
  }

  @Test
  void pixelValuesAreReadableInASmallWindowAndPointingReadsOne(FxRobot robot) {
    // The Dataset place's share of a 1280×720 window.
    resize(robot, 1160, 640);

    PixelValuesView pixels = view.detail.pixels;
    assertThat(pixels.valueFontSize()).isGreaterThanOrEqualTo(PixelValuesView.READABLE_FONT);
    assertThat(pixels.zoomed()).isTrue();
    assertThat(pixels.lens().isVisible()).isTrue();
    assertThat(pixels.lensWindow().rows()).isGreaterThanOrEqualTo(5);
    assertThat(onScreen(pixels.lens())).isTrue();
    assertThat(view.detail.hover.getText()).startsWith("Row ");

    SelectedDigit digit = pixels.digitProperty().get();
    double cell = pixels.picture().getWidth() / digit.cols();
    robot.moveTo(
        pixels.picture(), Pos.TOP_LEFT, new Point2D(cell * 9.5, cell * 6.5), Motion.DIRECT);
    WaitForAsyncUtils.waitForFxEvents();

    int raw = digit.raw()[6 * digit.cols() + 9];
    assertThat(view.detail.hover.getText()).startsWith("Row 6, column 9 (element 177): " + raw);
    assertThat(pixels.lensWindow().contains(6, 9)).isTrue();
  }

  @Test
  void inProjectorModeOnASmallScreenTheDigitItsValuesAndButtonsStayOnScreen(FxRobot robot) {
    projectorMode(robot);
    // The Dataset place's share of a 1280×720 window at 200 %.
    resize(robot, 1030, 620);

    SelectedDigitPanel detail = view.detail;
    assertThat(detail.pixels.valueFontSize())
        .isGreaterThanOrEqualTo(2 * PixelValuesView.READABLE_FONT);
    for (Node node :
        List.of(
            detail.title,
            detail.label,
            detail.pixels.picture(),
            detail.pixels.lens(),
            detail.raw,
            detail.normalised,
            detail.sendToPredict)) {
      assertThat(onScreen(node)).as("%s is on screen", node).isTrue();
    }
  }

  @Test
  void turningProjectorModeOnInTheFirstStartsWindowKeepsTheValueButtonsWhole(FxRobot robot) {
    // The Dataset place's share of the first start's 1200×800 window, before and after F5.
    resize(robot, 1080, 700);
    projectorMode(robot);
    resize(robot, 957, 700);
    SelectedDigitPanel detail = view.detail;
    // The split beside the grid cannot squeeze the detail below the Raw / Normalised pair.
    assertThat(detail.minWidth(-1))
        .isGreaterThanOrEqualTo(detail.raw.prefWidth(-1) + detail.normalised.prefWidth(-1));
    for (Region node : List.of(detail.raw, detail.normalised)) {
      Bounds inDetail = detail.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
      assertThat(inDetail.getMaxX())
          .as("%s inside its panel", node)
          .isLessThanOrEqualTo(detail.getWidth());
      assertThat(node.getWidth())
          .as("%s not shortened", node)
          .isGreaterThanOrEqualTo(node.prefWidth(-1) - 0.5);
    }
  }

  /** What F5 does to the place: twice the size, the projector's stylesheet. */
  private void projectorMode(FxRobot robot) {
    robot.interact(
        () -> {
          context.state().uiScaleProperty().set(2.0);
          view.getScene().getStylesheets().add(TestScenes.sheet("app.css"));
          view.getScene().getStylesheets().add(TestScenes.sheet("projector.css"));
        });
  }

  private void resize(FxRobot robot, double width, double height) {
    robot.interact(
        () -> {
          stage.setWidth(width);
          stage.setHeight(height);
        });
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Whether the node is drawn in full inside the visible centre of the place (not clipped off). */
  private boolean onScreen(Node node) {
    Bounds bounds = node.localToScene(node.getBoundsInLocal());
    Node centre = view.getCenter();
    Bounds visible = centre.localToScene(centre.getBoundsInLocal());
    return node.isVisible()
        && bounds.getWidth() > 0
        && visible.contains(bounds.getMinX(), bounds.getMinY())
        && visible.contains(bounds.getMaxX() - 1, bounds.getMaxY() - 1);
  }
}
