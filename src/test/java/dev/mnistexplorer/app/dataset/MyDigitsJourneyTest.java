package dev.mnistexplorer.app.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.app.TestContexts;
import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.predict.PadStroke;
import dev.mnistexplorer.app.predict.PredictFeature;
import dev.mnistexplorer.app.predict.PredictModel;
import dev.mnistexplorer.core.data.DatasetLoader;
import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.mydigits.MyDigitStore;
import dev.mnistexplorer.core.service.ModelService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Teach it my handwriting, headless under Monocle: a drawing on Predict, a digit key saves it, the
 * Dataset place shows it in My digits, and Delete (answered Yes) removes it again.
 */
@DjlTest
@ExtendWith(ApplicationExtension.class)
class MyDigitsJourneyTest {
  private ModelService models;
  private AppContext context;
  private PredictModel predict;
  private DatasetModel browsing;
  private Node predictView;
  private Node datasetView;
  private StackPane place;

  @Start
  void start(Stage stage) throws Exception {
    models = new ModelService(EngineSettings.defaults());
    context = TestContexts.onFxThread(models, new TestContexts.RecordingNavigator());
    context.state().replaceDataset(DatasetLoader.bundledMnist().limit(200, 200));
    predict = new PredictModel(context);
    browsing = new DatasetModel(context);
    predictView = new PredictFeature(context, predict).view();
    datasetView = new DatasetFeature(context, browsing, new MyDigitsModel(context)).view();
    place = new StackPane(predictView);
    Scene scene = new Scene(place, 1200, 800);
    scene
        .getStylesheets()
        .add(
            getClass()
                .getResource("/dev/mnistexplorer/app/theme/tokens-light.css")
                .toExternalForm());
    stage.setScene(scene);
    stage.show();
    TestContexts.openBundledOnFxThread(models, context);
  }

  @AfterEach
  void close() {
    models.close();
  }

  @Test
  void aDigitKeyAddsTheDrawingWhichDatasetShowsAndDeletes(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(
        20, TimeUnit.SECONDS, () -> context.state().modelProperty().get() != null);
    robot.interact(
        () -> {
          predict.addStrokes(
              List.of(PadStroke.through(0.3f, 0.25f, 0.7f, 0.25f, 0.55f, 0.55f, 0.45f, 0.8f)));
          robot.lookup(".drawing-pad").query().requestFocus();
        });
    robot.type(javafx.scene.input.KeyCode.DIGIT7);

    Label saved = robot.lookup(".my-digits-message").queryAs(Label.class);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !saved.getText().isEmpty());
    assertThat(saved.getText()).isEqualTo("Saved as a 7 — 1 digit in My digits");
    MyDigitStore store = new MyDigitStore(context.folders().myDigits());
    assertThat(store.load()).hasSize(1);
    assertThat(store.load().get(0).strokes()).hasSize(1);

    robot.interact(() -> place.getChildren().setAll(datasetView));
    robot.clickOn(".dataset-menu");
    robot.clickOn("My digits (drawn on Predict)");
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () -> context.state().datasetProperty().get().name().equals("My digits"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(browsing.visibleProperty().get().count()).isEqualTo(1);
    assertThat(browsing.selectedProperty().get().label()).isEqualTo(7);
    assertThat(robot.lookup(".my-digits-count").queryAs(Label.class).getText())
        .isEqualTo("1 digit in My digits");

    robot.interact(() -> robot.lookup(".dataset-grid").query().requestFocus());
    robot.type(javafx.scene.input.KeyCode.DELETE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup(".confirm-row").query().isVisible()).isTrue();
    robot.type(javafx.scene.input.KeyCode.ENTER);

    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> store.load().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(browsing.visibleProperty().get().count()).isZero();
    assertThat(robot.lookup(".empty-my-digits").query().isVisible()).isTrue();
  }
}
