package dev.mnistexplorer.app.shell;

import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.service.ModelService;
import java.util.Arrays;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The desktop application: shows the main window at once, then starts the engine and loads the
 * bundled pretrained model in the background.
 */
public final class DesktopApp extends Application {
  private ModelService service;

  /** Whether these arguments ask for the desktop app rather than a command. */
  public static boolean isDesktopLaunch(String[] args) {
    return Arrays.stream(args).allMatch(arg -> arg.equals("--verbose"));
  }

  /** Launches JavaFX (blocks until the window closes). */
  public static void launchApp(String[] args) {
    Application.launch(DesktopApp.class, args);
  }

  @Override
  public void start(Stage stage) {
    service = new ModelService(EngineSettings.defaults());
    MainWindow window = new MainWindow(service, Platform::runLater);
    stage.setTitle("MNIST Explorer");
    stage.setScene(new Scene(window.root(), 960, 640));
    stage.show();
    window.startEngine();
  }

  @Override
  public void stop() {
    if (service != null) {
      service.close();
    }
  }
}
