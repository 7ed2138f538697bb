package dev.mnistexplorer.cli;

import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.data.LabeledImages;
import dev.mnistexplorer.core.inference.DrawnDigits;
import dev.mnistexplorer.core.service.ModelService;
import dev.mnistexplorer.core.service.ModelSummary;
import dev.mnistexplorer.core.training.Evaluation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code eval}: accuracy, per-class accuracy and confusion matrix on a test split. */
@Command(name = "eval", description = "Evaluate a model on a dataset's test split.")
final class EvalCommand implements Callable<Integer> {
  @Mixin EngineOptions engine;

  @Mixin ModelOption model;

  @Option(
      names = "--dataset",
      paramLabel = "mnist|fashion-mnist|DIR",
      description = "Dataset (default mnist).")
  String dataset = "mnist";

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Use only the first N test images.",
      converter = Counts.NonNegative.class)
  int limit;

  @Option(
      names = "--drawn",
      description =
          "Evaluate on test digits redrawn as a person might on the pad (big or small, off-centre,"
              + " rotated up to 15 degrees, thick or thin strokes) and preprocessed like the pad's.")
  boolean drawn;

  @Override
  public Integer call() throws Exception {
    Dataset data = DatasetChoice.load(dataset, 0);
    LabeledImages test = limit > 0 ? data.test().limit(limit) : data.test();
    if (drawn) {
      test = DrawnDigits.drawnSplit(test, test.count(), 0);
    }
    try (ModelService service = new ModelService(engine.settings())) {
      ModelSummary summary = model.open(service);
      Evaluation result = service.evaluate(test).join();
      new JsonLines(System.out)
          .line()
          .put("model", model.describe())
          .put("network", summary.spec().describe())
          .put("dataset", test.name())
          .put("count", result.count())
          .put("accuracy", JsonLines.round(result.accuracy(), 5))
          .put("loss", JsonLines.round(result.loss(), 5))
          .put("per_class", rounded(result.perClassAccuracy()))
          .put("confusion", result.confusion())
          .put("misclassified", result.misclassified().size())
          .put("seconds", JsonLines.round(result.seconds(), 4))
          .print();
    }
    return 0;
  }

  static List<Double> rounded(float[] values) {
    List<Double> list = new ArrayList<>();
    for (float value : values) {
      list.add(JsonLines.round(value, 5));
    }
    return list;
  }
}
