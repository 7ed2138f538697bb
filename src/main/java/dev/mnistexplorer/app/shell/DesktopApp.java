package dev.mnistexplorer.app.shell;

import dev.mnistexplorer.app.bench.UiBenchmark;
import dev.mnistexplorer.app.common.Feature;
import dev.mnistexplorer.app.common.Page;
import dev.mnistexplorer.app.dataset.DatasetFeature;
import dev.mnistexplorer.app.predict.PredictFeature;
import dev.mnistexplorer.app.training.TrainingFeature;
import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.service.ModelService;
import dev.mnistexplorer.core.store.ModelFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The desktop application: shows the main window at once, then starts the engine and loads MNIST
 * and the bundled pretrained model in the background. With {@code --screenshots DIR} it renders
 * each main place to PNG files and exits; with {@code --ui-bench} it measures the window's
 * responsiveness, prints one JSON line per measurement and exits (see {@link UiBenchmark}).
 */
public final class DesktopApp extends Application {
  private static final String SCREENSHOTS = "--screenshots";
  private static final String UI_BENCH = "--ui-bench";
  private AppAssembly assembly;

  /** Whether these arguments ask for the desktop app rather than a command. */
  public static boolean isDesktopLaunch(String[] args) {
    List<String> list = List.of(args);
    return list.isEmpty()
        || isModelFile(list)
        || list.get(0).equals(SCREENSHOTS)
        || list.get(0).equals(UI_BENCH)
        || list.stream().allMatch(arg -> arg.equals("--verbose"));
  }

  /** One model file argument: what a double-click on a .mnx file passes to the launcher. */
  private static boolean isModelFile(List<String> args) {
    return args.size() == 1 && args.get(0).endsWith("." + ModelFiles.EXTENSION);
  }

  /** Launches JavaFX (blocks until the window closes). */
  public static void launchApp(String[] args) {
    Application.launch(DesktopApp.class, args);
  }

  @Override
  public void start(Stage stage) {
    long launched = System.nanoTime();
    SettingsStore store = SettingsStore.atDefaultLocation();
    // The engine starts before the shell model exists: it needs the thread count from settings.
    AppSettings loaded = store.load();
    EngineSettings engine = EngineSettings.defaults().withThreads(loaded.threads());
    WiredShell wired = WiredShell.wire(stage, new ModelService(engine), store, loaded);
    assembly = wired.assembly();
    MainWindow window = wired.window();
    ShellModel shell = wired.model();
    ShellController controller = wired.controller();
    AppSettings settings = shell.settings();
    // Scripted runs (screenshots, benchmarks) always start from the bundled model, in a window of
    // the same size on any screen, so their pictures and numbers compare from run to run.
    List<String> raw = getParameters().getRaw();
    boolean scripted = raw.contains(SCREENSHOTS) || raw.contains(UI_BENCH);
    Scene scene =
        scripted
            ? new Scene(
                window.root(), WindowPlacement.DEFAULT_WIDTH, WindowPlacement.DEFAULT_HEIGHT)
            : new Scene(window.root());
    controller.attach(scene);
    stage.setTitle("MNIST Explorer");
    stage.setScene(scene);
    if (!scripted) {
      placeWindow(stage, settings);
    }
    window.show(Page.PREDICT);
    stage.show();
    StartupTimes.windowShown(launched);
    Path lastModel =
        scripted || settings.lastModel().isEmpty() ? null : Path.of(settings.lastModel());
    CompletableFuture<Void> ready = Startup.begin(assembly.context(), lastModel);
    screenshotFolder().ifPresent(folder -> takeScreenshots(scene, window, shell, folder, ready));
    if (getParameters().getRaw().contains(UI_BENCH)) {
      runBenchmark(scene, window, ready);
    }
    if (isModelFile(getParameters().getRaw())) {
      Path file = Path.of(getParameters().getRaw().get(0));
      ready.whenCompleteAsync((done, error) -> controller.openModel(file), Platform::runLater);
    }
  }

  /**
   * Opens the window where it was, clamped into the visible area of a screen that is still there
   * (see {@link WindowPlacement}); on first start, sized to the primary screen.
   */
  private static void placeWindow(Stage stage, AppSettings settings) {
    List<WindowPlacement.Box> screens =
        Screen.getScreens().stream().map(DesktopApp::visibleBox).toList();
    WindowPlacement.Box primary = visibleBox(Screen.getPrimary());
    WindowPlacement.Box window =
        WindowPlacement.restore(
            settings.windowX(),
            settings.windowY(),
            settings.windowWidth(),
            settings.windowHeight(),
            screens,
            primary);
    WindowPlacement.Box minimum = WindowPlacement.minimum(primary);
    stage.setMinWidth(minimum.width());
    stage.setMinHeight(minimum.height());
    stage.setX(window.x());
    stage.setY(window.y());
    stage.setWidth(window.width());
    stage.setHeight(window.height());
    stage.setMaximized(settings.maximized());
  }

  private static WindowPlacement.Box visibleBox(Screen screen) {
    Rectangle2D bounds = screen.getVisualBounds();
    return new WindowPlacement.Box(
        bounds.getMinX(), bounds.getMinY(), bounds.getWidth(), bounds.getHeight());
  }

  private java.util.Optional<Path> screenshotFolder() {
    List<String> raw = getParameters().getRaw();
    int at = raw.indexOf(SCREENSHOTS);
    return at >= 0 && at + 1 < raw.size()
        ? java.util.Optional.of(Path.of(raw.get(at + 1)))
        : java.util.Optional.empty();
  }

  private void takeScreenshots(
      Scene scene,
      MainWindow window,
      ShellModel shell,
      Path folder,
      CompletableFuture<Void> ready) {
    new ScreenshotRunner(scene, window, assembly.features(), shell, Platform::runLater, folder)
        .run(ready)
        .whenComplete(
            (done, error) -> {
              if (error != null) {
                System.err.println("error: screenshots failed: " + error.getMessage());
              }
              Platform.exit();
            });
  }

  private void runBenchmark(Scene scene, MainWindow window, CompletableFuture<Void> ready) {
    Map<Page, Feature> features = assembly.features();
    UiBenchmark.Places places =
        new UiBenchmark.Places(
            window::show,
            (DatasetFeature) features.get(Page.DATASET),
            (PredictFeature) features.get(Page.PREDICT),
            (TrainingFeature) features.get(Page.TRAIN));
    new UiBenchmark(scene, places, assembly.context(), StartupTimes::measured, System.out)
        .run(ready)
        .whenComplete(
            (done, error) -> {
              if (error != null) {
                System.err.println("error: the UI benchmark failed: " + error);
              }
              Platform.exit();
            });
  }

  @Override
  public void stop() {
    if (assembly != null) {
      assembly.close();
    }
  }
}
