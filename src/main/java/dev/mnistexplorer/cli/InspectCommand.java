package dev.mnistexplorer.cli;

import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.data.LabeledImages;
import dev.mnistexplorer.core.inspect.ForwardComparison;
import dev.mnistexplorer.core.inspect.ForwardPass;
import dev.mnistexplorer.core.inspect.Stage;
import dev.mnistexplorer.core.service.Inspector;
import dev.mnistexplorer.core.service.ModelService;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code inspect}: the tutorial's forward pass for one image, one JSON line per stage in order
 * ({@code input}, {@code normalised}, {@code flattened}, {@code linear1}, {@code sigmoid1}, …,
 * {@code logits}, {@code softmax}), every value included, for scripts to check against PyTorch.
 */
@Command(
    name = "inspect",
    description =
        "Show every stage of the forward pass for one image (an image file or a dataset digit):"
            + " one JSON line per stage, from input to softmax.")
final class InspectCommand implements Callable<Integer> {
  @Mixin EngineOptions engine;

  @Mixin ModelOption model;

  @Parameters(
      arity = "0..1",
      paramLabel = "IMAGE",
      description = "Image file (PNG/JPEG, any size), preprocessed exactly as predict does.")
  Path image;

  @Option(
      names = "--index",
      paramLabel = "N",
      description = "A dataset digit instead of an image: its index in the split, as stored.",
      converter = Counts.NonNegative.class)
  Integer index;

  @Option(
      names = "--split",
      paramLabel = "train|test",
      description = "The split --index counts in (default test).")
  String split = "test";

  @Option(
      names = "--dataset",
      paramLabel = "mnist|fashion-mnist|DIR",
      description = "The dataset --index counts in (default mnist).")
  String dataset = "mnist";

  @Option(
      names = "--by-layer",
      description =
          "Print what DJL's layers compute instead of the hand computation (x·Wᵀ + b, own"
              + " activation and softmax); max_abs_diff says how far apart they are.")
  boolean byLayer;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    checkArguments();
    float[] pixels = image != null ? PredictCommand.preprocess(image) : datasetDigit();
    try (ModelService service = new ModelService(engine.settings())) {
      model.open(service);
      ForwardComparison both = new Inspector(service, Runnable::run).compare(pixels).join();
      ForwardPass shown = byLayer ? both.byLayer() : both.byHand();
      JsonLines json = new JsonLines(System.out);
      for (Stage stage : shown.stages()) {
        json.line()
            .put("stage", stage.name())
            .put("shape", stage.shape())
            .put("min", stage.min())
            .put("max", stage.max())
            .put("mean", stage.mean())
            .put("max_abs_diff", both.maxAbsDifference(stage.name()))
            .put("values", stage.values())
            .print();
      }
    }
    return 0;
  }

  private void checkArguments() {
    if ((image == null) == (index == null)) {
      throw new ParameterException(
          spec.commandLine(),
          image == null ? "give an IMAGE or --index N" : "give an IMAGE or --index N, not both");
    }
    if (!split.equals("train") && !split.equals("test")) {
      throw new ParameterException(
          spec.commandLine(), "--split: '" + split + "' is not a split; expected train or test");
    }
  }

  private float[] datasetDigit() throws Exception {
    Dataset data = DatasetChoice.load(dataset, 0);
    LabeledImages images = split.equals("train") ? data.train() : data.test();
    if (index >= images.count()) {
      throw new ParameterException(
          spec.commandLine(),
          String.format(
              Locale.ROOT,
              "--index %,d is out of range: the %s split of %s has %,d digits (0 to %,d)",
              index,
              split,
              data.name(),
              images.count(),
              images.count() - 1));
    }
    return images.imageUnit(index);
  }
}
