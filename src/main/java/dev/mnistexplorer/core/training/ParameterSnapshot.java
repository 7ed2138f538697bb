package dev.mnistexplorer.core.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import dev.mnistexplorer.core.network.DigitNetwork;
import java.util.ArrayList;
import java.util.List;

/** A copy of a network's parameters on the device, so a diverged run can be undone. */
final class ParameterSnapshot implements AutoCloseable {
  private final NDManager scope;
  private final List<NDArray> copies;

  private ParameterSnapshot(NDManager scope, List<NDArray> copies) {
    this.scope = scope;
    this.copies = copies;
  }

  static ParameterSnapshot take(DigitNetwork network) {
    NDManager scope = network.manager().newSubManager();
    List<NDArray> copies = new ArrayList<>();
    for (Parameter parameter : network.block().getParameters().values()) {
      NDArray copy = parameter.getArray().duplicate();
      copy.attach(scope);
      copies.add(copy);
    }
    return new ParameterSnapshot(scope, copies);
  }

  /** Writes the copies back into the network's parameters, in place. */
  void restore(DigitNetwork network) {
    List<Parameter> parameters = network.block().getParameters().values();
    for (int i = 0; i < parameters.size(); i++) {
      copies.get(i).copyTo(parameters.get(i).getArray());
    }
  }

  @Override
  public void close() {
    scope.close();
  }
}
