package dev.mnistexplorer.app.shell;

import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.service.ModelService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole main window for the journeys: wired as the app wires it ({@link WiredShell}), with
 * settings in a fresh temporary folder, shown in a scene of the given size on {@code place}, and
 * the app's start-up begun.
 */
record WholeWindow(WiredShell wired, Scene scene, Path home, CompletableFuture<Void> started) {

  /** {@code beforeShow} sets what the journey needs before the window appears (projector mode…). */
  static WholeWindow open(
      Stage stage, double width, double height, Place place, Consumer<WiredShell> beforeShow)
      throws IOException {
    Path home = Files.createTempDirectory("mnist-explorer-window-test");
    SettingsStore store = new SettingsStore(home.resolve("settings.json"));
    AppSettings settings = store.load();
    // In the app's order: the first frame is attached to its scene, then finished.
    WiredShell wired =
        WiredShell.firstFrame(stage, new ModelService(EngineSettings.defaults()), store, settings);
    Scene scene = new Scene(wired.window().root(), width, height);
    wired.controller().attach(scene);
    wired.finish(settings.cuda());
    beforeShow.accept(wired);
    stage.setScene(scene);
    wired.window().show(place);
    stage.show();
    // Sized to this scene even if an earlier journey resized the shared stage.
    stage.sizeToScene();
    return new WholeWindow(wired, scene, home, Startup.begin(wired.assembly().context()));
  }

  static WholeWindow open(Stage stage, double width, double height, Place place)
      throws IOException {
    return open(stage, width, height, place, wired -> {});
  }

  /**
   * Lets start-up finish first (a dataset arriving after the close would reach closed pools and
   * fail the next journey), then closes the app.
   */
  void close() throws Exception {
    started.handle((done, error) -> null).get(60, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    wired.assembly().close();
  }
}
