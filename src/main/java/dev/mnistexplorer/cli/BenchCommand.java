package dev.mnistexplorer.cli;

import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.data.DatasetLoader;
import dev.mnistexplorer.core.inference.CanvasPreprocessor;
import dev.mnistexplorer.core.inference.GrayImage;
import dev.mnistexplorer.core.inference.MnistImages;
import dev.mnistexplorer.core.network.Activation;
import dev.mnistexplorer.core.network.LayerSpec;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.service.ModelService;
import dev.mnistexplorer.core.training.EpochResult;
import dev.mnistexplorer.core.training.Evaluation;
import dev.mnistexplorer.core.training.OptimizerKind;
import dev.mnistexplorer.core.training.TrainingConfig;
import dev.mnistexplorer.core.training.TrainingControl;
import dev.mnistexplorer.core.training.TrainingListener;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench}: the numbers docs/BENCHMARKS.md records. Prints one JSON line per measurement; run
 * it on a quiet machine and compare medians (see docs/BENCHMARKS.md).
 */
@Command(
    name = "bench",
    description =
        "Measure training speed, evaluation time, predict latency, memory and the inspector.")
final class BenchCommand implements Callable<Integer> {
  @Mixin EngineOptions engine;

  @Option(
      names = "--batch",
      paramLabel = "N,…",
      split = ",",
      description = "Training batch sizes (default 64).")
  List<Integer> batches = List.of(64);

  @Option(
      names = "--repeat",
      paramLabel = "N",
      description =
          "Training epochs to time after one warm-up epoch; the median is reported (default 3).")
  int repeat = 3;

  @Option(
      names = "--predictions",
      paramLabel = "N",
      description = "Predictions for the memory check (default 100000).")
  int predictions = 100_000;

  @Option(
      names = "--only",
      paramLabel = "train|eval|predict|memory|inspect|tiles|weights-view",
      split = ",",
      description = "Run only these measurements.")
  List<String> only =
      List.of("train", "eval", "predict", "memory", "inspect", "tiles", "weights-view");

  private final JsonLines json = new JsonLines(System.out);

  @Override
  public Integer call() throws Exception {
    Dataset mnist = DatasetLoader.bundledMnist();
    try (ModelService service = new ModelService(engine.settings())) {
      service.start().join();
      if (only.contains("train")) {
        for (int batch : batches) {
          benchTraining(service, mnist, tutorialSgd(), OptimizerKind.SGD, 0.1f, batch);
          benchTraining(service, mnist, reluAdam(), OptimizerKind.ADAM, 0.001f, batch);
        }
      }
      // A digit as drawn on a 280x280 pad: scaled up 10x, dark ink on a white background.
      GrayImage canvas = MnistImages.fromMnist(mnist.test().imageUnit(0)).scaledUp(10).inverted();
      if (only.contains("predict")) {
        service.createNew(tutorialSgd(), mnist.classNames(), 0).join();
        benchPredict(service, canvas);
      }
      service.openBundled().join();
      if (only.contains("eval")) {
        benchEvaluation(service, mnist);
      }
      if (only.contains("predict")) {
        benchPredict(service, canvas);
      }
      if (only.contains("memory")) {
        benchMemory(service, canvas);
      }
      InspectBenches inspector = new InspectBenches(service, mnist, json, engine.threads);
      if (only.contains("inspect")) {
        inspector.update(canvas);
      }
      if (only.contains("tiles")) {
        inspector.tiles();
      }
      if (only.contains("weights-view")) {
        inspector.trainingWithWeightsView();
      }
    }
    return 0;
  }

  private static NetworkSpec tutorialSgd() {
    return NetworkSpec.tutorial();
  }

  private static NetworkSpec reluAdam() {
    return NetworkSpec.mnist(List.of(LayerSpec.of(256, Activation.RELU)));
  }

  private void benchTraining(
      ModelService service,
      Dataset data,
      NetworkSpec spec,
      OptimizerKind kind,
      float rate,
      int batch) {
    // One run of repeat + 1 epochs on a fresh network: the first epoch warms up the JIT (DJL's
    // Java side is compiled during its first ~1,000 batches; the PyTorch reference likewise skips
    // its first batches), the others measure steady-state training and give the median.
    service.createNew(spec, data.classNames(), 0).join();
    TrainingConfig config =
        TrainingConfig.tutorial()
            .withOptimizer(kind, rate)
            .withBatchSize(batch)
            .withEpochs(repeat + 1);
    List<Double> epochs = new ArrayList<>();
    TrainingListener collect =
        new TrainingListener() {
          @Override
          public void epochFinished(EpochResult result) {
            epochs.add(result.samplesPerSecond());
          }
        };
    service.train(data, config, collect, new TrainingControl()).join();
    double[] timed =
        epochs.subList(1, epochs.size()).stream()
            .mapToDouble(Double::doubleValue)
            .sorted()
            .toArray();
    json.line()
        .put("bench", "train_" + kind.id())
        .put("network", spec.describe())
        .put("batch", batch)
        .put("threads", engine.threads)
        .put("samples_per_s", Math.round(timed[timed.length / 2]))
        .put("first_epoch_samples_per_s", Math.round(epochs.get(0)))
        .put("epochs", epochs.stream().map(Math::round).toArray())
        .print();
  }

  private void benchEvaluation(ModelService service, Dataset data) {
    Evaluation cold = service.evaluate(data.test()).join();
    double[] warm = new double[5];
    for (int i = 0; i < warm.length; i++) {
      warm[i] = service.evaluate(data.test()).join().seconds();
    }
    Arrays.sort(warm);
    json.line()
        .put("bench", "eval_test_set")
        .put("network", service.current().spec().describe())
        .put("batch", 2500)
        .put("threads", engine.threads)
        .put("images", cold.count())
        .put("seconds", JsonLines.round(warm[warm.length / 2], 4))
        .put("first_seconds", JsonLines.round(cold.seconds(), 4))
        .put("accuracy", JsonLines.round(cold.accuracy(), 5))
        .print();
  }

  private void benchPredict(ModelService service, GrayImage canvas) {
    long[] micros = new long[10_000];
    for (int i = -10_000; i < micros.length; i++) {
      long begin = System.nanoTime();
      awaitSpinning(service.predict(CanvasPreprocessor.toMnist(canvas).orElseThrow()));
      if (i >= 0) {
        micros[i] = (System.nanoTime() - begin) / 1000;
      }
    }
    Arrays.sort(micros);
    json.line()
        .put("bench", "predict_canvas")
        .put("network", service.current().spec().describe())
        .put("batch", 1)
        .put("threads", engine.threads)
        .put("canvas", canvas.width() + "x" + canvas.height())
        .put("p50_us", micros[micros.length / 2])
        .put("p99_us", micros[micros.length * 99 / 100])
        .print();
  }

  private void benchMemory(ModelService service, GrayImage canvas) {
    // Warm up until the Java heap has been through several young collections. Resident memory
    // then counts both the Java heap (which the JVM may grow or shrink as it likes) and native
    // memory (libtorch, direct buffers): the second figure takes the heap out, and is the one
    // that would show a native leak.
    predictRepeatedly(service, canvas, predictions / 2);
    Runtime heap = Runtime.getRuntime();
    double rssBefore = ProcessMemory.residentMegabytes();
    double heapBefore = heap.totalMemory() / 1048576.0;
    predictRepeatedly(service, canvas, predictions);
    double rssAfter = ProcessMemory.residentMegabytes();
    double heapAfter = heap.totalMemory() / 1048576.0;
    json.line()
        .put("bench", "memory_predictions")
        .put("network", service.current().spec().describe())
        .put("batch", 1)
        .put("threads", engine.threads)
        .put("predictions", predictions)
        .put("rss_mb", JsonLines.round(rssAfter, 1))
        .put("rss_before_mb", JsonLines.round(rssBefore, 1))
        .put("rss_growth_mb", JsonLines.round(rssAfter - rssBefore, 1))
        .put("heap_committed_mb", JsonLines.round(heapAfter, 1))
        .put(
            "outside_heap_growth_mb",
            JsonLines.round((rssAfter - heapAfter) - (rssBefore - heapBefore), 1))
        .print();
  }

  private static void predictRepeatedly(ModelService service, GrayImage canvas, int count) {
    for (int i = 0; i < count; i++) {
      service.predict(CanvasPreprocessor.toMnist(canvas).orElseThrow()).join();
    }
  }

  /**
   * Waits for a result without parking, so the figure is the prediction's latency rather than the
   * operating system's time to wake this thread (the app's FX thread never blocks on it anyway).
   */
  private static <T> T awaitSpinning(CompletableFuture<T> future) {
    while (!future.isDone()) {
      Thread.onSpinWait();
    }
    return future.join();
  }
}
