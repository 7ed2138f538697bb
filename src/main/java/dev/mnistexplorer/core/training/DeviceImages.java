package dev.mnistexplorer.core.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.mnistexplorer.core.data.LabeledImages;
import dev.mnistexplorer.core.data.Normalization;
import java.nio.ByteBuffer;

/**
 * A whole split held on the device as tensors: images normalised the tutorial's way, (N, rows·cols)
 * float32, and labels as int64. Batches are sliced from these rather than built per sample, which
 * is what makes an epoch take about a second instead of several.
 */
public final class DeviceImages implements AutoCloseable {
  private final NDManager manager;
  private final NDArray images;
  private final NDArray labels;
  private final int count;

  private DeviceImages(NDManager manager, NDArray images, NDArray labels, int count) {
    this.manager = manager;
    this.images = images;
    this.labels = labels;
    this.count = count;
  }

  /** Uploads a split (the bytes travel as uint8 and are converted on the device). */
  public static DeviceImages upload(NDManager parent, LabeledImages split) {
    return upload(parent, split.pixels(), split.labels(), split.imageSize());
  }

  /** Uploads raw pixel bytes (e.g. an augmented copy) with their labels. */
  public static DeviceImages upload(
      NDManager parent, byte[] pixels, byte[] labelBytes, int imageSize) {
    NDManager manager = parent.newSubManager();
    int count = labelBytes.length;
    NDArray images;
    NDArray labels;
    try (NDArray raw = bytesToDevice(manager, pixels, new Shape(count, imageSize));
        NDArray rawLabels = bytesToDevice(manager, labelBytes, new Shape(count))) {
      images = raw.toType(DataType.FLOAT32, false);
      images.divi(255f).subi(Normalization.MEAN).divi(Normalization.STD);
      labels = rawLabels.toType(DataType.INT64, false);
    }
    return new DeviceImages(manager, images, labels, count);
  }

  private static NDArray bytesToDevice(NDManager manager, byte[] bytes, Shape shape) {
    ByteBuffer buffer = manager.allocateDirect(bytes.length);
    buffer.put(bytes).rewind();
    return manager.create(buffer, shape, DataType.UINT8);
  }

  /** (N, rows·cols) normalised images. */
  public NDArray images() {
    return images;
  }

  /** (N) int64 labels. */
  public NDArray labels() {
    return labels;
  }

  public int count() {
    return count;
  }

  @Override
  public void close() {
    manager.close();
  }
}
