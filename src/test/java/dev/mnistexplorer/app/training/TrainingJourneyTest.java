package dev.mnistexplorer.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.app.TestContexts;
import dev.mnistexplorer.app.TestScenes;
import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.SharedState;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.data.DatasetLoader;
import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.service.ModelService;
import dev.mnistexplorer.core.training.TrainingConfig;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Training place headless under Monocle, driven as a teacher would. */
@DjlTest
@ExtendWith(ApplicationExtension.class)
class TrainingJourneyTest {
  private static ModelService models;
  private static Dataset small;
  private TrainingFeature feature;
  private TrainingModel model;
  private SharedState state;

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

  @Start
  void start(Stage stage) {
    AppContext context = TestContexts.onFxThread(models, new TestContexts.RecordingNavigator());
    context.state().replaceDataset(small);
    context.state().engineStarted("CPU");
    context
        .state()
        .changeDraft(
            context.state().draftSpecProperty().get(),
            TrainingConfig.tutorial().withEpochs(2),
            context.state().draftValidProperty().get());
    state = context.state();
    model = new TrainingModel(context);
    feature = new TrainingFeature(context, model);
    TestScenes.show(stage, feature.view(), 1100, 800);
  }

  private void waitUntilIdle() throws Exception {
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.phaseProperty().get().active());
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static RadioButton quickRunChoice(FxRobot robot) {
    return robot
        .lookup(
            (Node node) ->
                node instanceof RadioButton radio && radio.getText().startsWith("Quick run"))
        .query();
  }

  @Test
  void trainASmallSubsetAndSeeTheChartsFill(FxRobot robot) throws Exception {
    robot.clickOn(quickRunChoice(robot));
    assertThat(model.quickRunProperty().get()).isTrue();
    robot.clickOn(".start-button");
    waitUntilIdle();

    assertThat(model.phaseProperty().get()).isEqualTo(RunPhase.FINISHED);
    LineChart<?, ?> loss = robot.lookup(".metric-chart").query();
    assertThat(loss.getData().get(0).getData()).isNotEmpty();
    assertThat(loss.getData().get(1).getData()).hasSize(2);
    Label accuracy = robot.lookup(".tile-value").query();
    assertThat(accuracy.getText()).matches("\\d+\\.\\d\\d %");
    assertThat(robot.lookup(".banner").queryLabeled().getText()).contains("test accuracy");
  }

  @Test
  void keyboardStartsAndStopsARun(FxRobot robot) throws Exception {
    robot.interact(() -> model.quickRunProperty().set(false));
    robot.interact(() -> contextDraftEpochs(50));
    robot.clickOn(quickRunChoice(robot)); // focus somewhere in the place
    robot
        .press(KeyCode.CONTROL)
        .press(KeyCode.ENTER)
        .release(KeyCode.ENTER)
        .release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> model.phaseProperty().get() == RunPhase.RUNNING);
    robot.push(KeyCode.SPACE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(model.phaseProperty().get()).isEqualTo(RunPhase.PAUSED);
    robot.push(KeyCode.ESCAPE);
    waitUntilIdle();

    assertThat(model.phaseProperty().get()).isEqualTo(RunPhase.STOPPED);
    assertThat(robot.lookup(".start-button").queryButton().isDisabled()).isFalse();
  }

  private void contextDraftEpochs(int epochs) {
    state.changeDraft(
        state.draftSpecProperty().get(),
        TrainingConfig.tutorial().withEpochs(epochs),
        state.draftValidProperty().get());
  }
}
