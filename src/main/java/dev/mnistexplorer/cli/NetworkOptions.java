package dev.mnistexplorer.cli;

import dev.mnistexplorer.core.network.Activation;
import dev.mnistexplorer.core.network.LayerSpec;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.network.NetworkSpecValidator;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --hidden}, {@code --activation} and {@code --dropout}: the network spec. */
final class NetworkOptions {
  @Spec(Spec.Target.MIXEE)
  picocli.CommandLine.Model.CommandSpec command;

  @Option(
      names = "--hidden",
      paramLabel = "UNITS,…",
      description =
          "Hidden layer sizes, e.g. 256 or 256,128; 'none' for no hidden layer (default 256).")
  String hidden = "256";

  @Option(
      names = "--activation",
      paramLabel = "NAME,…",
      description =
          "One activation for all hidden layers or one per layer: ${COMPLETION-CANDIDATES}.",
      completionCandidates = ActivationNames.class)
  String activation = "sigmoid";

  @Option(
      names = "--dropout",
      paramLabel = "RATE,…",
      description =
          "Dropout after each hidden layer: one rate for all or one per layer (default 0).")
  String dropout = "0";

  /** The spec the options describe; a usage error (exit 2) when they don't fit together. */
  NetworkSpec spec() {
    List<Integer> units = parseUnits();
    List<String> activations = perLayer(activation, units.size(), "--activation");
    List<String> dropouts = perLayer(dropout, units.size(), "--dropout");
    List<LayerSpec> layers = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      try {
        layers.add(
            new LayerSpec(
                units.get(i),
                Activation.parse(activations.get(i)),
                Float.parseFloat(dropouts.get(i))));
      } catch (IllegalArgumentException e) {
        throw usage("layer " + (i + 1) + ": " + e.getMessage());
      }
    }
    NetworkSpec spec = NetworkSpec.mnist(layers);
    List<String> problems = NetworkSpecValidator.problems(spec);
    if (!problems.isEmpty()) {
      throw usage("--hidden: " + String.join("; ", problems));
    }
    return spec;
  }

  private List<Integer> parseUnits() {
    List<Integer> units = new ArrayList<>();
    String text = hidden.trim();
    if (text.isEmpty() || text.equalsIgnoreCase("none")) {
      return units;
    }
    for (String part : text.split(",")) {
      try {
        units.add(Integer.parseInt(part.trim()));
      } catch (NumberFormatException e) {
        throw usage("--hidden: '" + part.trim() + "' is not a whole number of units");
      }
    }
    return units;
  }

  private List<String> perLayer(String text, int layers, String option) {
    String[] parts = text.split(",");
    List<String> values = new ArrayList<>();
    for (int i = 0; i < layers; i++) {
      if (parts.length == 1) {
        values.add(parts[0].trim());
      } else if (parts.length == layers) {
        values.add(parts[i].trim());
      } else {
        throw usage(
            option
                + ": give one value or one per hidden layer ("
                + layers
                + "), got "
                + parts.length);
      }
    }
    return values;
  }

  private ParameterException usage(String message) {
    return new ParameterException(command.commandLine(), message);
  }

  /** For picocli's help text. */
  static final class ActivationNames extends ArrayList<String> {
    ActivationNames() {
      for (Activation activation : Activation.values()) {
        add(activation.id());
      }
    }
  }
}
