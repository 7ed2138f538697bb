package dev.mnistexplorer.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.app.common.Page;
import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.service.ModelService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
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
  private CompletableFuture<Void> started;

  @Start
  void start(Stage stage) throws IOException {
    Locale.setDefault(Locale.GERMANY);
    Path home = Files.createTempDirectory("mnist-explorer-locale-test");
    SettingsStore store = new SettingsStore(home.resolve("settings.json"));
    WiredShell wired =
        WiredShell.wire(stage, new ModelService(EngineSettings.defaults()), store, store.load());
    assembly = wired.assembly();
    window = wired.window();
    Scene scene = new Scene(window.root(), 1280, 720);
    wired.controller().attach(scene);
    stage.setScene(scene);
    window.show(Page.DATASET);
    stage.show();
    stage.sizeToScene();
    started = Startup.begin(assembly.context());
  }

  @AfterEach
  void close() throws Exception {
    try {
      started.handle((done, error) -> null).get(60, TimeUnit.SECONDS);
      WaitForAsyncUtils.waitForFxEvents();
      assembly.close();
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

    robot.interact(() -> window.show(Page.NETWORK));
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
