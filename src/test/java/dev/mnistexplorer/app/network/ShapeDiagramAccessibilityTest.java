package dev.mnistexplorer.app.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.TestScenes;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.network.ShapeTrace;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The shape diagram in words, as a screen reader asks for them, and step by step with arrows. */
@ExtendWith(ApplicationExtension.class)
class ShapeDiagramAccessibilityTest {
  private final ShapeDiagram diagram = new ShapeDiagram();

  @Start
  void start(Stage stage) {
    diagram.stepsProperty().setAll(ShapeTrace.of(NetworkSpec.tutorial(), 64));
    TestScenes.show(stage, diagram, 900, 300);
  }

  @Test
  void theDiagramReadsEveryLayerWithItsShapeAndParameters() {
    assertThat(diagram.queryAccessibleAttribute(AccessibleAttribute.ROLE))
        .isEqualTo(AccessibleRole.TEXT);
    assertThat(text())
        .startsWith(
            "What a batch goes through, shape after each step: input: (64,1,28,28); flatten:"
                + " (64,784); Linear: (64,256), 200,960 parameters;")
        .endsWith("softmax: (64,10)");
    assertThat(diagram.isFocusTraversable()).isTrue();
  }

  @Test
  void arrowsReadOneStepAtATime(FxRobot robot) {
    robot.interact(() -> press(KeyCode.RIGHT));
    assertThat(text()).isEqualTo("Step 1 of 6: input: (64,1,28,28)");
    robot.interact(() -> press(KeyCode.RIGHT));
    robot.interact(() -> press(KeyCode.RIGHT));
    assertThat(text()).isEqualTo("Step 3 of 6: Linear: (64,256), 200,960 parameters");
    robot.interact(() -> press(KeyCode.END));
    assertThat(text()).isEqualTo("Step 6 of 6: softmax: (64,10)");
  }

  @Test
  void aStaleDiagramSaysItShowsTheLastNetworkThatCouldBeBuilt(FxRobot robot) {
    robot.interact(() -> diagram.setStale(true));
    assertThat(text()).startsWith("The last network that could be built, shape after each step:");
  }

  private String text() {
    return (String) diagram.queryAccessibleAttribute(AccessibleAttribute.TEXT);
  }

  private void press(KeyCode key) {
    diagram.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false));
  }
}
