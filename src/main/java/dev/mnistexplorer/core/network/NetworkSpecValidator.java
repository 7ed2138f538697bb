package dev.mnistexplorer.core.network;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a {@link NetworkSpec} before anything is built, returning every problem as a message that
 * names the field ("hidden layer 2: units must be between 1 and 4096, got 0").
 */
public final class NetworkSpecValidator {

  private NetworkSpecValidator() {}

  /** All problems with the spec; empty when it can be built. */
  public static List<String> problems(NetworkSpec spec) {
    List<String> problems = new ArrayList<>();
    if (spec.imageRows() < 1 || spec.imageCols() < 1 || spec.inputs() > 4096 * 4096) {
      problems.add("image size must be positive, got " + spec.imageRows() + "x" + spec.imageCols());
    }
    if (spec.outputs() < 2 || spec.outputs() > 1000) {
      problems.add("outputs must be between 2 and 1000, got " + spec.outputs());
    }
    for (int i = 0; i < spec.hidden().size(); i++) {
      LayerSpec layer = spec.hidden().get(i);
      String where = "hidden layer " + (i + 1) + ": ";
      if (layer.units() < 1 || layer.units() > NetworkSpec.MAX_UNITS) {
        problems.add(
            where
                + "units must be between 1 and "
                + NetworkSpec.MAX_UNITS
                + ", got "
                + layer.units());
      }
      if (!(layer.dropout() >= 0f && layer.dropout() < 1f)) {
        problems.add(where + "dropout must be at least 0 and below 1, got " + layer.dropout());
      }
    }
    return problems;
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
