package dev.mnistexplorer.core.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.core.TestData;
import dev.mnistexplorer.core.data.LabeledImages;
import org.junit.jupiter.api.Test;

class AugmenterTest {
  private static final LabeledImages IMAGES = TestData.train(500);

  @Test
  void augmentedImagesDifferFromTheOriginals() {
    byte[] augmented = Augmenter.augment(IMAGES, 1, 1);

    assertThat(augmented).hasSameSizeAs(IMAGES.pixels()).isNotEqualTo(IMAGES.pixels());
    int changedImages = 0;
    for (int i = 0; i < IMAGES.count(); i++) {
      if (pixelsDiffer(augmented, IMAGES.pixels(), i, IMAGES.imageSize())) {
        changedImages++;
      }
    }
    assertThat(changedImages).isGreaterThan(IMAGES.count() * 9 / 10);
  }

  @Test
  void augmentationKeepsRoughlyTheSameInk() {
    // Measured on the first 1,000 images: total ink ratio 1.03, per image 0.43..1.85.
    byte[] augmented = Augmenter.augment(IMAGES, 1, 1);
    int size = IMAGES.imageSize();

    assertThat(
            (double) ink(augmented, 0, IMAGES.count() * size)
                / ink(IMAGES.pixels(), 0, IMAGES.count() * size))
        .isBetween(0.6, 1.4);
    for (int i = 0; i < IMAGES.count(); i++) {
      double ratio =
          (double) ink(augmented, i * size, (i + 1) * size)
              / ink(IMAGES.pixels(), i * size, (i + 1) * size);
      assertThat(ratio).as("ink ratio of image %d", i).isBetween(0.25, 3.0);
    }
  }

  @Test
  void theSameSeedAndEpochGiveTheSameImages() {
    assertThat(Augmenter.augment(IMAGES, 42, 3)).isEqualTo(Augmenter.augment(IMAGES, 42, 3));
  }

  @Test
  void anotherEpochOrSeedGivesOtherImages() {
    byte[] reference = Augmenter.augment(IMAGES, 42, 3);

    assertThat(Augmenter.augment(IMAGES, 42, 4)).isNotEqualTo(reference);
    assertThat(Augmenter.augment(IMAGES, 43, 3)).isNotEqualTo(reference);
  }

  @Test
  void theInputIsLeftUntouched() {
    byte[] before = IMAGES.pixels().clone();

    Augmenter.augment(IMAGES, 5, 1);

    assertThat(IMAGES.pixels()).isEqualTo(before);
  }

  private static boolean pixelsDiffer(byte[] a, byte[] b, int image, int size) {
    for (int p = image * size; p < (image + 1) * size; p++) {
      if (a[p] != b[p]) {
        return true;
      }
    }
    return false;
  }

  private static long ink(byte[] pixels, int from, int to) {
    long sum = 0;
    for (int p = from; p < to; p++) {
      sum += pixels[p] & 0xFF;
    }
    return sum;
  }
}
