package dev.mnistexplorer.app.bench;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.Page;
import dev.mnistexplorer.app.dataset.DatasetFeature;
import dev.mnistexplorer.app.dataset.DatasetModel;
import dev.mnistexplorer.app.dataset.Split;
import dev.mnistexplorer.app.predict.PredictFeature;
import dev.mnistexplorer.app.training.TrainingFeature;
import java.io.PrintStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Scene;

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

  /** The places measured, and how to show one in the main window. */
  public record Places(
      Consumer<Page> show,
      DatasetFeature dataset,
      PredictFeature predict,
      TrainingFeature training) {}

  private final Scene scene;
  private final Places places;
  private final AppContext context;
  private final Supplier<LaunchTimes> launch;
  private final PrintStream out;
  private final Executor fx;

  public UiBenchmark(
      Scene scene,
      Places places,
      AppContext context,
      Supplier<LaunchTimes> launch,
      PrintStream out) {
    this.scene = scene;
    this.places = places;
    this.context = context;
    this.launch = launch;
    this.out = out;
    this.fx = context.fx();
  }

  /** Runs every measurement once {@code ready} (data and model loaded) has completed. */
  public CompletableFuture<Void> run(CompletableFuture<?> ready) {
    return ready
        .handle((value, error) -> null)
        .thenRunAsync(this::reportLaunch, fx)
        .thenComposeAsync(
            ignored ->
                measure(
                    "stroke_to_bars",
                    Page.PREDICT,
                    () -> new StrokeBench(places.predict().model(), scene).run()),
            fx)
        .thenComposeAsync(ignored -> measure("fx_stall_scrolling", Page.DATASET, this::scroll), fx)
        .thenComposeAsync(
            ignored ->
                measure(
                    "fx_stall_training",
                    Page.TRAIN,
                    () -> new TrainingBench(places.training().model(), context.state()).run()),
            fx);
  }

  private void reportLaunch() {
    LaunchTimes times = launch.get();
    out.println(
        JsonLine.bench("launch")
            .put("window_shown_ms", times.windowShownMs())
            .put("first_prediction_possible_ms", times.firstPredictionPossibleMs())
            .put("model_loaded", context.state().modelProperty().get() != null));
  }

  /** Shows the place, lets it settle, runs the measurement and prints its line (or its error). */
  private CompletableFuture<Void> measure(
      String name, Page page, Supplier<CompletableFuture<JsonLine>> bench) {
    places.show().accept(page);
    return FrameLoop.settle(SETTLE_MS)
        .thenComposeAsync(ignored -> bench.get(), fx)
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
  private CompletableFuture<JsonLine> scroll() {
    DatasetModel model = places.dataset().model();
    model.splitProperty().set(Split.TRAIN);
    model.filterBy(DatasetModel.ALL_LABELS);
    return FrameLoop.settle(SETTLE_MS)
        .thenComposeAsync(ignored -> new ScrollBench(places.dataset().grid()).run(), fx);
  }
}
