package dev.mnistexplorer.cli;

import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.inference.CanvasPreprocessor;
import dev.mnistexplorer.core.inference.GrayImage;
import dev.mnistexplorer.core.inspect.LayerWeights;
import dev.mnistexplorer.core.inspect.TileScale;
import dev.mnistexplorer.core.inspect.WeightTiles;
import dev.mnistexplorer.core.network.Activation;
import dev.mnistexplorer.core.network.LayerSpec;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.service.Inspector;
import dev.mnistexplorer.core.service.ModelService;
import dev.mnistexplorer.core.training.EpochResult;
import dev.mnistexplorer.core.training.TrainingConfig;
import dev.mnistexplorer.core.training.TrainingControl;
import dev.mnistexplorer.core.training.TrainingListener;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The inspector's figures for {@code bench}: one inspector update (every stage of the bundled
 * model, by hand), weight tiles rendered for a whole layer, and how much a live weights view slows
 * training (a first-layer snapshot every 250 ms, rendered as the view would).
 */
final class InspectBenches {
  /** How often the app's weights view asks for a snapshot while training. */
  static final long SNAPSHOT_EVERY_MS = 250;

  private static final int ROUNDS = 3;

  private final ModelService service;
  private final Dataset mnist;
  private final JsonLines json;
  private final int threads;
  private final int epochs;

  InspectBenches(ModelService service, Dataset mnist, JsonLines json, int threads, int epochs) {
    this.service = service;
    this.mnist = mnist;
    this.json = json;
    this.threads = threads;
    this.epochs = epochs;
  }

  /**
   * A stroke's worth of inspector: canvas preprocessing, then every stage by hand; also by hand and
   * by layer, "why", the nearest training digits and a unit's top test digits.
   */
  void update(GrayImage canvas) {
    service.openBundled().join();
    Inspector inspector = new Inspector(service, Runnable::run);
    long begin = System.nanoTime();
    inspector.network().join();
    long snapshotMicros = (System.nanoTime() - begin) / 1000;
    long[] forward =
        micros(
            5_000,
            () -> inspector.forward(CanvasPreprocessor.toMnist(canvas).orElseThrow()).join());
    long[] compare =
        micros(
            2_000,
            () -> inspector.compare(CanvasPreprocessor.toMnist(canvas).orElseThrow()).join());
    float[] digit = CanvasPreprocessor.toMnist(canvas).orElseThrow();
    long[] why = micros(2_000, () -> inspector.why(digit).join());
    long[] nearest =
        micros(20, () -> inspector.nearest(digit, mnist.train(), Inspector.NEAREST_DIGITS).join());
    long[] top =
        micros(20, () -> inspector.topDigits(0, mnist.test(), Inspector.TOP_DIGITS).join());
    json.line()
        .put("bench", "inspect_update")
        .put("network", service.current().spec().describe())
        .put("threads", threads)
        .put("canvas", canvas.width() + "x" + canvas.height())
        .put("stages", inspector.forward(digit).join().stages().size())
        .put("p50_us", percentile(forward, 50))
        .put("p95_us", percentile(forward, 95))
        .put("by_hand_and_layer_p50_us", percentile(compare, 50))
        .put("by_hand_and_layer_p95_us", percentile(compare, 95))
        .put("first_snapshot_us", snapshotMicros)
        .put("why_p50_us", percentile(why, 50))
        .put("nearest_8_of_60000_p50_ms", JsonLines.round(percentile(nearest, 50) / 1000.0, 1))
        .put("top_16_of_10000_p50_ms", JsonLines.round(percentile(top, 50) / 1000.0, 1))
        .print();
  }

  /** A whole first layer drawn as tiles (28×28, one pixel a weight), for 256 and 4096 units. */
  void tiles() {
    for (int units : new int[] {256, 4096}) {
      NetworkSpec spec = NetworkSpec.mnist(List.of(LayerSpec.of(units, Activation.SIGMOID)));
      service.createNew(spec, mnist.classNames(), 0).join();
      // A new inspector each time keeps no snapshot: each call copies the layer on the ML thread.
      long[] snapshot =
          micros(50, () -> new Inspector(service, Runnable::run).firstLayerWeights().join());
      LayerWeights weights = new Inspector(service, Runnable::run).firstLayerWeights().join();
      long[] render =
          micros(units > 1000 ? 50 : 500, () -> WeightTiles.grid(weights, TileScale.PER_TILE));
      json.line()
          .put("bench", "weight_tiles")
          .put("network", spec.describe())
          .put("units", units)
          .put("tile", "28x28")
          .put("render_p50_ms", JsonLines.round(percentile(render, 50) / 1000.0, 2))
          .put("render_p95_ms", JsonLines.round(percentile(render, 95) / 1000.0, 2))
          .put("snapshot_p50_ms", JsonLines.round(percentile(snapshot, 50) / 1000.0, 2))
          .print();
    }
  }

  /**
   * Trains the tutorial network with and without a live weights view, alternating {@link #ROUNDS}
   * times (the order swapped each round), and compares the medians of the timed epochs.
   */
  void trainingWithWeightsView() throws InterruptedException {
    List<Double> without = new ArrayList<>();
    List<Double> with = new ArrayList<>();
    AtomicInteger snapshots = new AtomicInteger();
    for (int round = 0; round < ROUNDS; round++) {
      boolean watchFirst = round % 2 == 1;
      (watchFirst ? with : without).addAll(train(watchFirst, snapshots));
      (watchFirst ? without : with).addAll(train(!watchFirst, snapshots));
    }
    double plain = median(without);
    double watched = median(with);
    json.line()
        .put("bench", "train_with_weights_view")
        .put("network", NetworkSpec.tutorial().describe())
        .put("batch", 64)
        .put("threads", threads)
        .put("snapshot_every_ms", SNAPSHOT_EVERY_MS)
        .put("rounds", ROUNDS)
        .put("samples_per_s_without", Math.round(plain))
        .put("samples_per_s_with", Math.round(watched))
        .put("slowdown_percent", JsonLines.round((plain - watched) / plain * 100, 1))
        .put("snapshots", snapshots.get())
        .put("epochs_without", without.stream().map(Math::round).toArray())
        .put("epochs_with", with.stream().map(Math::round).toArray())
        .print();
  }

  /** One run; the samples per second of each epoch after the first (which warms up the JIT). */
  private List<Double> train(boolean watch, AtomicInteger snapshots) throws InterruptedException {
    service.createNew(NetworkSpec.tutorial(), mnist.classNames(), 0).join();
    List<Double> speeds = new ArrayList<>();
    TrainingListener collect =
        new TrainingListener() {
          @Override
          public void epochFinished(EpochResult result) {
            speeds.add(result.samplesPerSecond());
          }
        };
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    Inspector inspector = new Inspector(service, Runnable::run);
    if (watch) {
      timer.scheduleAtFixedRate(
          () -> {
            // What the weights view does: a snapshot from the ML thread, drawn off it.
            WeightTiles.grid(inspector.firstLayerWeights().join(), TileScale.PER_TILE);
            snapshots.incrementAndGet();
          },
          SNAPSHOT_EVERY_MS,
          SNAPSHOT_EVERY_MS,
          TimeUnit.MILLISECONDS);
    }
    try {
      TrainingConfig config = TrainingConfig.tutorial().withBatchSize(64).withEpochs(epochs + 1);
      service.train(mnist, config, collect, new TrainingControl()).join();
    } finally {
      timer.shutdown();
      timer.awaitTermination(10, TimeUnit.SECONDS);
    }
    return speeds.subList(1, speeds.size());
  }

  /**
   * Runs {@code task} as often again for warm-up, then {@code count} timed times, in µs, sorted.
   */
  private static long[] micros(int count, Runnable task) {
    long[] times = new long[count];
    for (int i = -count; i < count; i++) {
      long begin = System.nanoTime();
      task.run();
      if (i >= 0) {
        times[i] = (System.nanoTime() - begin) / 1000;
      }
    }
    Arrays.sort(times);
    return times;
  }

  private static long percentile(long[] sorted, int percent) {
    return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)];
  }

  private static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return sorted[sorted.length / 2];
  }
}
