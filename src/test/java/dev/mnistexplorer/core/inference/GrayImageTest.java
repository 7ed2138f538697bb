package dev.mnistexplorer.core.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GrayImageTest {

  @Test
  void sizesMustBePositiveAndMatchTheValues() {
    assertThatThrownBy(() -> new GrayImage(0, 1, new float[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0x1");
    assertThatThrownBy(() -> new GrayImage(2, 2, new float[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs 4 values, got 3");
    assertThatThrownBy(() -> new GrayImage(2, 2, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void valuesAreRowMajor() {
    GrayImage image = new GrayImage(3, 2, new float[] {0, 0.1f, 0.2f, 0.3f, 0.4f, 0.5f});

    assertThat(image.valueAt(2, 0)).isEqualTo(0.2f);
    assertThat(image.valueAt(0, 1)).isEqualTo(0.3f);
  }

  @Test
  void invertingTurnsBlackIntoWhite() {
    GrayImage image = new GrayImage(2, 1, new float[] {0f, 0.25f});

    assertThat(image.inverted().values()).containsExactly(1f, 0.75f);
  }

  @Test
  void scalingUpTurnsEachPixelIntoABlock() {
    GrayImage image = new GrayImage(2, 1, new float[] {0f, 1f});

    GrayImage big = image.scaledUp(2);

    assertThat(big.width()).isEqualTo(4);
    assertThat(big.height()).isEqualTo(2);
    assertThat(big.values()).containsExactly(0f, 0f, 1f, 1f, 0f, 0f, 1f, 1f);
  }

  @Test
  void imagesWithTheSamePixelsAreEqual() {
    assertThat(GrayImage.filled(2, 3, 0.5f))
        .isEqualTo(GrayImage.filled(2, 3, 0.5f))
        .hasSameHashCodeAs(GrayImage.filled(2, 3, 0.5f))
        .isNotEqualTo(GrayImage.filled(3, 2, 0.5f))
        .hasToString("GrayImage[2x3]");
  }
}
