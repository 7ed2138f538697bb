package dev.mnistexplorer.core.training;

import ai.djl.ndarray.NDArray;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;

/**
 * The few libtorch calls the training loop makes directly instead of through DJL's generic API,
 * each because the generic path costs several native calls where one does, and a batch of the
 * tutorial's network is only about half a millisecond of arithmetic: per-call overhead is what
 * separates a DJL loop from a PyTorch one (docs/adr/0004). This app runs only on the PyTorch
 * engine, so the casts always hold.
 */
final class TorchOps {

  private TorchOps() {}

  /**
   * Rows {@code start} (inclusive) to {@code end} of a tensor, as a view: one native call, where
   * {@code get(NDIndex)} builds an advanced index in four.
   */
  static NDArray rows(NDArray array, long start, long end) {
    return JniUtils.slice((PtNDArray) array, 0, start, end, 1);
  }

  /**
   * Back-propagates a scalar loss with a seed gradient made once per run, where {@code
   * GradientCollector.backward} creates and moves a new one every batch.
   */
  static void backward(NDArray loss, NDArray ones) {
    JniUtils.backward((PtNDArray) loss, (PtNDArray) ones, false, false);
  }

  /** Zeroes a parameter's gradient in place, as PyTorch's {@code zero_grad(set_to_none=False)}. */
  static void zeroGradient(NDArray parameter) {
    JniUtils.zeroGrad((PtNDArray) parameter);
  }
}
