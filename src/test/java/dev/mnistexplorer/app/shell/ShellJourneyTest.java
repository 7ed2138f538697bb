package dev.mnistexplorer.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.app.common.SharedState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The whole main window headless under Monocle, wired as the app wires it. */
@DjlTest
@ExtendWith(ApplicationExtension.class)
class ShellJourneyTest {
  private AppAssembly assembly;
  private MainWindow window;
  private ShellController controller;
  private ShellModel shell;
  private Path home;

  private WholeWindow opened;

  @Start
  void start(Stage stage) throws IOException {
    opened = WholeWindow.open(stage, 1200, 760, Place.PREDICT);
    assembly = opened.wired().assembly();
    window = opened.wired().window();
    shell = opened.wired().model();
    controller = opened.wired().controller();
    home = opened.home();
  }

  @AfterEach
  void close() throws Exception {
    opened.close();
  }

  private SharedState state() {
    return assembly.context().state();
  }

  private void waitForTheBundledModel() throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> state().modelProperty().get() != null);
  }

  @Test
  void clickingANavigationButtonShowsThatPlace(FxRobot robot) {
    robot.clickOn("Network");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.current()).isEqualTo(Place.NETWORK);
  }

  @Test
  void theShortcutsSwitchPlacesAndF5TogglesProjectorMode(FxRobot robot) {
    robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.current()).isEqualTo(Place.EVALUATE);

    robot.press(KeyCode.F5).release(KeyCode.F5);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(state().uiScaleProperty().get()).isEqualTo(Themes.PROJECTOR_SCALE);
    assertThat(window.root().getScene().getStylesheets())
        .anyMatch(sheet -> sheet.endsWith("projector.css"));
  }

  @Test
  void openingACorruptedModelFileShowsTheErrorAndTheAppStaysUsable(FxRobot robot) throws Exception {
    waitForTheBundledModel();
    var bundled = state().modelProperty().get();
    Path corrupted = Files.write(home.resolve("corrupted.mnx"), new byte[] {'P', 'K', 3, 4, 0});

    robot.interact(() -> controller.openModel(corrupted));
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());

    DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    assertThat(dialog.getContentText()).contains("corrupted.mnx");
    robot.clickOn("OK");
    robot.clickOn("Network");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.current()).isEqualTo(Place.NETWORK);
    assertThat(state().modelProperty().get()).isSameAs(bundled);
    float[] answer = assembly.context().models().predict(new float[784]).get(5, TimeUnit.SECONDS);
    assertThat(answer).hasSize(10);
  }
}
