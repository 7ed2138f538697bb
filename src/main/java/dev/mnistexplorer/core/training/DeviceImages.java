package dev.mnistexplorer.core.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.mnistexplorer.core.data.LabeledImages;
import java.nio.ByteBuffer;

/**
 * A whole split held on the device: the pixels as they are in the IDX file, (N, rows·cols) uint8,
 * and the labels as int64. Batches are sliced from these and normalised on the device, rather than
 * built per sample, which is what makes an epoch take about a second instead of several. Keeping
 * uint8 rather than float makes the per-epoch shuffled copy four times smaller.
 */
public final class DeviceImages implements AutoCloseable {
  /** x / 255 → (x − 0.5) / 0.5 is x / 127.5 − 1, two in-place operations. */
  private static final float HALF_RANGE = 127.5f;

  private final NDManager manager;
  private final NDArray pixels;
  private final NDArray labels;
  private final int count;

  private DeviceImages(NDManager manager, NDArray pixels, NDArray labels, int count) {
    this.manager = manager;
    this.pixels = pixels;
    this.labels = labels;
    this.count = count;
  }

  /** Uploads a split. */
  public static DeviceImages upload(NDManager parent, LabeledImages split) {
    return upload(parent, split.pixels(), split.labels(), split.imageSize());
  }

  /** Uploads raw pixel bytes (e.g. an augmented copy) with their labels. */
  public static DeviceImages upload(
      NDManager parent, byte[] pixelBytes, byte[] labelBytes, int imageSize) {
    NDManager manager = parent.newSubManager();
    int count = labelBytes.length;
    NDArray pixels = bytesToDevice(manager, pixelBytes, new Shape(count, imageSize));
    NDArray labels;
    try (NDArray rawLabels = bytesToDevice(manager, labelBytes, new Shape(count))) {
      labels = rawLabels.toType(DataType.INT64, false);
    }
    return new DeviceImages(manager, pixels, labels, count);
  }

  private static NDArray bytesToDevice(NDManager manager, byte[] bytes, Shape shape) {
    ByteBuffer buffer = manager.allocateDirect(bytes.length);
    buffer.put(bytes).rewind();
    return manager.create(buffer, shape, DataType.UINT8);
  }

  /** Raw pixels, (N, rows·cols) uint8. */
  public NDArray pixels() {
    return pixels;
  }

  /** (N) int64 labels. */
  public NDArray labels() {
    return labels;
  }

  public int count() {
    return count;
  }

  /**
   * Rows {@code start..end} of {@code rawPixels} (this split's pixels or a shuffled copy) as
   * normalised float32, the tutorial's way; the result belongs to {@code rawPixels}' manager.
   */
  static NDArray normalisedRows(NDArray rawPixels, long start, long end) {
    try (NDArray raw = TorchOps.rows(rawPixels, start, end)) {
      return raw.toType(DataType.FLOAT32, false).divi(HALF_RANGE).subi(1f);
    }
  }

  @Override
  public void close() {
    manager.close();
  }
}
