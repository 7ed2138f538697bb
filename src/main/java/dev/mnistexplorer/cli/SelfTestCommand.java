package dev.mnistexplorer.cli;

import dev.mnistexplorer.core.AppVersion;
import dev.mnistexplorer.core.data.DatasetLoader;
import dev.mnistexplorer.core.data.LabeledImages;
import dev.mnistexplorer.core.engine.EngineInfo;
import dev.mnistexplorer.core.inference.CanvasPreprocessor;
import dev.mnistexplorer.core.inference.DrawnDigits;
import dev.mnistexplorer.core.inference.Probabilities;
import dev.mnistexplorer.core.service.ModelService;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code self-test} (also {@code --self-test}): what an installer's smoke test asks of the app with
 * no display. Starts the engine, opens the bundled model, classifies the first bundled MNIST test
 * images and a few digits drawn on a canvas and brought to 28×28 by {@link CanvasPreprocessor},
 * checks the answers and prints one JSON line. Exits 0 only when everything passed.
 */
@Command(
    name = "self-test",
    description =
        "Check the installed app: engine, bundled model and data, canvas preprocessing; one JSON"
            + " line; exit 0 only if all is well.")
final class SelfTestCommand implements Callable<Integer> {
  /** Bundled test images classified, and how many must be right. */
  static final int MNIST_COUNT = 100;

  static final int MNIST_NEEDED = 95;

  /** Test digits redrawn on a 280×280 canvas, and how many must be right. */
  static final int DRAWN_COUNT = 10;

  static final int DRAWN_NEEDED = 8;

  @Mixin EngineOptions engine;

  @Option(names = "--count", paramLabel = "N", description = "Test images to classify (100).")
  int count = MNIST_COUNT;

  /**
   * The model to check; null (always, from the command line) means the bundled one. A test sets an
   * untrained model here to see the accuracy threshold fail.
   */
  Path model;

  @Override
  public Integer call() throws Exception {
    long begin = System.nanoTime();
    LabeledImages test = DatasetLoader.bundledMnist().test().limit(count);
    double dataSeconds = seconds(begin);
    try (ModelService service = new ModelService(engine.settings())) {
      EngineInfo info = service.start().join();
      long modelBegin = System.nanoTime();
      (model == null ? service.openBundled() : service.open(model)).join();
      double modelSeconds = seconds(modelBegin);

      long predictBegin = System.nanoTime();
      int mnistCorrect = 0;
      for (int i = 0; i < test.count(); i++) {
        if (Probabilities.argMax(service.predict(test.imageUnit(i)).join()) == test.label(i)) {
          mnistCorrect++;
        }
      }
      double mnistSeconds = seconds(predictBegin);

      long drawnBegin = System.nanoTime();
      int drawnCount = Math.min(DRAWN_COUNT, test.count());
      int drawnCorrect = 0;
      for (int i = 0; i < drawnCount; i++) {
        Optional<float[]> digit = CanvasPreprocessor.toMnist(DrawnDigits.draw(test, i, 0));
        if (digit.isPresent()
            && Probabilities.argMax(service.predict(digit.get()).join()) == test.label(i)) {
          drawnCorrect++;
        }
      }
      double drawnSeconds = seconds(drawnBegin);

      int mnistNeeded = (int) Math.ceil(test.count() * MNIST_NEEDED / (double) MNIST_COUNT);
      boolean pass =
          test.count() > 0
              && mnistCorrect >= mnistNeeded
              && drawnCorrect >= Math.min(DRAWN_NEEDED, drawnCount);
      new JsonLines(System.out)
          .line()
          .put("self_test", pass ? "pass" : "fail")
          .put("app_version", AppVersion.get())
          .put("java_version", System.getProperty("java.version"))
          .put("djl_version", info.djlVersion())
          .put("pytorch_version", info.pytorchVersion())
          .put("engine_flavor", info.flavor())
          .put("device", info.device().description())
          .put("pytorch_library_path", libraryPath())
          .put("mnist_count", test.count())
          .put("mnist_correct", mnistCorrect)
          .put("mnist_needed", mnistNeeded)
          .put("drawn_count", drawnCount)
          .put("drawn_correct", drawnCorrect)
          .put("drawn_needed", Math.min(DRAWN_NEEDED, drawnCount))
          .put("data_s", JsonLines.round(dataSeconds, 3))
          .put("engine_start_s", JsonLines.round(info.startSeconds(), 3))
          .put("model_load_s", JsonLines.round(modelSeconds, 3))
          .put("mnist_predict_s", JsonLines.round(mnistSeconds, 3))
          .put("drawn_predict_s", JsonLines.round(drawnSeconds, 3))
          .put("total_s", JsonLines.round(seconds(begin), 3))
          .print();
      return pass ? 0 : 1;
    }
  }

  private static String libraryPath() {
    String fromEnv = System.getenv("PYTORCH_LIBRARY_PATH");
    return fromEnv != null ? fromEnv : System.getProperty("PYTORCH_LIBRARY_PATH", "");
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
