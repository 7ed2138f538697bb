package dev.mnistexplorer.core.inference;

import dev.mnistexplorer.core.data.LabeledImages;

/**
 * Shows MNIST-convention data (ink = 1 on background = 0) as {@link GrayImage} luminance, i.e. as
 * light ink on black, the way MNIST digits are usually displayed. Useful to put a dataset digit on
 * the drawing pad, or to check that {@link CanvasPreprocessor} gives a dataset digit back unchanged
 * after it has been enlarged and inverted.
 */
public final class MnistImages {

  private MnistImages() {}

  /** A 28x28 image from 784 MNIST-convention values in 0..1. */
  public static GrayImage fromMnist(float[] mnist) {
    if (mnist.length != CanvasPreprocessor.MNIST_PIXELS) {
      throw new IllegalArgumentException(
          "an MNIST image has " + CanvasPreprocessor.MNIST_PIXELS + " values, got " + mnist.length);
    }
    return new GrayImage(
        CanvasPreprocessor.MNIST_SIDE, CanvasPreprocessor.MNIST_SIDE, mnist.clone());
  }

  /** Image {@code index} of a dataset split, at the split's own size. */
  public static GrayImage fromLabeledImages(LabeledImages images, int index) {
    return new GrayImage(images.cols(), images.rows(), images.imageUnit(index));
  }
}
