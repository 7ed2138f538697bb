package dev.mnistexplorer.app.shell;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.Icons;
import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.app.common.UiErrors;
import dev.mnistexplorer.app.gpu.CudaChoice;
import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.service.ModelService;
import dev.mnistexplorer.core.store.ModelFiles;
import dev.mnistexplorer.core.store.UserFolders;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop application: shows the main window at once, then starts the engine and loads MNIST
 * and the bundled pretrained model in the background. The launcher may hand it a {@link
 * ScriptedRun} ({@code --screenshots DIR}, {@code --ui-bench}): that drives the window through an
 * {@link AppDriver}, and the app quits when it is done.
 */
public final class DesktopApp extends Application {
  private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);
  private static final I18n TR = I18n.forPackageOf(DesktopApp.class);
  private static final String SCREENSHOTS = "--screenshots";
  private static final String UI_BENCH = "--ui-bench";
  private static final String VISIT_AND_QUIT = "--visit-and-quit";
  // Application.launch makes the instance itself, so the launcher's choice waits here.
  private static volatile ScriptedRun scriptedRun;
  // The socket a later launch hands its model file to (null in scripted runs, or where none).
  private static volatile OneInstance instance;
  private AppAssembly assembly;

  /** Whether these arguments ask for the desktop app rather than a command. */
  public static boolean isDesktopLaunch(String[] args) {
    List<String> list = List.of(args);
    return list.isEmpty()
        || isModelFile(list)
        || list.get(0).equals(SCREENSHOTS)
        || list.get(0).equals(UI_BENCH)
        || list.get(0).equals(VISIT_AND_QUIT)
        || list.stream().allMatch(arg -> arg.equals("--verbose"));
  }

  /** One model file argument: what a double-click on a .mnx file passes to the launcher. */
  private static boolean isModelFile(List<String> args) {
    return args.size() == 1 && args.get(0).endsWith("." + ModelFiles.EXTENSION);
  }

  /**
   * Launches JavaFX (blocks until the window closes); {@code scripted}, when not null, drives the
   * window once it is shown and the app quits when it completes.
   */
  public static void launchApp(String[] args, ScriptedRun scripted) {
    scriptedRun = scripted;
    warmUp(Icons::warmUp); // while the toolkit starts
    instance = scripted == null ? OneInstance.listen().orElse(null) : null;
    Application.launch(DesktopApp.class, args);
  }

  /**
   * Chooses the UI's language before any node exists; JavaFX's own words (a dialog's "Cancel")
   * follow the JVM's default locale, so it is set to the same language.
   */
  private static void useLanguage(String setting) {
    Locale chosen = I18n.fromSetting(setting, Locale.getDefault());
    I18n.useLocale(chosen);
    Locale.setDefault(chosen);
  }

  /**
   * Runs on the launcher thread once the toolkit is up, just before {@link #start}: the icons are
   * readied on a thread of their own while the FX thread builds the window.
   */
  @Override
  public void init() {
    warmUp(Icons::warmUpFont);
  }

  /** Runs {@code work} on a daemon thread of its own that ends with it. */
  private static void warmUp(Runnable work) {
    ExecutorService thread =
        Executors.newSingleThreadExecutor(AppAssembly.daemonThreads("mnist-explorer-warm-up"));
    thread.execute(work);
    thread.shutdown();
  }

  /**
   * Shows the window before anything of the app is built: an empty scene in the theme's background,
   * placed where the window was. Building the places' models, the frame and the menus (about two
   * thirds of the time to the first frame on a two-core machine) comes on the pulse after the
   * window was drawn, so the window appears about as soon as a bare JavaFX window would
   * (docs/BENCHMARKS.md, "A fast start"), and what it shows first is the theme's colour, never
   * white.
   */
  @Override
  public void start(Stage stage) {
    long launched = System.nanoTime();
    SettingsStore store = SettingsStore.atDefaultLocation();
    AppSettings loaded = store.load();
    useLanguage(loaded.language());
    Scene scene = showEmpty(stage, loaded, scriptedRun != null);
    StartupTimes.windowShown(launched);
    Startup.afterNextPulse(scene, () -> buildOrExplain(stage, scene, store, loaded));
  }

  /**
   * Shows {@code stage} with an empty scene in the theme's background, placed where the window was
   * (scripted runs: in a window of the same size on any screen, so their pictures and numbers
   * compare from run to run).
   */
  static Scene showEmpty(Stage stage, AppSettings settings, boolean scripted) {
    Scene scene =
        scripted
            ? new Scene(
                new StackPane(), WindowPlacement.DEFAULT_WIDTH, WindowPlacement.DEFAULT_HEIGHT)
            : new Scene(new StackPane());
    scene.setFill(Themes.background(settings.dark()));
    stage.setTitle(AboutText.APP_NAME);
    stage.setScene(scene);
    if (!scripted) {
      placeWindow(stage, settings);
    }
    stage.show();
    return scene;
  }

  /** A window that could not be built says why (and is logged) rather than staying empty. */
  private void buildOrExplain(Stage stage, Scene scene, SettingsStore store, AppSettings loaded) {
    try {
      build(stage, scene, store, loaded);
    } catch (RuntimeException failed) {
      LOG.error("the main window could not be built", failed);
      Label why =
          new Label(TR.format("MNIST Explorer could not start: %s", UiErrors.message(failed)));
      why.setWrapText(true);
      scene.setRoot(new StackPane(why));
    }
  }

  /**
   * The app in the shown window: its frame, then (by {@link Startup#fillIn}) the rest. FX thread.
   */
  private void build(Stage stage, Scene scene, SettingsStore store, AppSettings loaded) {
    // The engine starts before the shell model exists: it needs the thread count from settings.
    EngineSettings engine =
        EngineSettings.defaults()
            .withThreads(loaded.threads())
            .withCuda(CudaChoice.source(loaded.cuda(), UserFolders.atDefaultLocation()));
    WiredShell wired = WiredShell.firstFrame(stage, new ModelService(engine), store, loaded);
    assembly = wired.assembly();
    MainWindow window = wired.window();
    ShellController controller = wired.controller();
    scene.setRoot(window.root());
    controller.attach(scene);
    Startup.afterNextPulse(scene, StartupTimes::frameShown);
    ScriptedRun script = scriptedRun;
    Path lastModel =
        script != null || loaded.lastModel().isEmpty() ? null : Path.of(loaded.lastModel());
    CompletableFuture<Void> ready =
        Startup.fillIn(
            scene,
            () -> {
              wired.finish(loaded.cuda());
              window.show(Place.PREDICT);
            },
            () -> Startup.begin(assembly.context(), lastModel));
    if (script != null) {
      script.run(new WindowDriver(scene, wired, ready)).whenComplete((done, error) -> quit(error));
    }
    if (isModelFile(getParameters().getRaw())) {
      Path file = Path.of(getParameters().getRaw().get(0));
      ready.whenCompleteAsync((done, error) -> controller.openModel(file), Platform::runLater);
    }
    OneInstance listening = instance;
    if (listening != null) {
      listening.onRequest(
          request ->
              ready.whenCompleteAsync(
                  (done, error) -> takeRequest(stage, controller, request), Platform::runLater));
    }
  }

  /**
   * A later launch's request: the window comes forward and opens its model file through the same
   * command (and error message) as File ▸ Open, unless a lesson's lock mode keeps the network.
   */
  private static void takeRequest(
      Stage stage, ShellController controller, InstanceSocket.Request request) {
    stage.setIconified(false);
    stage.toFront();
    stage.requestFocus();
    request.file().ifPresent(controller::openHandedOver);
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

  /** Quits after a scripted run (which reports its own results and failures). */
  private static void quit(Throwable error) {
    if (error != null) {
      System.err.println("error: " + error.getMessage());
    }
    Platform.exit();
  }

  @Override
  public void stop() {
    if (assembly != null) {
      assembly.close();
    }
    if (instance != null) {
      instance.close();
    }
  }
}
