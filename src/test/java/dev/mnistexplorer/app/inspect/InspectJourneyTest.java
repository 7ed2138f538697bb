package dev.mnistexplorer.app.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.app.TestContexts;
import dev.mnistexplorer.app.TestScenes;
import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.SentDigit;
import dev.mnistexplorer.core.data.DatasetLoader;
import dev.mnistexplorer.core.data.LabeledImages;
import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.service.ModelService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Inspect place headless under Monocle: a dataset digit's forward pass, stage by stage. */
@DjlTest
@ExtendWith(ApplicationExtension.class)
class InspectJourneyTest {
  private ModelService models;
  private AppContext context;
  private InspectModel model;
  private InspectFeature feature;

  @Start
  void start(Stage stage) {
    models = new ModelService(EngineSettings.defaults());
    context = TestContexts.onFxThread(models, new TestContexts.RecordingNavigator());
    model = new InspectModel(context);
    feature = new InspectFeature(context, model);
    TestScenes.show(stage, feature.view(), 1100, 760);
    TestContexts.openBundledOnFxThread(models, context);
  }

  @AfterEach
  void close() {
    models.close();
  }

  @Test
  void aDatasetDigitIsShownStageByStageAndByLayerAgreesWithByHand(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> context.state().modelProperty().get() != null);
    assertThat(robot.lookup(".inspect-hint").queryAs(Label.class).getText())
        .startsWith("Draw a digit in Predict");
    LabeledImages test = DatasetLoader.bundledMnist().test().limit(13);
    robot.interact(
        () -> {
          feature.shown(); // as the shell does on "Inspect" in Dataset, just before the digit
          context
              .state()
              .sendToInspect(new SentDigit(test.imageUnit(12), "MNIST test #12", test.label(12)));
        });
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.passProperty().get() != null);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(robot.lookup(".inspect-source").queryAs(Label.class).getText())
        .isEqualTo("MNIST test #12, labelled " + test.label(12));
    assertThat(robot.lookup(".stage-card").<Node>query().isFocused()).isTrue();
    int units = models.current().spec().hidden().get(0).units();
    assertThat(texts(robot, ".stage-title"))
        .containsExactly(
            "input 28×28",
            "normalised",
            "flattened",
            "W·x + b, layer 1",
            "relu, layer 1",
            "W·x + b, layer 2",
            "relu, layer 2",
            "logits: W·x + b",
            "softmax");
    assertThat(texts(robot, ".stage-shape"))
        .startsWith("[28, 28]", "[28, 28]", "[1, 784]", "[1, " + units + "]")
        .endsWith("[1, 10]", "[1, 10]");
    assertThat(robot.lookup(".stage-canvas").queryAllAs(StageCanvas.class))
        .hasSize(9)
        .allSatisfy(canvas -> assertThat(canvas.getAccessibleText()).contains(" values as "));
    assertThat(robot.lookup(".stage-card").queryAllAs(StageCard.class))
        .allSatisfy(card -> assertThat(card.getAccessibleText()).startsWith("Stage "));
    assertThat(robot.lookup(".stage-difference").queryAs(Label.class).getText())
        .isEqualTo(InspectText.compareHint());

    robot.moveTo(robot.lookup(".stage-canvas").<Node>query());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(texts(robot, ".stage-readout").get(0))
        .matches("pixel \\(row 1[34], column 1[34]\\): .+");

    robot.clickOn("By layer");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.comparisonProperty().get() != null);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup(".stage-difference").queryAs(Label.class).getText())
        .startsWith("max |Δ| between by hand and by layer: ");
    assertThat(robot.lookup(".stage-formula").queryAs(Label.class).getText())
        .startsWith("By layer: ");
  }

  @Test
  void leftAndRightMoveBetweenStagesAndTheFormulaFollows(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> context.state().modelProperty().get() != null);
    LabeledImages test = DatasetLoader.bundledMnist().test().limit(1);
    robot.interact(() -> context.state().padDigitChanged(new SentDigit(test.imageUnit(0), "", -1)));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.passProperty().get() != null);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup(".inspect-source").queryAs(Label.class).getText())
        .isEqualTo(InspectText.followingPad());

    robot.clickOn(".stage-card");
    assertThat(model.selectedStageProperty().get()).isZero();
    robot.type(KeyCode.RIGHT, 3);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(model.selectedStageProperty().get()).isEqualTo(3);
    StageCard chosen = (StageCard) robot.lookup(".stage-card").queryAll().toArray()[3];
    assertThat(chosen.isFocused()).isTrue();
    assertThat(chosen.getPseudoClassStates().toString()).contains("selected");
    Label formula = robot.lookup(".stage-formula").queryAs(Label.class);
    assertThat(formula.getText()).isEqualTo("By hand: torch.mm(x, w) + b");

    // Up and Down read the chosen stage's values, as the pointer does; a screen reader hears it.
    robot.type(KeyCode.DOWN, 2);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(chosen.readout.getText()).startsWith("unit 1: ");
    assertThat(chosen.getAccessibleText()).isEqualTo(chosen.readout.getText());
    assertThat(model.selectedStageProperty().get()).isEqualTo(3);

    robot.type(KeyCode.LEFT);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(model.selectedStageProperty().get()).isEqualTo(2);
    assertThat(robot.lookup(".stage-detail .section-title").queryAs(Label.class).getText())
        .isEqualTo("Step 3 of 9: flattened");

    robot.press(KeyCode.ALT, KeyCode.L).release(KeyCode.L, KeyCode.ALT);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.comparisonProperty().get() != null);
    assertThat(model.byLayerProperty().get()).isTrue();
  }

  @Test
  void theSecondTabShowsTheFirstLayersWeightsAndTheForwardPassRestsMeanwhile(FxRobot robot)
      throws Exception {
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> context.state().modelProperty().get() != null);
    assertThat(model.showingProperty().get()).isTrue();

    robot.clickOn(robot.lookup(".tab").nth(1).<Node>query());
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () ->
            String.valueOf(robot.lookup(".weights-grid").query().getAccessibleText())
                .contains("Weights of 512 units of layer 1"));

    assertThat(model.weightsChosenProperty().get()).isTrue();
    assertThat(model.showingProperty().get()).isFalse();
    robot.interact(() -> model.weightsChosenProperty().set(false));
    assertThat(robot.lookup(".stage-strip").query().isVisible()).isTrue();
    assertThat(model.showingProperty().get()).isTrue();
  }

  private static List<String> texts(FxRobot robot, String query) {
    return robot.lookup(query).queryAllAs(Label.class).stream().map(Label::getText).toList();
  }
}
