package dev.mnistexplorer.core.export;

import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.network.WeightMatrix;
import dev.mnistexplorer.core.service.ModelSummary;
import dev.mnistexplorer.core.store.ModelMetadata;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * What an export to PyTorch writes out: the network's spec, the names of its outputs, every Linear
 * layer's weights (laid out as {@code torch.nn.Linear} keeps them) and one line on where it came
 * from for the README. The weights are checked against the spec here, so a folder never gets a
 * {@code network.py} that its {@code weights.npz} does not fit.
 */
public record ExportedNetwork(
    NetworkSpec spec, List<String> classNames, List<WeightMatrix> weights, String provenance) {

  public ExportedNetwork {
    classNames =
        classNames.size() == spec.outputs()
            ? List.copyOf(classNames)
            : IntStream.range(0, spec.outputs()).mapToObj(Integer::toString).toList();
    weights = List.copyOf(weights);
    requireShapes(spec, weights);
  }

  /** The network a {@link dev.mnistexplorer.core.service.ModelService} holds, with its weights. */
  public static ExportedNetwork of(ModelSummary summary, List<WeightMatrix> weights) {
    return new ExportedNetwork(
        summary.spec(), summary.metadata().classNames(), weights, provenance(summary.metadata()));
  }

  private static String provenance(ModelMetadata metadata) {
    if (!metadata.isTrained()) {
      return "untrained (its weights are the random start)";
    }
    String trained =
        String.format(
            Locale.ROOT,
            "trained on %s for %d epoch%s",
            metadata.dataset(),
            metadata.epochs(),
            metadata.epochs() == 1 ? "" : "s");
    return Float.isFinite(metadata.testAccuracy())
        ? trained
            + String.format(Locale.ROOT, ", %.2f %% test accuracy", metadata.testAccuracy() * 100)
        : trained;
  }

  private static void requireShapes(NetworkSpec spec, List<WeightMatrix> weights) {
    List<Integer> widths = spec.layerWidths();
    if (weights.size() != widths.size() - 1) {
      throw new IllegalArgumentException(
          "the network "
              + spec.describe()
              + " has "
              + (widths.size() - 1)
              + " Linear layers, but "
              + weights.size()
              + " weight matrices were given");
    }
    for (int i = 0; i < weights.size(); i++) {
      WeightMatrix matrix = weights.get(i);
      int inputs = widths.get(i);
      int outputs = widths.get(i + 1);
      if (matrix.inputs() != inputs
          || matrix.outputs() != outputs
          || matrix.weights().length != (long) inputs * outputs
          || matrix.biases().length != outputs) {
        throw new IllegalArgumentException(
            "layer " + (i + 1) + "'s weights do not fit the network " + spec.describe());
      }
    }
  }
}
