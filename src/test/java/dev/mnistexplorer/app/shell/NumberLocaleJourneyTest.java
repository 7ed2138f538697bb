package dev.mnistexplorer.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.app.common.Place;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On a German desktop every place writes numbers the same way: the Dataset place showed "60.000"
 * while the Network place showed "203,530".
 */
@DjlTest
@ExtendWith(ApplicationExtension.class)
class NumberLocaleJourneyTest {
  private final Locale before = Locale.getDefault();
  private AppAssembly assembly;
  private MainWindow window;

  private WholeWindow opened;

  @Start
  void start(Stage stage) throws IOException {
    Locale.setDefault(Locale.GERMANY);
    opened = WholeWindow.open(stage, 1280, 720, Place.DATASET);
    assembly = opened.wired().assembly();
    window = opened.wired().window();
  }

  @AfterEach
  void close() throws Exception {
    try {
      opened.close();
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void theDatasetCountAndTheParameterCountGroupDigitsAlike(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(
        30,
        TimeUnit.SECONDS,
        () -> robot.lookup(NumberLocaleJourneyTest::isImageCount).tryQuery().isPresent());
    Label images = robot.lookup(NumberLocaleJourneyTest::isImageCount).queryAs(Label.class);
    assertThat(images.getText()).isEqualTo("60,000 training images");

    robot.interact(() -> window.show(Place.NETWORK));
    WaitForAsyncUtils.waitForFxEvents();
    Label parameters = robot.lookup(".parameter-count").queryAs(Label.class);
    assertThat(parameters.getText()).isEqualTo("203,530 parameters");
  }

  private static boolean isImageCount(Node node) {
    return node instanceof Label label
        && label.getText() != null
        && label.getText().endsWith(" training images");
  }
}
