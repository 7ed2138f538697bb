package dev.mnistexplorer.app;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.BackgroundTasks;
import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.app.common.SharedState;
import dev.mnistexplorer.core.service.ModelService;
import dev.mnistexplorer.core.store.UserFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;

/**
 * App contexts for tests: synchronous for models tested without the toolkit, or on the FX thread.
 */
public final class TestContexts {
  /** Places a test's navigator was asked to show, in order. */
  public static final class RecordingNavigator implements dev.mnistexplorer.app.common.Navigator {
    public final List<Place> shown = new ArrayList<>();

    @Override
    public void show(Place place) {
      shown.add(place);
    }
  }

  private TestContexts() {}

  /**
   * Everything runs on the calling thread: "FX" callbacks and I/O alike. Models and controllers can
   * be tested with no toolkit running; core futures are joined by the test.
   */
  public static AppContext direct(ModelService models, RecordingNavigator navigator) {
    return new AppContext(
        models,
        new SharedState(),
        Runnable::run,
        Runnable::run,
        navigator,
        new BackgroundTasks(),
        (Executor) Runnable::run,
        temporaryFolders());
  }

  /** The real arrangement: callbacks on the JavaFX thread, I/O on a daemon pool. */
  public static AppContext onFxThread(ModelService models, RecordingNavigator navigator) {
    ExecutorService io =
        Executors.newCachedThreadPool(
            runnable -> {
              Thread thread = Executors.defaultThreadFactory().newThread(runnable);
              thread.setDaemon(true);
              return thread;
            });
    return new AppContext(
        models,
        new SharedState(),
        Platform::runLater,
        io,
        navigator,
        new BackgroundTasks(),
        io,
        temporaryFolders());
  }

  /** A fresh, empty data folder per context, so no test reads another's runs or digits. */
  public static UserFolders temporaryFolders() {
    try {
      Path dir = Files.createTempDirectory("mnist-explorer-test-data");
      dir.toFile().deleteOnExit();
      return new UserFolders(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens the bundled model in the background and puts it into {@code context}'s shared state on
   * the JavaFX thread, as the app's start-up does (journeys wait for it before they draw).
   */
  public static void openBundledOnFxThread(ModelService models, AppContext context) {
    models
        .openBundled()
        .thenAcceptAsync(summary -> context.state().replaceModel(summary), Platform::runLater);
  }
}
