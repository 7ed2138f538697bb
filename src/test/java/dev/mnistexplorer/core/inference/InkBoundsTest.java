package dev.mnistexplorer.core.inference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InkBoundsTest {

  @Test
  void theBoxHoldsEveryInkedPixel() {
    GrayImage image = GrayImage.filled(10, 8, 1f);
    image.values()[2 * 10 + 5] = 0f; // (5, 2)
    image.values()[6 * 10 + 1] = 0f; // (1, 6)
    image.values()[4 * 10 + 8] = 0f; // (8, 4)

    assertThat(InkBounds.find(image, Background.WHITE_PAPER, 0.2f))
        .contains(new InkBounds(1, 2, 9, 7));
  }

  @Test
  void theFaintFringeDoesNotWidenTheBox() {
    GrayImage image = GrayImage.filled(10, 10, 0f);
    image.values()[5 * 10 + 5] = 1f;
    image.values()[5 * 10 + 4] = 0.15f; // anti-aliasing fringe, below 20% ink
    image.values()[6 * 10 + 5] = 0.1f;

    InkBounds bounds = InkBounds.find(image, Background.BLACK_BOARD, 0.2f).orElseThrow();

    assertThat(bounds).isEqualTo(new InkBounds(5, 5, 6, 6));
    assertThat(bounds.longerSide()).isEqualTo(1);
  }

  @Test
  void noInkMeansNoBox() {
    assertThat(InkBounds.find(GrayImage.filled(5, 5, 0.9f), Background.WHITE_PAPER, 0.2f))
        .isEmpty();
  }
}
