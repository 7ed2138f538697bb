package dev.mnistexplorer.core.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects each batch's loss and number of correct answers on the device and reads them back to
 * Java only every few batches: reading a value back makes the host wait for the device, and doing
 * that every batch costs more than the batch itself on small networks. Keeping every batch's loss
 * still lets a NaN be pinned to the exact batch where it first appeared.
 */
final class BatchWindow implements AutoCloseable {
  private final NDManager parent;
  private NDManager scope;
  private final List<NDArray> losses = new ArrayList<>();
  private final List<NDArray> predictions = new ArrayList<>();
  private final List<NDArray> labels = new ArrayList<>();

  /** What a window held, once read back. */
  record Readout(float[] losses, long correct) {}

  BatchWindow(NDManager parent) {
    this.parent = parent;
    this.scope = parent.newSubManager();
  }

  /**
   * Keeps a batch's loss (a scalar), its predicted classes and its labels, still on the device;
   * they are compared once per window, not once per batch.
   */
  void add(NDArray loss, NDArray logits, NDArray batchLabels) {
    NDArray predicted = logits.argMax(1);
    loss.attach(scope);
    predicted.attach(scope);
    batchLabels.attach(scope);
    losses.add(loss);
    predictions.add(predicted);
    labels.add(batchLabels);
  }

  int size() {
    return losses.size();
  }

  /** Reads everything back in two transfers and starts a new window. */
  Readout flush() {
    float[] lossValues = NDArrays.stack(new NDList(losses)).toFloatArray();
    NDArray matches =
        NDArrays.concat(new NDList(predictions)).eq(NDArrays.concat(new NDList(labels)));
    long correct = matches.sum().toType(DataType.INT64, false).getLong();
    losses.clear();
    predictions.clear();
    labels.clear();
    scope.close();
    scope = parent.newSubManager();
    return new Readout(lossValues, correct);
  }

  @Override
  public void close() {
    scope.close();
  }
}
