package dev.mnistexplorer.core.service;

import ai.djl.ndarray.NDManager;
import dev.mnistexplorer.core.data.LabeledImages;
import dev.mnistexplorer.core.training.DeviceImages;

/**
 * Keeps the last evaluated split on the device, so that evaluating the test set again (after each
 * epoch, or from the Evaluate view) does not upload and convert 10,000 images every time.
 */
final class SplitCache implements AutoCloseable {
  private LabeledImages source;
  private DeviceImages onDevice;

  DeviceImages get(NDManager manager, LabeledImages split) {
    if (split != source) {
      close();
      onDevice = DeviceImages.upload(manager, split);
      source = split;
    }
    return onDevice;
  }

  @Override
  public void close() {
    if (onDevice != null) {
      onDevice.close();
      onDevice = null;
      source = null;
    }
  }
}
