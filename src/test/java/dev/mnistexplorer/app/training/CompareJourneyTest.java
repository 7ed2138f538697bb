package dev.mnistexplorer.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.app.TestContexts;
import dev.mnistexplorer.app.TestScenes;
import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.data.DatasetLoader;
import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.history.RunHistory;
import dev.mnistexplorer.core.inspect.ArgbImage;
import dev.mnistexplorer.core.service.ModelService;
import dev.mnistexplorer.core.training.TrainingConfig;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Compare runs on the Train place, headless under Monocle, as a learner would. */
@DjlTest
@ExtendWith(ApplicationExtension.class)
class CompareJourneyTest {
  private static ModelService models;
  private static Dataset small;
  private AppContext context;
  private TrainingModel model;

  @BeforeAll
  static void startEngine() throws Exception {
    models = new ModelService(EngineSettings.defaults());
    models.start().get(60, TimeUnit.SECONDS);
    small = DatasetLoader.bundledMnist().limit(1_000, 300);
  }

  @AfterAll
  static void closeEngine() {
    models.close();
  }

  @Start
  void start(Stage stage) {
    context = TestContexts.onFxThread(models, new TestContexts.RecordingNavigator());
    context.state().replaceDataset(small);
    context.state().engineStarted("CPU");
    context
        .state()
        .changeDraft(
            context.state().draftSpecProperty().get(),
            TrainingConfig.tutorial().withEpochs(2),
            context.state().draftValidProperty().get());
    model = new TrainingModel(context);
    TestScenes.show(stage, new TrainingFeature(context, model).view(), 1200, 800);
  }

  private void trainOnce(FxRobot robot) throws Exception {
    int before = model.history().runs().size();
    robot.clickOn(".start-button");
    WaitForAsyncUtils.waitFor(
        60, TimeUnit.SECONDS, () -> model.history().runs().size() == before + 1);
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.phaseProperty().get().active());
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void twoRunsAreListedOverlaidAndOneIsDeleted(FxRobot robot) throws Exception {
    trainOnce(robot);
    trainOnce(robot);

    robot.press(KeyCode.CONTROL).press(KeyCode.R).release(KeyCode.R).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    TableView<?> table = robot.lookup(".run-table").queryAs(TableView.class);
    assertThat(table.isFocused()).isTrue();
    assertThat(table.getItems()).hasSize(2);
    // Each filled row names its run; the table has no tooltip of its own to hide theirs behind.
    assertThat(table.getTooltip()).isNull();
    assertThat(((TableRow<?>) row(robot, 0)).getTooltip().getText()).contains("784-");
    assertThat(((TableRow<?>) row(robot, 2)).getTooltip().getText())
        .isEqualTo(CompareView.tableHint());

    // Select both: a click, then Ctrl+click on the other row.
    robot.clickOn(row(robot, 0));
    robot.press(KeyCode.CONTROL).clickOn(row(robot, 1)).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(model.history().selected()).hasSize(2);
    OverlayChart chart = robot.lookup(".overlay-chart-box").queryAs(OverlayChart.class);
    assertThat(chart.seriesCount()).isEqualTo(2);
    assertThat(chart.chart().getData().get(0).getData()).hasSize(2); // test accuracy per epoch
    assertThat(robot.lookup(".compare-legend .label").queryAll()).hasSize(2);

    // A screen reader hears each row, and the overlaid runs with their final values.
    Node firstRow = row(robot, 0);
    assertThat(spoken(firstRow)).startsWith("Run started").contains("784-").contains("epochs 2");
    assertThat(spoken(chart)).contains("2 runs").contains("after epoch 2");

    // Hovering the first run's last test point reads it out.
    hoverLastPoint(robot, chart);
    Label readout = robot.lookup(".compare-readout").queryAs(Label.class);
    assertThat(readout.getText()).contains("epoch 2.00");

    // The chart as PNG: the picture the export button takes, written off the FX thread.
    Path png = Files.createTempDirectory("compare-png").resolve("curves.png");
    Node column = robot.lookup(".compare-chart-column").query();
    ArgbImage picture =
        WaitForAsyncUtils.waitFor(
            WaitForAsyncUtils.asyncFx(() -> CompareController.pictureOf(column)));
    model.history().exportPng(picture, png).get(30, TimeUnit.SECONDS);
    BufferedImage written = ImageIO.read(png.toFile());
    assertThat(written.getWidth()).isEqualTo(picture.width());
    assertThat(written.getHeight()).isEqualTo(picture.height());

    // Space toggles the focused row out of the selection, and back.
    robot.push(KeyCode.SPACE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(model.history().selected()).hasSize(1);
    robot.push(KeyCode.SPACE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(model.history().selected()).hasSize(2);

    // Delete one: select the newest only, press Delete, confirm.
    robot.clickOn(row(robot, 0));
    String newest = model.history().runs().get(0).id();
    robot.push(KeyCode.DELETE);
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
    robot.clickOn("Delete runs");
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> RunHistory.in(context.folders()).load().runs().size() == 1);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(table.getItems()).hasSize(1);
    assertThat(model.history().runs()).extracting(run -> run.id()).doesNotContain(newest);
    assertThat(chart.seriesCount()).isZero();
  }

  private static String spoken(Node node) {
    return String.valueOf(
        WaitForAsyncUtils.waitFor(
            WaitForAsyncUtils.asyncFx(
                () -> node.queryAccessibleAttribute(AccessibleAttribute.TEXT))));
  }

  private static Node row(FxRobot robot, int index) {
    return robot
        .lookup(".run-table .table-row-cell")
        .match((Node node) -> node instanceof TableRow<?> row && row.getIndex() == index)
        .query();
  }

  private void hoverLastPoint(FxRobot robot, OverlayChart chart) {
    double y = model.history().selected().get(0).testAccuracy().yAt(1);
    Point2D scene = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> chart.sceneOf(2, y)));
    Point2D screen = chart.getScene().getRoot().localToScreen(scene);
    robot.moveTo(screen.add(2, 1));
    WaitForAsyncUtils.waitForFxEvents();
  }
}
