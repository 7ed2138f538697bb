package dev.mnistexplorer.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.app.common.Place;
import java.io.IOException;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The controls that paint on a canvas take their colours from the theme: switching to the dark
 * theme turns the class-count numbers light (they were dark on dark), and back again.
 */
@DjlTest
@ExtendWith(ApplicationExtension.class)
class ThemedCanvasJourneyTest {
  private static final Color LIGHT_TEXT = Color.web("#1b1b1f");
  private static final Color DARK_TEXT = Color.web("#ececf1");
  private AppAssembly assembly;
  private MainWindow window;
  private ShellModel shell;

  private WholeWindow opened;

  @Start
  void start(Stage stage) throws IOException {
    opened = WholeWindow.open(stage, 1280, 720, Place.DATASET);
    assembly = opened.wired().assembly();
    window = opened.wired().window();
    shell = opened.wired().model();
  }

  @AfterEach
  void close() throws Exception {
    opened.close();
  }

  @Test
  void classCountNumbersAreLightInTheDarkTheme(FxRobot robot) {
    Node bars = robot.lookup(".class-count-bars").query();
    assertThat(colour(bars, "-bar-text")).isEqualTo(LIGHT_TEXT);

    robot.interact(() -> shell.darkProperty().set(true));
    assertThat(colour(bars, "-bar-text")).isEqualTo(DARK_TEXT);
    assertThat(colour(robot.lookup(".dataset-grid").query(), "-grid-selection"))
        .isEqualTo(Color.web("#56b4e9"));

    robot.interact(() -> shell.darkProperty().set(false));
    assertThat(colour(bars, "-bar-text")).isEqualTo(LIGHT_TEXT);
  }

  @Test
  void confusionMatrixMarksAnEmptyCellInTheThemesText(FxRobot robot) {
    robot.interact(
        () -> {
          window.show(Place.EVALUATE);
          shell.darkProperty().set(true);
        });
    WaitForAsyncUtils.waitForFxEvents();
    Node matrix = robot.lookup(".confusion-matrix").query();
    assertThat(colour(matrix, "-matrix-empty-mark")).isEqualTo(DARK_TEXT);
  }

  @Test
  void theDrawingPadInkStaysDarkInTheDarkTheme(FxRobot robot) {
    robot.interact(
        () -> {
          window.show(Place.PREDICT);
          shell.darkProperty().set(true);
        });
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(colour(robot.lookup(".drawing-pad").query(), "-pad-ink"))
        .isEqualTo(Color.web("#111111"));
  }

  /** The node's CSS colour property {@code css} as the theme set it. */
  @SuppressWarnings("unchecked")
  private static Color colour(Node node, String css) {
    for (CssMetaData<? extends Styleable, ?> meta : node.getCssMetaData()) {
      if (meta.getProperty().equals(css)) {
        return ((CssMetaData<Node, Color>) meta).getStyleableProperty(node).getValue();
      }
    }
    throw new AssertionError(node + " has no CSS property " + css);
  }
}
