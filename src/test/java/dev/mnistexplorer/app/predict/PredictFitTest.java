package dev.mnistexplorer.app.predict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.app.TestContexts;
import dev.mnistexplorer.app.TestScenes;
import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.service.ModelService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Predict place in the window's place area on small screens in projector mode (a 26 px root
 * font): the answer card ran past the right edge at 1024×768, and a first stroke grew the pad at
 * 1280×720 so that everything under it dropped out of the window. The ten bars and their digits are
 * the point of the place: they are always whole in sight, and drawing moves nothing.
 */
@DjlTest
@ExtendWith(ApplicationExtension.class)
class PredictFitTest {
  private ModelService models;
  private AppContext context;

  @AfterEach
  void close() throws Exception {
    models.close();
  }

  /** The place area's size: the window less the menu, status bar and navigation. */
  @ParameterizedTest(name = "{0}×{1} screen")
  @CsvSource({
    "1024, 768, 779, 681, true",
    "1280, 720, 1035, 633, true",
    "1024, 768, 897, 711, false"
  })
  void theBarsStayInSightAndAStrokeMovesNothing(
      int screenWidth, int screenHeight, int width, int height, boolean projector, FxRobot robot)
      throws Exception {
    PredictView view = show(width, height, projector);
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> context.state().modelProperty().get() != null);
    WaitForAsyncUtils.waitForFxEvents();
    assertBarsInSight(view);
    List<Bounds> before = layout(view);

    drawAOne(robot, view);
    Label digit = view.answer.digit;
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> digit.getText().matches("\\d"));
    WaitForAsyncUtils.waitForFxEvents();

    assertBarsInSight(view);
    assertThat(layout(view)).as("where everything is, before and after a stroke").isEqualTo(before);
    assertThat(view.answer.addToMyDigits.isVisible() ? bottom(view.answer.addToMyDigits) : 0)
        .as("Add to my digits ends above the Why switch")
        .isLessThanOrEqualTo(view.answer.whyPanel.why.localToScene(0, 0).getY());
    WaitForAsyncUtils.asyncFx(() -> view.getScene().getWindow().hide()).get();
  }

  /**
   * Projector mode and a theme switch after the place was laid out: the place is fitted again to
   * the new font size, as to the window (the title came back and the card ran off the edge).
   */
  @Test
  void aThemeSwitchInProjectorModeFitsThePlaceAgain() throws Exception {
    PredictView view = show(1035, 633, false);
    WaitForAsyncUtils.waitForFxEvents();
    Scene scene = view.getScene();
    WaitForAsyncUtils.asyncFx(() -> scene.getStylesheets().setAll(sheets(true))).get();
    WaitForAsyncUtils.waitForFxEvents();
    List<String> dark = new ArrayList<>(sheets(true));
    dark.set(0, dark.get(0).replace("tokens-light", "tokens-dark"));
    WaitForAsyncUtils.asyncFx(() -> scene.getStylesheets().setAll(dark)).get();
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(view.lookup(".predict-header").isVisible())
        .as("the title, in a low window")
        .isFalse();
    assertBarsInSight(view);
    WaitForAsyncUtils.asyncFx(() -> scene.getWindow().hide()).get();
  }

  /** Within the window's place area, which cuts off whatever the view draws outside it. */
  private static void assertBarsInSight(PredictView view) {
    Node area = view.getParent();
    Bounds place = area.localToScene(area.getLayoutBounds());
    Bounds card = view.answer.localToScene(view.answer.getLayoutBounds());
    assertThat(card.getMaxX()).as("the card's right edge").isLessThanOrEqualTo(place.getMaxX());
    for (Node part : view.answer.bars.lookupAll(".softmax-track, .softmax-name")) {
      Bounds shown = part.localToScene(part.getLayoutBounds());
      assertThat(place.contains(shown)).as("%s inside %s", shown, place).isTrue();
    }
  }

  private static double bottom(Node node) {
    return node.localToScene(node.getLayoutBounds()).getMaxY();
  }

  private PredictView show(int width, int height, boolean projector) throws Exception {
    models = new ModelService(EngineSettings.defaults());
    return WaitForAsyncUtils.asyncFx(
            () -> {
              context = TestContexts.onFxThread(models, new TestContexts.RecordingNavigator());
              PredictView view = (PredictView) new PredictFeature(context).view();
              StackPane place = new StackPane(view);
              // As the window's place area: at the top left, the view no larger than the area.
              place.getStyleClass().add("place-content");
              place.setAlignment(Pos.TOP_LEFT);
              place.setMinSize(0, 0);
              Stage stage = new Stage();
              stage.setScene(new Scene(place, width, height));
              stage.getScene().getStylesheets().setAll(sheets(projector));
              stage.show();
              TestContexts.openBundledOnFxThread(models, context);
              return view;
            })
        .get();
  }

  private static void drawAOne(FxRobot robot, PredictView view) {
    Node paper = view.pad.lookup(".pad-paper");
    Bounds bounds = paper.localToScreen(paper.getBoundsInLocal());
    double x = bounds.getCenterX();
    robot
        .drag(new Point2D(x, bounds.getMinY() + bounds.getHeight() * 0.2), MouseButton.PRIMARY)
        .moveTo(new Point2D(x, bounds.getMinY() + bounds.getHeight() * 0.5))
        .moveTo(new Point2D(x, bounds.getMinY() + bounds.getHeight() * 0.8))
        .drop();
  }

  /**
   * Where the pad, the card, the bars with their digits and the switches are. The answer's own
   * words change with a stroke, inside the card; none of these may move.
   */
  private static List<Bounds> layout(PredictView view) {
    List<Node> parts = new ArrayList<>();
    parts.addAll(
        List.of(
            view.pad,
            view.answer,
            view.answer.bars,
            view.answer.untrained,
            view.answer.whyPanel.switchRow,
            view.networkInput,
            view.centreDigit));
    parts.addAll(view.answer.bars.lookupAll(".softmax-track, .softmax-name"));
    return parts.stream().map(part -> part.localToScene(part.getLayoutBounds())).toList();
  }

  private static List<String> sheets(boolean projector) {
    List<String> names =
        projector
            ? List.of("tokens-light.css", "app.css", "projector.css")
            : List.of("tokens-light.css", "app.css");
    return names.stream().map(TestScenes::sheet).toList();
  }
}
