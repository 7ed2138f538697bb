package dev.mnistexplorer.app.shell;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.SharedState;
import dev.mnistexplorer.app.common.UiErrors;
import dev.mnistexplorer.core.data.DatasetLoader;
import dev.mnistexplorer.core.service.ModelSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens behind the window once it is shown: the engine warms up on the ML thread, the
 * bundled MNIST loads on an I/O thread, then the bundled pretrained model is opened so Predict
 * works without training anything. Results reach the shared state on the JavaFX thread.
 */
final class Startup {
  private static final Logger LOG = LoggerFactory.getLogger(Startup.class);

  private Startup() {}

  /**
   * How the shown window fills in: the pulse after it appeared shows its first place ({@code
   * showFirstPlace}), and the pulse that draws that place starts {@code begin}, the background
   * start-up. So the window appears with its frame (menus, navigation, status bar, in the theme's
   * colours) as soon as JavaFX can show one, its place a frame later, and loading libtorch and
   * decompressing MNIST never compete for the cores with either; on a two-core machine they had
   * delayed the window by about half a second. The future completes as {@code begin}'s does. FX
   * thread.
   */
  static CompletableFuture<Void> fillIn(
      Scene scene, Runnable showFirstPlace, Supplier<CompletableFuture<Void>> begin) {
    CompletableFuture<Void> ready = new CompletableFuture<>();
    afterNextPulse(
        scene,
        () -> {
          try {
            showFirstPlace.run();
          } catch (RuntimeException failed) {
            // The engine and MNIST still start: a window without its first place beats a frame
            // that waits for ever (and the hand-overs waiting on ready are answered).
            LOG.error("the first place could not be shown", failed);
          }
          afterNextPulse(
              scene,
              () ->
                  safely(begin)
                      .whenComplete(
                          (done, error) -> {
                            if (error != null) {
                              ready.completeExceptionally(error);
                            } else {
                              ready.complete(done);
                            }
                          }));
        });
    return ready;
  }

  private static CompletableFuture<Void> safely(Supplier<CompletableFuture<Void>> begin) {
    try {
      return begin.get();
    } catch (RuntimeException failed) {
      return CompletableFuture.failedFuture(failed);
    }
  }

  /** Runs {@code action} after the scene's next pulse (asked for), once its frame is on its way. */
  static void afterNextPulse(Scene scene, Runnable action) {
    Runnable[] once = new Runnable[1];
    once[0] =
        () -> {
          scene.removePostLayoutPulseListener(once[0]);
          // After the pulse, not inside it: the frame it laid out is drawn first.
          Platform.runLater(action);
        };
    scene.addPostLayoutPulseListener(once[0]);
    Platform.requestNextPulse();
  }

  /** Starts everything with the bundled model; completes when the model is loaded (or failed). */
  static CompletableFuture<Void> begin(AppContext context) {
    return begin(context, null);
  }

  /**
   * Starts everything, reopening {@code lastModel} (the model file of the previous session) when it
   * is given and still opens, else the bundled model.
   */
  static CompletableFuture<Void> begin(AppContext context, Path lastModel) {
    SharedState state = context.state();
    CompletableFuture<Void> dataset =
        CompletableFuture.supplyAsync(Startup::loadMnist, context.io())
            .thenAcceptAsync(state::replaceDataset, context.fx());
    CompletableFuture<Void> model =
        context
            .models()
            .start()
            .whenCompleteAsync(
                (info, error) -> {
                  if (error != null) {
                    state.engineFailed(UiErrors.message(error));
                    return;
                  }
                  state.engineStarted(info.device().description());
                },
                context.fx())
            .thenCompose(info -> openModel(context, lastModel))
            .thenAcceptAsync(
                summary -> {
                  state.replaceModel(summary);
                  StartupTimes.predictionReady();
                },
                context.fx());
    return CompletableFuture.allOf(dataset, model);
  }

  private static CompletableFuture<ModelSummary> openModel(AppContext context, Path lastModel) {
    if (lastModel == null || !Files.isRegularFile(lastModel)) {
      return context.models().openBundled();
    }
    // A file that no longer opens (moved, damaged) is no reason to start without a model.
    return context
        .models()
        .open(lastModel)
        .exceptionallyCompose(error -> context.models().openBundled());
  }

  private static dev.mnistexplorer.core.data.Dataset loadMnist() {
    try {
      return DatasetLoader.bundledMnist();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
