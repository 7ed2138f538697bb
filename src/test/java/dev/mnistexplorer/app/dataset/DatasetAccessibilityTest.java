package dev.mnistexplorer.app.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.TestContexts;
import dev.mnistexplorer.app.TestScenes;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.data.DatasetLoader;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a screen reader hears in the Dataset place, and that every custom drawing is reached and
 * used by keyboard: read through {@code queryAccessibleAttribute}, as the platform's reader does.
 */
@ExtendWith(ApplicationExtension.class)
class DatasetAccessibilityTest {
  private static Dataset mnist;
  private DatasetModel model;
  private DatasetView view;

  @BeforeAll
  static void loadMnist() throws IOException {
    mnist = DatasetLoader.bundledMnist().limit(3000, 500);
  }

  @Start
  void start(Stage stage) {
    var context = TestContexts.onFxThread(null, new TestContexts.RecordingNavigator());
    model = new DatasetModel(context);
    view = (DatasetView) new DatasetFeature(context, model).view();
    context.state().replaceDataset(mnist);
    TestScenes.show(stage, view, 1100, 750);
  }

  private static Object text(Node node) {
    return node.queryAccessibleAttribute(AccessibleAttribute.TEXT);
  }

  private void focus(FxRobot robot, Node node) {
    robot.interact(node::requestFocus);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void theGridNamesTheSelectedDigitByLabelAndIndexAndFollowsTheArrowKeys(FxRobot robot) {
    DatasetGrid grid = view.grid;
    focus(robot, grid);

    assertThat(grid.queryAccessibleAttribute(AccessibleAttribute.ROLE))
        .isEqualTo(AccessibleRole.IMAGE_VIEW);
    assertThat(grid.isFocusTraversable()).isTrue();
    // MNIST's first training images are a 5, then a 0.
    assertThat(text(grid)).isEqualTo("Label 5, image #0, 1 of 3,000. 3,000 training images");
    assertThat((String) grid.queryAccessibleAttribute(AccessibleAttribute.HELP))
        .contains("Arrow keys", "Page Up");

    robot.type(KeyCode.RIGHT);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(text(grid)).isEqualTo("Label 0, image #1, 2 of 3,000. 3,000 training images");
  }

  @Test
  void theClassBarsAreReachedByKeyboardSpeakTheClassAndFilterOnEnter(FxRobot robot)
      throws TimeoutException {
    ClassCountBars bars = view.bars;
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> bars.statisticsProperty().get() != null);
    focus(robot, bars);
    assertThat(bars.isFocused()).isTrue();

    robot.type(KeyCode.RIGHT);
    WaitForAsyncUtils.waitForFxEvents();
    int ones = bars.statisticsProperty().get().counts()[1];
    assertThat((String) text(bars))
        .startsWith(String.format("Class 1: %,d images. Images per class: 0: ", ones));

    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(model.labelFilterProperty().get()).isEqualTo(1);
  }

  @Test
  void thePixelValuesReadThePixelTheArrowKeysMoveTo(FxRobot robot) {
    PixelValuesView pixels = view.detail.pixels;
    focus(robot, pixels);
    assertThat(pixels.isFocused()).isTrue();
    String before = (String) text(pixels);

    robot.type(KeyCode.UP);
    WaitForAsyncUtils.waitForFxEvents();

    String after = (String) text(pixels);
    assertThat(after).startsWith("Raw pixel values from 0 to 255. Row ").isNotEqualTo(before);
    assertThat(after)
        .isEqualTo("Raw pixel values from 0 to 255. " + pixels.readoutProperty().get());
  }

  @Test
  void theDetailTheMeansAndMyDigitsSayWhatTheyShow() throws TimeoutException {
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !view.means.getChildren().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(text(view.detail)).isEqualTo("Selected digit: Training image #0, Label 5");
    Node zero = view.means.getChildren().get(0);
    assertThat((String) text(zero)).matches("Mean image of class 0, [\\d,]+ images");
    assertThat(zero.isFocusTraversable()).isTrue();
    assertThat(text(view.myDigits)).isEqualTo(view.myDigits.count.getText());
  }
}
