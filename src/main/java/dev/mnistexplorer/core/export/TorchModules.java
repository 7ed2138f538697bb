package dev.mnistexplorer.core.export;

import dev.mnistexplorer.core.network.Activation;
import dev.mnistexplorer.core.network.LayerSpec;
import dev.mnistexplorer.core.network.NetworkSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The attributes of the exported {@code nn.Module}, in forward order, named the way PyTorch's
 * tutorial names them: {@code hidden}, {@code sigmoid}, {@code output}, {@code softmax} for one
 * hidden layer; {@code hidden1}, {@code relu1}, {@code dropout1}, {@code hidden2}, … when there are
 * several. The Linear layers' names are also the weights' names in {@code weights.npz} ({@code
 * hidden1.weight}, {@code output.bias}), so they load with {@code load_state_dict}.
 */
public final class TorchModules {

  private TorchModules() {}

  /**
   * One attribute of the module.
   *
   * @param name the attribute ({@code self.hidden1})
   * @param constructor the Python expression that builds it ({@code nn.Linear(784, 128)})
   * @param linear whether it holds weights (a Linear layer)
   * @param comment the line above it in {@code __init__}, as the tutorial comments its layers; ""
   *     for none
   */
  public record Module(String name, String constructor, boolean linear, String comment) {

    Module(String name, String constructor) {
      this(name, constructor, false, "");
    }
  }

  /** Every attribute of the spec's network, in the order {@code forward} applies them. */
  public static List<Module> of(NetworkSpec spec) {
    List<Module> modules = new ArrayList<>();
    boolean numbered = spec.hidden().size() > 1;
    int fanIn = spec.inputs();
    for (int i = 0; i < spec.hidden().size(); i++) {
      LayerSpec layer = spec.hidden().get(i);
      String suffix = numbered ? Integer.toString(i + 1) : "";
      modules.add(linear("hidden" + suffix, fanIn, layer.units()));
      modules.add(new Module(layer.activation().id() + suffix, module(layer.activation())));
      if (layer.hasDropout()) {
        modules.add(
            new Module(
                "dropout" + suffix, "nn.Dropout(p=" + PythonText.number(layer.dropout()) + ")"));
      }
      fanIn = layer.units();
    }
    modules.add(linear("output", fanIn, spec.outputs()));
    modules.add(new Module("softmax", "nn.Softmax(dim=1)"));
    return modules;
  }

  /** The names of the Linear layers, in order: one per {@code WeightMatrix} of the network. */
  public static List<String> linearNames(NetworkSpec spec) {
    return of(spec).stream().filter(Module::linear).map(Module::name).toList();
  }

  /** The torch module for an activation; every activation the app offers has one. */
  static String module(Activation activation) {
    return switch (activation) {
      case SIGMOID -> "nn.Sigmoid()";
      case TANH -> "nn.Tanh()";
      case RELU -> "nn.ReLU()";
      case LEAKY_RELU ->
          "nn.LeakyReLU(negative_slope=" + PythonText.number(Activation.LEAKY_RELU_SLOPE) + ")";
      case GELU -> "nn.GELU()";
      case IDENTITY -> "nn.Identity()";
    };
  }

  private static Module linear(String name, int inputs, int outputs) {
    String sizes = inputs + " inputs -> " + outputs + " units";
    String comment =
        name.equals("output")
            ? "Output layer: " + sizes + ", one for each class"
            : "Hidden layer: " + sizes;
    return new Module(name, "nn.Linear(" + inputs + ", " + outputs + ")", true, comment);
  }
}
