package dev.mnistexplorer.app.predict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.app.TestContexts;
import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.SentDigit;
import dev.mnistexplorer.core.data.DatasetLoader;
import dev.mnistexplorer.core.data.LabeledImages;
import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.service.ModelService;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Predict place headless under Monocle: draw with the mouse, see the answer. */
@DjlTest
@ExtendWith(ApplicationExtension.class)
class PredictJourneyTest {
  private ModelService models;
  private AppContext context;
  private PredictFeature feature;

  @Start
  void start(Stage stage) {
    models = new ModelService(EngineSettings.defaults());
    context = TestContexts.onFxThread(models, new TestContexts.RecordingNavigator());
    feature = new PredictFeature(context);
    Scene scene = new Scene(new javafx.scene.layout.StackPane(feature.view()), 1100, 760);
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
  void drawStrokesOnThePadAndSeeAPrediction(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> context.state().modelProperty().get() != null);
    Label digit = robot.lookup(".answer-digit").queryAs(Label.class);
    SoftmaxBars bars = robot.lookup(".softmax-bars").queryAs(SoftmaxBars.class);
    assertThat(digit.getText()).isEmpty();
    assertThat(bars.valueAt(1)).isNaN();

    DrawingPad pad = robot.lookup(".drawing-pad").queryAs(DrawingPad.class);
    Bounds paper =
        robot
            .lookup(".pad-paper")
            .query()
            .localToScreen(robot.lookup(".pad-paper").query().getBoundsInLocal());
    double x = paper.getCenterX();
    robot
        .drag(new Point2D(x, paper.getMinY() + paper.getHeight() * 0.2), MouseButton.PRIMARY)
        .moveTo(new Point2D(x, paper.getMinY() + paper.getHeight() * 0.5))
        .moveTo(new Point2D(x, paper.getMinY() + paper.getHeight() * 0.8))
        .drop();

    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> digit.getText().matches("\\d"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(pad.isFocused()).isTrue();
    assertThat(digit.getText()).isEqualTo("1");
    assertThat(bars.valueAt(1)).isGreaterThan(0.5);
    assertThat(robot.lookup(".answer-confidence").queryAs(Label.class).getText())
        .endsWith("% sure");
    // What a screen reader hears: the pad's answer, the bars with the answer first.
    assertThat(pad.queryAccessibleAttribute(AccessibleAttribute.TEXT))
        .asString()
        .startsWith("Drawing pad: the network says 1, ")
        .endsWith("% sure");
    assertThat(bars.queryAccessibleAttribute(AccessibleAttribute.TEXT))
        .asString()
        .startsWith("The answer: 1, ");

    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(digit.getText()).isEmpty();
    assertThat(bars.valueAt(1)).isNaN();
    assertThat(pad.queryAccessibleAttribute(AccessibleAttribute.TEXT))
        .isEqualTo("Drawing pad: blank");
  }

  @Test
  void aDigitSentFromTheDatasetIsShownAndPredicted(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> context.state().modelProperty().get() != null);
    LabeledImages test = DatasetLoader.bundledMnist().test().limit(1);
    robot.interact(
        () ->
            context
                .state()
                .sendToPredict(
                    new SentDigit(test.imageUnit(0), "Dataset, test image #0", test.label(0))));

    Label digit = robot.lookup(".answer-digit").queryAs(Label.class);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> digit.getText().matches("\\d"));
    assertThat(digit.getText()).isEqualTo(Integer.toString(test.label(0)));
    assertThat(robot.lookup(".digit-source").queryAs(Label.class).getText())
        .contains("test image #0");
  }
}
