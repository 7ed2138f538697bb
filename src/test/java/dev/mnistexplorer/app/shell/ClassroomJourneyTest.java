package dev.mnistexplorer.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.app.common.Palette;
import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.app.common.SentDigit;
import dev.mnistexplorer.app.common.SharedState;
import dev.mnistexplorer.core.data.DatasetLoader;
import dev.mnistexplorer.core.data.LabeledImages;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole window in projector mode on a small laptop's 1280×720 screen, as in a classroom: what
 * each place is about stays on screen without scrolling, and its words stay readable.
 */
@DjlTest
@ExtendWith(ApplicationExtension.class)
class ClassroomJourneyTest {
  private static final double WIDTH = 1280;
  private static final double HEIGHT = 720;
  private AppAssembly assembly;
  private MainWindow window;
  private ShellModel shell;
  private Scene scene;

  private WholeWindow opened;

  @Start
  void start(Stage stage) throws IOException {
    opened =
        WholeWindow.open(
            stage,
            WIDTH,
            HEIGHT,
            Place.PREDICT,
            wired -> wired.model().projectorProperty().set(true));
    assembly = opened.wired().assembly();
    window = opened.wired().window();
    shell = opened.wired().model();
    scene = opened.scene();
  }

  /** Lets the start-up finish first: a dataset arriving after close would reach closed pools. */
  @AfterEach
  void close() throws Exception {
    opened.close();
  }

  private SharedState state() {
    return assembly.context().state();
  }

  @Test
  void everySoftmaxBarKeepsItsPercentageInProjectorMode(FxRobot robot) throws Exception {
    List<Label> values = answerADigit(robot);

    assertThat(values).hasSize(10);
    List<Bounds> placed = new ArrayList<>();
    for (Label value : values) {
      assertThat(value.isVisible()).as("%s visible", value.getText()).isTrue();
      assertThat(value.getWidth())
          .as("%s not cut to …", value.getText())
          .isGreaterThanOrEqualTo(value.prefWidth(-1) - 0.5);
      assertOnScreenWithoutScrolling(value);
      Bounds bounds = value.localToScene(value.getLayoutBounds());
      assertThat(placed).noneMatch(other -> other.intersects(shrunk(bounds)));
      placed.add(bounds);
    }
    assertOnScreenWithoutScrolling(robot.lookup(".softmax-bars").query());
    assertOnScreenWithoutScrolling(robot.lookup(".pad-paper").query());
    assertOnScreenWithoutScrolling(robot.lookup(".app-status-bar").query());
  }

  /**
   * The app's own first window (1200×800) in projector mode: once a digit is answered, the answer
   * card must not grow past the window's edge (the Explain choice, held at the width of "The
   * answer: 7", pushed the tenth bar off screen).
   */
  @Test
  void theDefaultWindowKeepsAllTenBarsOnScreenInProjectorMode(FxRobot robot) throws Exception {
    robot.interact(
        () -> {
          scene.getWindow().setWidth(1200);
          scene.getWindow().setHeight(800);
        });
    answerADigit(robot);

    assertOnScreenWithoutScrolling(robot.lookup(".softmax-bars").query());
    assertOnScreenWithoutScrolling(robot.lookup(".answer-column").query());
    assertOnScreenWithoutScrolling(robot.lookup(".pad-paper").query());
  }

  /** Sends test image 0 to Predict and waits until its ten values are shown. */
  private List<Label> answerADigit(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> state().modelProperty().get() != null);
    LabeledImages test = DatasetLoader.bundledMnist().test().limit(1);
    robot.interact(
        () ->
            state()
                .sendToPredict(
                    new SentDigit(test.imageUnit(0), "Dataset, test image #0", test.label(0))));
    List<Label> values = new ArrayList<>(robot.lookup(".softmax-value").queryAllAs(Label.class));
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> values.stream().noneMatch(v -> v.getText().isEmpty()));
    WaitForAsyncUtils.waitForFxEvents();
    return values;
  }

  @Test
  void theConfusionMatrixIsSeenWholeInProjectorMode(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> state().modelProperty().get() != null);
    robot.interact(() -> window.show(Place.EVALUATE));
    robot.clickOn("#evaluate-button");
    Node matrix = robot.lookup(".confusion-matrix").query();
    Canvas cells = robot.from(matrix).lookup((Node n) -> n instanceof Canvas).queryAs(Canvas.class);
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> cells.getWidth() > 0);
    WaitForAsyncUtils.waitForFxEvents();

    assertOnScreenWithoutScrolling(cells);
    for (Node label : robot.from(matrix).lookup(".class-label").queryAll()) {
      assertOnScreenWithoutScrolling(label);
    }
    // Cells large enough for a readable count: the matrix is not squeezed under its words.
    assertThat(cells.getWidth() / 10).isGreaterThanOrEqualTo(30);
    assertOnScreenWithoutScrolling(robot.lookup(".app-status-bar").query());
  }

  @Test
  void theTrainingCurvesAreOnScreenInProjectorMode(FxRobot robot) {
    robot.interact(() -> window.show(Place.TRAIN));
    WaitForAsyncUtils.waitForFxEvents();
    // Two stacked charts would get about 20 px of plot each at 1280×720: one is shown at a time,
    // with a switch between them.
    List<Node> shown =
        robot.lookup(".metric-chart").queryAll().stream()
            .filter(ClassroomJourneyTest::visibleUpToTheScene)
            .toList();
    assertThat(shown).isNotEmpty();
    for (Node chart : shown) {
      assertOnScreenWithoutScrolling(chart);
      Node plot = chart.lookup(".chart-plot-background");
      assertThat(plot.getLayoutBounds().getHeight())
          .as("the plot's height")
          .isGreaterThanOrEqualTo(140);
    }
    assertThat(robot.lookup(".chart-switch").tryQuery()).isPresent();
    assertOnScreenWithoutScrolling(robot.lookup(".app-status-bar").query());
  }

  private static boolean visibleUpToTheScene(Node node) {
    for (Node up = node; up != null; up = up.getParent()) {
      if (!up.isVisible()) {
        return false;
      }
    }
    return true;
  }

  @Test
  void theDarkThemeIsKnownToPopUpsSuchAsTheTrainingNotification(FxRobot robot) {
    robot.interact(() -> shell.darkProperty().set(true));
    assertThat(Palette.isDark(scene.getWindow())).isTrue();
    robot.interact(() -> shell.darkProperty().set(false));
    assertThat(Palette.isDark(scene.getWindow())).isFalse();
  }

  @Test
  void theStatusBarGrowsWithProjectorMode(FxRobot robot) {
    Label device = statusLabel(robot);
    double projectorSize = device.getFont().getSize();
    robot.interact(() -> shell.projectorProperty().set(false));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(projectorSize).isGreaterThanOrEqualTo(device.getFont().getSize() * 1.4);
  }

  private static Label statusLabel(FxRobot robot) {
    return robot
        .from(robot.lookup(".app-status-bar").queryAll())
        .lookup((Node node) -> node instanceof Label l && l.getText().startsWith("Device"))
        .queryAs(Label.class);
  }

  /**
   * The node lies inside the window (as it is sized now) and inside every scroll pane around it as
   * that pane stands (scrolled to the top), so nobody has to scroll to see it.
   */
  private void assertOnScreenWithoutScrolling(Node node) {
    Bounds inScene = node.localToScene(node.getLayoutBounds());
    assertThat(node.isVisible()).isTrue();
    assertThat(shrunk(inScene).getMinX()).as("%s left", node).isGreaterThanOrEqualTo(0);
    assertThat(shrunk(inScene).getMinY()).as("%s top", node).isGreaterThanOrEqualTo(0);
    assertThat(shrunk(inScene).getMaxX())
        .as("%s right", node)
        .isLessThanOrEqualTo(scene.getWidth());
    assertThat(shrunk(inScene).getMaxY())
        .as("%s bottom", node)
        .isLessThanOrEqualTo(scene.getHeight());
    for (Parent up = node.getParent(); up != null; up = up.getParent()) {
      if (up instanceof ScrollPane pane) {
        Bounds seen = pane.localToScene(pane.getLayoutBounds());
        assertThat(seen.contains(shrunk(inScene)))
            .as("%s inside the visible part of %s: %s in %s", node, pane, inScene, seen)
            .isTrue();
      }
    }
  }

  /** Half a pixel less on each side: rounding at an edge is not overflow. */
  private static Bounds shrunk(Bounds b) {
    return new BoundingBox(
        b.getMinX() + 0.5,
        b.getMinY() + 0.5,
        Math.max(0, b.getWidth() - 1),
        Math.max(0, b.getHeight() - 1));
  }
}
