package dev.mnistexplorer.cli;

import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.engine.DeviceDecision;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.network.ShapeTrace;
import dev.mnistexplorer.core.service.ModelService;
import dev.mnistexplorer.core.service.ModelSummary;
import dev.mnistexplorer.core.store.ModelFileException;
import dev.mnistexplorer.core.store.ModelFiles;
import dev.mnistexplorer.core.training.BatchProgress;
import dev.mnistexplorer.core.training.EpochResult;
import dev.mnistexplorer.core.training.OptimizerKind;
import dev.mnistexplorer.core.training.TrainingConfig;
import dev.mnistexplorer.core.training.TrainingControl;
import dev.mnistexplorer.core.training.TrainingListener;
import dev.mnistexplorer.core.training.TrainingResult;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code train}: trains a network and saves it. */
@Command(
    name = "train",
    description =
        "Train a network on a dataset and save it; one JSON line per epoch, then a summary.")
final class TrainCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec command;
  @Mixin EngineOptions engine;
  @Mixin NetworkOptions network;

  @Option(names = "--optimizer", paramLabel = "sgd|adam", description = "Optimizer (default sgd).")
  String optimizer = "sgd";

  @Option(
      names = "--lr",
      paramLabel = "RATE",
      description = "Learning rate (default 0.1 for SGD, 0.001 for Adam).")
  Float learningRate;

  @Option(
      names = "--lr-decay",
      paramLabel = "F",
      description = "Multiply the learning rate by F after every epoch (default 1: constant).")
  float learningRateDecay = 1f;

  @Option(names = "--momentum", paramLabel = "M", description = "SGD momentum (default 0).")
  float momentum;

  @Option(names = "--weight-decay", paramLabel = "W", description = "L2 weight decay (default 0).")
  float weightDecay;

  @Option(names = "--batch", paramLabel = "N", description = "Batch size (default 64).")
  int batch = 64;

  @Option(names = "--epochs", paramLabel = "N", description = "Epochs (default 5).")
  int epochs = 5;

  @Option(names = "--seed", paramLabel = "N", description = "Random seed (default 0).")
  int seed;

  @Option(
      names = "--every-report",
      description =
          "Also print a JSON line every 50 batches: epoch, batch and"
              + " loss and accuracy over those batches, before each epoch's line.")
  boolean everyReport;

  @Option(
      names = "--stop-at-accuracy",
      paramLabel = "P",
      description =
          "Stop at: end the run after the first epoch whose test accuracy reaches P percent"
              + " (e.g. 97; default: no target).")
  float stopAtAccuracy;

  @Option(
      names = "--patience",
      paramLabel = "N",
      description =
          "Stop at: end the run after N epochs in a row without a better test accuracy"
              + " (default 0: no limit).")
  int patience;

  @Option(
      names = "--augment",
      description = "Randomly shift, scale, rotate and re-stroke training images.")
  boolean augment;

  @Option(
      names = "--dataset",
      paramLabel = "mnist|fashion-mnist|DIR",
      description = "Dataset (default mnist).")
  String dataset = "mnist";

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Use only the first N training (and test) images.",
      converter = Counts.NonNegative.class)
  int limit;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Where to save the model (default model.mnx).")
  Path out = Path.of("model.mnx");

  @Override
  public Integer call() throws Exception {
    checkOut();
    NetworkSpec spec = network.spec();
    TrainingConfig config = config();
    Dataset data = DatasetChoice.load(dataset, limit);
    JsonLines json = new JsonLines(System.out);
    ProgressBar bar = ProgressBar.onConsole();
    try (ModelService service = new ModelService(engine.settings())) {
      DeviceDecision decision = service.start().join().device();
      String device = decision.description();
      if (!decision.reason().isEmpty()) {
        System.err.println("Device: " + decision.reason());
      }
      System.err.println(
          "Training " + ShapeTrace.describe(spec, config.batchSize()) + " on " + device);
      service.createNew(spec, data.classNames(), seed).join();
      TrainingResult result =
          service.train(data, config, listener(json, bar), new TrainingControl()).join();
      bar.finish();
      if (result.stoppedAtTarget()) {
        // On stderr: stdout's JSON lines keep their shape whatever the run did.
        System.err.println("Stopped at target: " + result.stopReason().sentence());
      }
      ModelSummary saved = service.save(out).join();
      json.line()
          .put("test_accuracy", JsonLines.round(result.testAccuracy(), 5))
          .put("samples_per_s", Math.round(result.samplesPerSecond()))
          .put("epochs", result.epochs().size())
          .put("seconds", JsonLines.round(result.seconds(), 2))
          .put("network", spec.describe())
          .put("parameters", spec.parameterCount())
          .put("dataset", data.name())
          .put("device", device)
          .put("model", saved.file().toAbsolutePath().toString())
          .print();
    }
    return 0;
  }

  /**
   * A folder, device or pipe as {@code --out} is a usage error found before any training work, not
   * a failed save after it (and /dev/null is refused rather than replaced by a file).
   */
  private void checkOut() {
    try {
      ModelFiles.checkSaveTarget(out);
    } catch (ModelFileException e) {
      throw new ParameterException(command.commandLine(), "--out: " + e.getMessage());
    }
  }

  private TrainingConfig config() {
    OptimizerKind kind;
    try {
      kind = OptimizerKind.parse(optimizer);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(command.commandLine(), "--optimizer: " + e.getMessage());
    }
    float rate = learningRate != null ? learningRate : kind == OptimizerKind.ADAM ? 0.001f : 0.1f;
    TrainingConfig config =
        new TrainingConfig(
                kind,
                rate,
                momentum,
                weightDecay,
                batch,
                epochs,
                seed,
                augment,
                50,
                learningRateDecay)
            .withStopAt(stopAtAccuracy / 100f, patience);
    List<String> problems = config.problems();
    if (!problems.isEmpty()) {
      throw new ParameterException(command.commandLine(), String.join("; ", problems));
    }
    return config;
  }

  private TrainingListener listener(JsonLines json, ProgressBar bar) {
    return new TrainingListener() {
      @Override
      public void progress(BatchProgress p) {
        if (everyReport) { // the lines say what the bar would; both on a console would mix
          json.line()
              .put("epoch", p.epoch())
              .put("batch", p.batch())
              .put("loss", JsonLines.round(p.loss(), 5))
              .put("accuracy", JsonLines.round(p.accuracy(), 5))
              .print();
          return;
        }
        bar.update(
            p.overallFraction(),
            String.format(
                "epoch %d/%d  loss %.4f  acc %.2f%%  %,.0f samples/s",
                p.epoch(), p.epochs(), p.loss(), 100 * p.accuracy(), p.samplesPerSecond()));
      }

      @Override
      public void epochFinished(EpochResult r) {
        bar.finish();
        json.line()
            .put("epoch", r.epoch())
            .put("train_loss", JsonLines.round(r.trainLoss(), 5))
            .put("train_accuracy", JsonLines.round(r.trainAccuracy(), 5))
            .put("test_loss", JsonLines.round(r.testLoss(), 5))
            .put("test_accuracy", JsonLines.round(r.testAccuracy(), 5))
            .put("seconds", JsonLines.round(r.trainSeconds(), 3))
            .put("samples_per_s", Math.round(r.samplesPerSecond()))
            .print();
      }
    };
  }
}
