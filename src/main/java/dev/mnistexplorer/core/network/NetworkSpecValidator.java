package dev.mnistexplorer.core.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks a {@link NetworkSpec} before anything is built, returning every problem as a {@link
 * Problem} that names the field and layer, so the app can place it without reading the sentence.
 * Specs come from model files too, so every size is checked against a limit, in {@code long},
 * before anything is multiplied out or allocated.
 */
public final class NetworkSpecValidator {

  private NetworkSpecValidator() {}

  /** Every problem's sentence ({@link Problem#text()}); empty when the spec can be built. */
  public static List<String> problems(NetworkSpec spec) {
    return validate(spec).stream().map(Problem::text).toList();
  }

  /** All problems with the spec; empty when it can be built. */
  public static List<Problem> validate(NetworkSpec spec) {
    List<Problem> problems = new ArrayList<>();
    int side = NetworkSpec.MAX_IMAGE_SIDE;
    if (spec.imageRows() < 1
        || spec.imageCols() < 1
        || spec.imageRows() > side
        || spec.imageCols() > side) {
      problems.add(
          Problem.of(
              Problem.Field.IMAGE_SIZE,
              String.format(
                  "image size must be between 1x1 and %dx%d, got %dx%d",
                  side, side, spec.imageRows(), spec.imageCols())));
    }
    if (spec.outputs() < 2 || spec.outputs() > 1000) {
      problems.add(
          Problem.of(
              Problem.Field.OUTPUTS, "outputs must be between 2 and 1000, got " + spec.outputs()));
    }
    int layers = spec.hidden().size();
    // Past the limit only the first extra layer is reported, so a file with a million layers
    // still gives one short message.
    for (int i = 0; i < Math.min(layers, NetworkSpec.MAX_HIDDEN_LAYERS); i++) {
      layerProblems(spec.hidden().get(i), i + 1, problems);
    }
    if (layers > NetworkSpec.MAX_HIDDEN_LAYERS) {
      problems.add(
          Problem.onLayer(
              NetworkSpec.MAX_HIDDEN_LAYERS + 1,
              Problem.Field.LAYERS,
              String.format(
                  "a network has at most %d hidden layers, got %d",
                  NetworkSpec.MAX_HIDDEN_LAYERS, layers)));
    }
    if (problems.isEmpty() && spec.parameterCount() > NetworkSpec.MAX_PARAMETERS) {
      problems.add(
          Problem.of(
              Problem.Field.PARAMETERS,
              String.format(
                  Locale.ROOT,
                  "the network would have %,d parameters, at most %,d are allowed",
                  spec.parameterCount(),
                  NetworkSpec.MAX_PARAMETERS)));
    }
    return problems;
  }

  private static void layerProblems(LayerSpec layer, int number, List<Problem> problems) {
    if (layer.units() < 1 || layer.units() > NetworkSpec.MAX_UNITS) {
      problems.add(
          Problem.onLayer(
              number,
              Problem.Field.UNITS,
              "units must be between 1 and " + NetworkSpec.MAX_UNITS + ", got " + layer.units()));
    }
    if (!(layer.dropout() >= 0f && layer.dropout() < 1f)) {
      problems.add(
          Problem.onLayer(
              number,
              Problem.Field.DROPOUT,
              "dropout must be at least 0 and below 1, got " + layer.dropout()));
    }
  }

  /**
   * Throws when the spec cannot be built.
   *
   * @throws InvalidSpecException listing every problem
   */
  public static void check(NetworkSpec spec) {
    List<String> problems = problems(spec);
    if (!problems.isEmpty()) {
      throw new InvalidSpecException(String.join("; ", problems));
    }
  }
}
