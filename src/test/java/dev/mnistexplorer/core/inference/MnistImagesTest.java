package dev.mnistexplorer.core.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mnistexplorer.core.data.LabeledImages;
import org.junit.jupiter.api.Test;

class MnistImagesTest {

  @Test
  void mnistValuesShowAsLightInkOnBlack() {
    float[] mnist = new float[784];
    mnist[3] = 1f;

    GrayImage image = MnistImages.fromMnist(mnist);

    assertThat(image.width()).isEqualTo(28);
    assertThat(image.valueAt(3, 0)).isEqualTo(1f);
    assertThat(Background.detect(image)).isEqualTo(Background.BLACK_BOARD);
  }

  @Test
  void onlyTwentyEightByTwentyEightIsMnist() {
    assertThatThrownBy(() -> MnistImages.fromMnist(new float[100]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("784");
  }

  @Test
  void aDatasetImageKeepsItsValues() {
    byte[] pixels = {0, (byte) 255, 0, 0, 0, 0, (byte) 51, 0};
    LabeledImages images = new LabeledImages("test", 2, 2, pixels, new byte[] {3, 4});

    GrayImage second = MnistImages.fromLabeledImages(images, 1);

    assertThat(second.values()).containsExactly(0f, 0f, 0.2f, 0f);
  }
}
