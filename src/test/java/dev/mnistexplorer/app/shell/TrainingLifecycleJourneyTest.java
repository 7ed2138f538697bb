package dev.mnistexplorer.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.app.common.SharedState;
import dev.mnistexplorer.app.training.BannerKind;
import dev.mnistexplorer.app.training.RunPhase;
import dev.mnistexplorer.app.training.TrainingModel;
import dev.mnistexplorer.core.service.ModelSummary;
import dev.mnistexplorer.core.training.TrainingConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.LineChart;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Train place inside the whole main window (wired as the app wires it): what Start, New and the
 * status bar do around a training run.
 */
@DjlTest
@ExtendWith(ApplicationExtension.class)
class TrainingLifecycleJourneyTest {
  private AppAssembly assembly;
  private MainWindow window;
  private TrainingModel training;
  private ShellModel shell;
  private Path home;

  private WholeWindow opened;

  @Start
  void start(Stage stage) throws IOException {
    opened =
        WholeWindow.open(
            stage,
            1280,
            720,
            Place.TRAIN,
            wired -> wired.assembly().trainingModel().quickRunProperty().set(true));
    assembly = opened.wired().assembly();
    window = opened.wired().window();
    shell = opened.wired().model();
    training = assembly.trainingModel();
    home = opened.home();
  }

  @AfterEach
  void close() throws Exception {
    opened.close();
  }

  private SharedState state() {
    return assembly.context().state();
  }

  private void epochs(FxRobot robot, int epochs) {
    robot.interact(
        () ->
            state()
                .changeDraft(
                    state().draftSpecProperty().get(),
                    TrainingConfig.tutorial().withEpochs(epochs),
                    state().draftValidProperty().get()));
  }

  /** A one-epoch quick run of the tutorial network from the Start button, to its end. */
  private void trainOneEpoch(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> training.canStartProperty().get());
    epochs(robot, 1);
    robot.clickOn(".start-button");
    waitUntilIdle();
    assertThat(training.phaseProperty().get()).isEqualTo(RunPhase.FINISHED);
    assertThat(state().modelProperty().get().unsaved()).isTrue();
  }

  private void waitUntilIdle() throws Exception {
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !training.phaseProperty().get().active());
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static void waitForDialog(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
  }

  /** Path elements of every line the charts draw (what is on screen, not just the data). */
  private static int drawnPathElements(FxRobot robot) {
    return robot.lookup(".metric-chart").queryAllAs(LineChart.class).stream()
        .flatMap(chart -> ((LineChart<?, ?>) chart).getData().stream())
        .filter(series -> series.getNode() instanceof javafx.scene.shape.Path)
        .mapToInt(series -> ((javafx.scene.shape.Path) series.getNode()).getElements().size())
        .sum();
  }

  private static int points(LineChart<?, ?> chart) {
    return chart.getData().stream().mapToInt(series -> series.getData().size()).sum();
  }

  @Test
  void startingAfreshOnATrainedUnsavedNetworkAsksFirstAndCancelKeepsIt(FxRobot robot)
      throws Exception {
    trainOneEpoch(robot);
    ModelSummary trained = state().modelProperty().get();
    String banner = training.banner().textProperty().get();

    robot.clickOn(".start-button");
    waitForDialog(robot);
    DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    assertThat(dialog.getContentText()).contains("trained but not saved").contains("training");
    robot.clickOn("Cancel");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(state().modelProperty().get()).isSameAs(trained);
    assertThat(training.phaseProperty().get()).isEqualTo(RunPhase.FINISHED);
    assertThat(training.banner().textProperty().get()).isEqualTo(banner);

    // Saving keeps the same network: the place keeps its outcome and curves.
    LineChart<?, ?> chart = robot.lookup(".metric-chart").query();
    int charted = points(chart);
    robot.interact(() -> shell.save(home.resolve("kept.mnx")));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !state().modelProperty().get().unsaved());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(training.banner().textProperty().get()).isEqualTo(banner);
    assertThat(points(chart)).isEqualTo(charted).isPositive();
  }

  @Test
  void aNewModelClearsTheTrainPlacesBannerCurvesAndNumbers(FxRobot robot) throws Exception {
    trainOneEpoch(robot);
    LineChart<?, ?> chart = robot.lookup(".metric-chart").query();
    assertThat(points(chart)).isPositive();
    assertThat(robot.lookup(".banner").queryLabeled().isVisible()).isTrue();

    robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
    waitForDialog(robot);
    robot.clickOn("Don't Save");
    WaitForAsyncUtils.waitFor(
        20, TimeUnit.SECONDS, () -> !state().modelProperty().get().metadata().isTrained());
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(training.banner().kindProperty().get()).isEqualTo(BannerKind.NONE);
    assertThat(robot.lookup(".banner").queryLabeled().isVisible()).isFalse();
    assertThat(points(chart)).isZero();
    assertThat(drawnPathElements(robot)).isZero(); // no stale line left on the canvas either
    assertThat(training.phaseProperty().get()).isEqualTo(RunPhase.IDLE);
    assertThat(training.progress().testAccuracyTextProperty().get()).isEqualTo("—");
    assertThat(training.progress().overallProperty().get()).isZero();
    assertThat(robot.lookup(".app-status-bar").queryAs(StatusBar.class).getText())
        .doesNotContain("Training finished");
  }

  @Test
  void theStatusBarSaysTheNetworkIsTrainingWhileItTrains(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> training.canStartProperty().get());
    epochs(robot, 50);
    robot.clickOn(".start-button");
    WaitForAsyncUtils.waitFor(
        20, TimeUnit.SECONDS, () -> training.phaseProperty().get() == RunPhase.RUNNING);
    robot.interact(training::togglePause); // holds the run still while the status bar is read
    WaitForAsyncUtils.waitForFxEvents();

    String status = robot.lookup(".model-status").queryAs(Label.class).getText();
    assertThat(status).contains("training…").doesNotContain("untrained");

    robot.interact(training::stop);
    waitUntilIdle();
    assertThat(robot.lookup(".model-status").queryAs(Label.class).getText())
        .doesNotContain("training…");
  }

  @Test
  void aNewModelDuringTrainingStopsTheRunFirstAfterAsking(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> training.canStartProperty().get());
    epochs(robot, 50);
    robot.clickOn(".start-button");
    WaitForAsyncUtils.waitFor(
        20, TimeUnit.SECONDS, () -> training.phaseProperty().get() == RunPhase.RUNNING);
    robot.interact(training::togglePause); // holds the run still while the dialogs are answered
    ModelSummary running = state().modelProperty().get();

    robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
    waitForDialog(robot);
    assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText())
        .contains("A network is training");
    robot.clickOn("Cancel");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(training.phaseProperty().get()).isEqualTo(RunPhase.PAUSED);
    assertThat(state().modelProperty().get()).isSameAs(running);

    robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
    waitForDialog(robot);
    robot.clickOn("Stop Training");
    waitUntilIdle();
    if (robot.lookup(".dialog-pane").tryQuery().isPresent()) {
      robot.clickOn("Don't Save"); // a whole epoch may have finished before the pause
    }
    WaitForAsyncUtils.waitFor(
        20,
        TimeUnit.SECONDS,
        () ->
            state().modelProperty().get() != running
                && !state().modelProperty().get().metadata().isTrained());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(training.phaseProperty().get()).isEqualTo(RunPhase.IDLE);
    assertThat(state().trainingProperty().get()).isFalse();
  }
}
