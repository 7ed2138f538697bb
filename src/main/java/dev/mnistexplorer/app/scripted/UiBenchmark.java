package dev.mnistexplorer.app.scripted;

import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.app.dataset.DatasetGrid;
import dev.mnistexplorer.app.dataset.DatasetModel;
import dev.mnistexplorer.app.dataset.Split;
import dev.mnistexplorer.app.shell.AppDriver;
import dev.mnistexplorer.app.shell.LaunchTimes;
import java.io.PrintStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * {@code --ui-bench}: measures the real app window, place by place, and prints one JSON line per
 * measurement on standard output: {@code launch} (window shown, first prediction possible), {@code
 * stroke_to_bars} (Predict follows the pen), {@code fx_stall_scrolling} (the Dataset grid through
 * the training set) and {@code fx_stall_training} (a full epoch with the live charts shown).
 * Strokes go first, while the bundled network is loaded; training last, as it replaces it.
 */
public final class UiBenchmark {
  /** Lets layout, CSS and the first canvas drawing of a newly shown place finish. */
  private static final double SETTLE_MS = 500;

  private final PrintStream out;

  public UiBenchmark(PrintStream out) {
    this.out = out;
  }

  /**
   * Runs every measurement once the app is ready (data and model loaded); completes when all are
   * printed or after reporting why not.
   */
  public CompletableFuture<Void> run(AppDriver app) {
    Executor fx = app.context().fx();
    return app.ready()
        .handle((value, error) -> null)
        .thenRunAsync(() -> reportLaunch(app), fx)
        .thenComposeAsync(
            ignored ->
                measure(
                    app,
                    "stroke_to_bars",
                    Place.PREDICT,
                    () -> new StrokeBench(app.predict(), app.scene()).run()),
            fx)
        .thenComposeAsync(
            ignored -> measure(app, "fx_stall_scrolling", Place.DATASET, () -> scroll(app)), fx)
        .thenComposeAsync(
            ignored ->
                measure(
                    app,
                    "fx_stall_training",
                    Place.TRAIN,
                    () -> new TrainingBench(app.training(), app.context().state()).run()),
            fx)
        .handle(
            (done, error) -> {
              if (error != null) {
                System.err.println("error: the UI benchmark failed: " + error);
              }
              return null;
            });
  }

  private void reportLaunch(AppDriver app) {
    LaunchTimes times = app.launchTimes();
    out.println(
        JsonLine.bench("launch")
            .put("window_shown_ms", times.windowShownMs())
            .put("frame_shown_ms", times.frameShownMs())
            .put("first_prediction_possible_ms", times.firstPredictionPossibleMs())
            .put("model_loaded", app.context().state().modelProperty().get() != null));
  }

  /** Shows the place, lets it settle, runs the measurement and prints its line (or its error). */
  private CompletableFuture<Void> measure(
      AppDriver app, String name, Place place, Supplier<CompletableFuture<JsonLine>> bench) {
    app.show(place);
    return FrameLoop.settle(SETTLE_MS)
        .thenComposeAsync(ignored -> bench.get(), app.context().fx())
        .handle(
            (line, error) -> {
              out.println(
                  error == null
                      ? line
                      : JsonLine.bench(name).put("error", String.valueOf(error)).toString());
              out.flush();
              return null;
            });
  }

  /** Shows the whole training set, unfiltered, then scrolls through it. */
  private CompletableFuture<JsonLine> scroll(AppDriver app) {
    DatasetModel model = app.dataset();
    model.splitProperty().set(Split.TRAIN);
    model.filterBy(DatasetModel.ALL_LABELS);
    return FrameLoop.settle(SETTLE_MS)
        .thenComposeAsync(ignored -> new ScrollBench(grid(app)).run(), app.context().fx());
  }

  /** The Dataset place's grid, found in the window as a person would find it: on screen. */
  private static DatasetGrid grid(AppDriver app) {
    if (app.scene().lookup(".dataset-grid") instanceof DatasetGrid grid) {
      return grid;
    }
    throw new IllegalStateException("the Dataset place shows no digit grid");
  }
}
