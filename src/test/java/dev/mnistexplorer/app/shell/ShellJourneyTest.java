package dev.mnistexplorer.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.common.Page;
import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.service.ModelService;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window headless under Monocle: navigation by click and by shortcut. */
@ExtendWith(ApplicationExtension.class)
class ShellJourneyTest {
  private AppAssembly assembly;
  private MainWindow window;

  @Start
  void start(Stage stage) {
    MainWindow[] holder = new MainWindow[1];
    assembly =
        new AppAssembly(
            new ModelService(EngineSettings.defaults()),
            javafx.application.Platform::runLater,
            page -> holder[0].show(page));
    window = new MainWindow(assembly.context(), assembly.features());
    holder[0] = window;
    Scene scene = new Scene(window.root(), 1000, 700);
    Themes.apply(scene);
    stage.setScene(scene);
    window.show(Page.PREDICT);
    stage.show();
  }

  @AfterEach
  void close() {
    assembly.close();
  }

  @Test
  void clickingANavigationButtonShowsThatPlace(FxRobot robot) {
    robot.clickOn("Network");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.current()).isEqualTo(Page.NETWORK);
  }
}
