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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The inspector's figures for {@code bench}: one inspector update (every stage of the bundled
 * model, by hand), weight tiles rendered for a whole layer, and how much a live weights view slows
 * training (a first-layer snapshot every 250 ms, rendered as the view would).
 */
final class InspectBenches {
  /** How often the app's weights view asks for a snapshot while training. */
  static final long SNAPSHOT_EVERY_MS = 250;

  private static final int PAIRS = 10;

  private final ModelService service;
  private final Dataset mnist;
  private final JsonLines json;
  private final int threads;

  InspectBenches(ModelService service, Dataset mnist, JsonLines json, int threads) {
    this.service = service;
    this.mnist = mnist;
    this.json = json;
    this.threads = threads;
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
      double snapshotMs = snapshotMillis();
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
          .put("snapshot_ms", JsonLines.round(snapshotMs, 3))
          .print();
    }
  }

  /**
   * Trains the tutorial network for one warm-up epoch and then {@link #PAIRS} pairs of epochs, the
   * weights view on for one epoch of each pair and off for the other (which comes first
   * alternates). Comparing neighbouring epochs keeps the noise of a shared machine, which drifts
   * over seconds, out of the figure as far as possible; the median of the pairs' slowdowns is
   * reported.
   */
  void trainingWithWeightsView() throws InterruptedException {
    service.createNew(NetworkSpec.tutorial(), mnist.classNames(), 0).join();
    double snapshotMs = snapshotMillis();
    AtomicInteger snapshots = new AtomicInteger();
    List<Double> speeds = trainWithTheViewOnInTurns(snapshots);
    List<Double> without = new ArrayList<>();
    List<Double> with = new ArrayList<>();
    List<Double> slowdowns = new ArrayList<>();
    for (int pair = 0; pair < PAIRS; pair++) {
      int first = 2 + 2 * pair; // epochs count from 1; epoch 1 is the warm-up
      double on = speeds.get((watchedEpoch(first) ? first : first + 1) - 1);
      double off = speeds.get((watchedEpoch(first) ? first + 1 : first) - 1);
      with.add(on);
      without.add(off);
      slowdowns.add((off - on) / off * 100);
    }
    json.line()
        .put("bench", "train_with_weights_view")
        .put("network", NetworkSpec.tutorial().describe())
        .put("batch", 64)
        .put("threads", threads)
        .put("snapshot_every_ms", SNAPSHOT_EVERY_MS)
        .put("pairs", PAIRS)
        .put("samples_per_s_without", Math.round(median(without)))
        .put("samples_per_s_with", Math.round(median(with)))
        .put("slowdown_percent", JsonLines.round(median(slowdowns), 1))
        .put("ml_thread_share_percent", JsonLines.round(snapshotMs * 100 / SNAPSHOT_EVERY_MS, 2))
        .put("pair_slowdowns_percent", slowdowns.stream().map(v -> JsonLines.round(v, 1)).toArray())
        .put("snapshots", snapshots.get())
        .print();
  }

  /** The run itself: every epoch's samples per second, the view on in the epochs that say so. */
  private List<Double> trainWithTheViewOnInTurns(AtomicInteger snapshots)
      throws InterruptedException {
    AtomicBoolean watching = new AtomicBoolean();
    List<Double> speeds = new ArrayList<>();
    TrainingListener collect =
        new TrainingListener() {
          @Override
          public void epochFinished(EpochResult result) {
            speeds.add(result.samplesPerSecond());
            watching.set(watchedEpoch(result.epoch() + 1));
          }
        };
    Inspector inspector = new Inspector(service, Runnable::run);
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    timer.scheduleAtFixedRate(
        () -> {
          if (watching.get()) {
            // What the weights view does: a snapshot from the ML thread, drawn off it.
            WeightTiles.grid(inspector.firstLayerWeights().join(), TileScale.PER_TILE);
            snapshots.incrementAndGet();
          }
        },
        SNAPSHOT_EVERY_MS,
        SNAPSHOT_EVERY_MS,
        TimeUnit.MILLISECONDS);
    try {
      TrainingConfig config = TrainingConfig.tutorial().withBatchSize(64).withEpochs(1 + 2 * PAIRS);
      service.train(mnist, config, collect, new TrainingControl()).join();
    } finally {
      timer.shutdown();
      timer.awaitTermination(10, TimeUnit.SECONDS);
    }
    return speeds;
  }

  /** Whether the weights view is on during {@code epoch}: from epoch 2, one of each pair. */
  private static boolean watchedEpoch(int epoch) {
    if (epoch < 2) {
      return false;
    }
    int pair = (epoch - 2) / 2;
    boolean firstOfPair = epoch % 2 == 0;
    return firstOfPair == (pair % 2 == 0);
  }

  /**
   * The ML thread's time for one first-layer snapshot: 100 asked for at once (each by a new
   * inspector, which keeps none), so the thread runs them back to back, as it does between two
   * batches, and the time it takes to wake up is not counted.
   */
  private double snapshotMillis() {
    double millis = 0;
    for (int round = 0; round < 2; round++) { // the first warms up
      List<CompletableFuture<LayerWeights>> burst = new ArrayList<>();
      long begin = System.nanoTime();
      for (int i = 0; i < 100; i++) {
        burst.add(new Inspector(service, Runnable::run).firstLayerWeights());
      }
      burst.forEach(CompletableFuture::join);
      millis = (System.nanoTime() - begin) / 1e6 / burst.size();
    }
    return millis;
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
