package dev.mnistexplorer.core.inspect;

import dev.mnistexplorer.core.network.Activation;
import dev.mnistexplorer.core.network.LayerSpec;
import dev.mnistexplorer.core.network.NetworkSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The names of a forward pass's stages, the same for the hand computation, for DJL's blocks and on
 * the command line (scripts select stages by these strings): {@code input}, {@code normalised},
 * {@code flattened}, then for hidden layer {@code i} (from 1) {@code linear<i>} and the
 * activation's id with the number ({@code sigmoid1}, {@code relu2}, {@code leaky_relu1}), then
 * {@code logits} and, always last, {@code softmax}. Dropout is the identity at inference and has no
 * stage.
 */
public final class StageNames {
  public static final String INPUT = "input";
  public static final String NORMALISED = "normalised";
  public static final String FLATTENED = "flattened";
  public static final String LOGITS = "logits";
  public static final String SOFTMAX = "softmax";

  private StageNames() {}

  /** The fully connected step of hidden layer {@code layer} (from 1), e.g. "linear1". */
  public static String linear(int layer) {
    return "linear" + layer;
  }

  /** The activation step of hidden layer {@code layer} (from 1), e.g. "sigmoid1". */
  public static String activation(Activation activation, int layer) {
    return activation.id() + layer;
  }

  /** Every stage's name for a network, in order. */
  public static List<String> of(NetworkSpec spec) {
    List<String> names = new ArrayList<>(List.of(INPUT, NORMALISED, FLATTENED));
    int layer = 1;
    for (LayerSpec hidden : spec.hidden()) {
      names.add(linear(layer));
      names.add(activation(hidden.activation(), layer));
      layer++;
    }
    names.add(LOGITS);
    names.add(SOFTMAX);
    return names;
  }
}
