package dev.mnistexplorer.app.predict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.app.TestContexts;
import dev.mnistexplorer.app.TestScenes;
import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.DigitInDataset;
import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.core.data.DatasetLoader;
import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.service.ModelService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Why this answer?" headless under Monocle: the overlay, why not k, the nearest digits. */
@DjlTest
@ExtendWith(ApplicationExtension.class)
class WhyJourneyTest {
  private ModelService models;
  private TestContexts.RecordingNavigator navigator;
  private AppContext context;
  private PredictModel model;

  @Start
  void start(Stage stage) throws Exception {
    models = new ModelService(EngineSettings.defaults());
    navigator = new TestContexts.RecordingNavigator();
    context = TestContexts.onFxThread(models, navigator);
    context.state().replaceDataset(DatasetLoader.bundledMnist().limit(6000, 100));
    model = new PredictModel(context);
    PredictFeature feature = new PredictFeature(context, model);
    TestScenes.show(stage, feature.view(), 1280, 720);
    TestContexts.openBundledOnFxThread(models, context);
  }

  @AfterEach
  void close() {
    models.close();
  }

  @Test
  void whyShowsWhichPixelsPushedAndTheNearestDigitsLeadToTheDataset(FxRobot robot)
      throws Exception {
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> context.state().modelProperty().get() != null);
    robot.interact(() -> model.addStrokes(SampleDrawings.seven()));
    Label digit = robot.lookup(".answer-digit").queryAs(Label.class);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "7".equals(digit.getText()));

    robot.clickOn(robot.lookup(".why-row .check-box").queryAs(CheckBox.class));

    Label title = robot.lookup(".why-title").queryAs(Label.class);
    NetworkInputView picture = robot.lookup(".why-picture").queryAs(NetworkInputView.class);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> title.getText().startsWith("Why 7"));
    assertThat(title.getText()).isEqualTo("Why 7 · gradient × input");
    assertThat(picture.hasOverlay()).isTrue();
    assertThat(picture.isVisible()).isTrue();
    assertThat(picture.getAccessibleText())
        .startsWith(
            "Why 7: pixels that pushed towards 7 in orange, against in blue. Strongest push")
        .contains("Logit of 7: ");
    assertThat(robot.lookup(".softmax-bars").query().isVisible()).isFalse();

    @SuppressWarnings("unchecked")
    ComboBox<Integer> explained = robot.lookup(".why-row .combo-box").queryAs(ComboBox.class);
    robot.interact(() -> explained.setValue(3));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> title.getText().startsWith("Why not"));
    assertThat(title.getText()).isEqualTo("Why not 3 · gradient × input");
    assertThat(robot.lookup(".why-legend").queryAs(Label.class).getText())
        .isEqualTo("orange: pushed towards 3 · blue: pushed against");

    List<Button> nearest =
        robot.lookup(".nearest-digit").queryAllAs(Button.class).stream().toList();
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> nearest.stream().allMatch(Node::isVisible));
    assertThat(nearest).hasSize(8);
    assertThat(nearest.get(0).getTooltip().getText()).startsWith("Training digit #");

    robot.clickOn(nearest.get(0));
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(navigator.shown).containsExactly(Place.DATASET);
    DigitInDataset asked = context.state().digitToBrowseProperty().get();
    assertThat(asked.test()).isFalse();
    assertThat(nearest.get(0).getTooltip().getText())
        .contains(String.format(java.util.Locale.ENGLISH, "#%,d", asked.index()));
  }
}
