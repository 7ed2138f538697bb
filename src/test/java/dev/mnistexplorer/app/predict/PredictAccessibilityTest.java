package dev.mnistexplorer.app.predict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.TestScenes;
import java.util.Arrays;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What a screen reader hears from the Predict place's own controls, asked the way one asks ({@code
 * queryAccessibleAttribute}), and that the keyboard reaches them.
 */
@ExtendWith(ApplicationExtension.class)
class PredictAccessibilityTest {
  private final DrawingPad pad = new DrawingPad();
  private final SoftmaxBars bars = new SoftmaxBars();
  private final NetworkInputView input = new NetworkInputView(new SimpleDoubleProperty(1));

  @Start
  void start(Stage stage) {
    TestScenes.show(stage, new VBox(pad, bars, input), 600, 900);
  }

  @Test
  void thePadIsAnImageThatSaysItIsBlankAndNamesItsKeys() {
    assertThat(role(pad)).isEqualTo(AccessibleRole.IMAGE_VIEW);
    assertThat(text(pad)).isEqualTo("Drawing pad: blank");
    assertThat(pad.isFocusTraversable()).isTrue();
  }

  @Test
  void thePadSaysWhatTheNetworkAnswers() {
    String said = PredictText.padDescription(false, "7", PredictText.confidence(0.986));
    assertThat(said).isEqualTo("Drawing pad: the network says 7, 98.6% sure");
    assertThat(PredictText.padDescription(false, "", "Keep drawing: make the digit bigger"))
        .isEqualTo("Drawing pad: Keep drawing: make the digit bigger");
  }

  @Test
  void theBarsSpeakEveryClassWithItsProbabilityTheAnswerFirst(FxRobot robot) {
    robot.interact(() -> bars.setProbabilities(answer(7, 0.9f)));
    assertThat(role(bars)).isEqualTo(AccessibleRole.TEXT);
    assertThat(text(bars))
        .startsWith("The answer: 7, 90%. Probability of each digit: 0: 1%, 1: 1%,")
        .endsWith("7: 90%, 8: 1%, 9: 1%");
    assertThat(bars.isFocusTraversable()).isTrue();
  }

  @Test
  void arrowsMoveFromBarToBarAndTheTextNamesThatBar(FxRobot robot) {
    robot.interact(
        () -> {
          bars.setProbabilities(answer(7, 0.9f));
          bars.requestFocus();
          press(bars, KeyCode.RIGHT);
        });
    assertThat(text(bars)).isEqualTo("7: 90%, the answer, 8 of 10");
    robot.interact(() -> press(bars, KeyCode.RIGHT));
    assertThat(text(bars)).isEqualTo("8: 1%, 9 of 10");
    robot.interact(() -> press(bars, KeyCode.HOME));
    assertThat(text(bars)).isEqualTo("0: 1%, 1 of 10");
    robot.interact(() -> press(bars, KeyCode.LEFT));
    assertThat(bars.selectedBar()).isZero();
  }

  @Test
  void altArrowsAreLeftToTheMenusForALessonsSteps(FxRobot robot) {
    robot.interact(
        () -> {
          bars.setProbabilities(answer(7, 0.9f));
          bars.requestFocus();
          press(bars, KeyCode.RIGHT);
          bars.fireEvent(
              new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.RIGHT, false, false, true, false));
        });

    assertThat(bars.selectedBar()).isEqualTo(7); // Alt+Right did not move to 8
  }

  @Test
  void theNearestDigitsArePaintedAgainWhenProjectorModeEnlargesThem(FxRobot robot) {
    javafx.beans.property.DoubleProperty uiScale =
        new javafx.beans.property.SimpleDoubleProperty(1);
    WhyPanel panel = new WhyPanel(uiScale);
    robot.interact(() -> panel.showNearest(0, new float[784], "7", "a seven"));
    javafx.scene.image.ImageView before =
        (javafx.scene.image.ImageView) panel.nearestDigits.get(0).getGraphic();

    robot.interact(() -> uiScale.set(2));

    javafx.scene.image.ImageView after =
        (javafx.scene.image.ImageView) panel.nearestDigits.get(0).getGraphic();
    assertThat(after.getFitWidth()).isEqualTo(2 * before.getFitWidth());
  }

  @Test
  void withoutAnAnswerTheBarsSaySo(FxRobot robot) {
    robot.interact(() -> bars.setProbabilities(null));
    assertThat(text(bars)).isEqualTo("Probability of each digit: no prediction yet");
  }

  @Test
  void theNetworksInputSaysHowManyOfItsPixelsHaveInk(FxRobot robot) {
    assertThat(role(input)).isEqualTo(AccessibleRole.IMAGE_VIEW);
    assertThat(text(input))
        .isEqualTo("What the network sees: 28 by 28 pixels, all black (no digit yet)");
    float[] pixels = new float[784];
    Arrays.fill(pixels, 300, 396, 0.8f);
    robot.interact(() -> input.setInput(pixels));
    assertThat(text(input))
        .isEqualTo("What the network sees: 28 by 28 pixels, 96 of the 784 with ink");
    robot.interact(() -> input.setOverlay(pixels, 1f, "Why 7: pixels that pushed towards 7"));
    assertThat(text(input)).isEqualTo("Why 7: pixels that pushed towards 7");
  }

  private static float[] answer(int best, float probability) {
    float[] p = new float[10];
    Arrays.fill(p, (1 - probability) / 9);
    p[best] = probability;
    return p;
  }

  private static void press(Node node, KeyCode key) {
    node.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false));
  }

  private static String text(Node node) {
    return (String) node.queryAccessibleAttribute(AccessibleAttribute.TEXT);
  }

  private static Object role(Node node) {
    return node.queryAccessibleAttribute(AccessibleAttribute.ROLE);
  }
}
