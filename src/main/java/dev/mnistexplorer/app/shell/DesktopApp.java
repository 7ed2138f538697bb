package dev.mnistexplorer.app.shell;

import dev.mnistexplorer.app.common.Page;
import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.service.ModelService;
import java.util.Arrays;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The desktop application: shows the main window at once, then starts the engine, loads MNIST and
 * the bundled pretrained model in the background.
 */
public final class DesktopApp extends Application {
  private AppAssembly assembly;

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
    MainWindow[] window = new MainWindow[1];
    assembly =
        new AppAssembly(
            new ModelService(EngineSettings.defaults()),
            Platform::runLater,
            page -> window[0].show(page));
    window[0] = new MainWindow(assembly.context(), assembly.features());
    Scene scene = new Scene(window[0].root(), 1200, 800);
    Themes.apply(scene);
    stage.setTitle("MNIST Explorer");
    stage.setScene(scene);
    window[0].show(Page.PREDICT);
    stage.show();
    Startup.begin(assembly.context());
  }

  @Override
  public void stop() {
    if (assembly != null) {
      assembly.close();
    }
  }
}
