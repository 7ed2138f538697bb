package dev.mnistexplorer.app.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.core.data.LabeledImages;
import org.junit.jupiter.api.Test;

/** The grid's frame at the screen's own resolution: sharp digits at 200 % desktop scaling. */
class GridPixelsTest {
  private static final int INK = 0xFF000000;
  private static final int PAPER = 0xFFFFFFFF;

  /** One 2×2 image with its top-left pixel full ink. */
  private static LabeledImages topLeftInk() {
    return new LabeledImages("x", 2, 2, new byte[] {(byte) 255, 0, 0, 0}, new byte[] {0});
  }

  @Test
  void atTwiceTheScaleTheFrameHasTwiceThePixelsAndEachSourcePixelIsASharpSquare() {
    GridPixels pixels = new GridPixels();
    pixels.begin(10, 8, 2.0);
    pixels.paint(topLeftInk(), 0, 1, 1, 2);

    assertThat(pixels.deviceWidth()).isEqualTo(20);
    assertThat(pixels.deviceHeight()).isEqualTo(16);
    // Layout (1, 1) is device (2, 2); a 2-pixel digit is 4 device pixels: 2×2 per source pixel.
    for (int y = 2; y < 4; y++) {
      for (int x = 2; x < 4; x++) {
        assertThat(pixels.argbAt(x, y)).as("ink at %d,%d", x, y).isEqualTo(INK);
      }
    }
    assertThat(pixels.argbAt(4, 2)).isEqualTo(PAPER);
    assertThat(pixels.argbAt(2, 4)).isEqualTo(PAPER);
    assertThat(pixels.argbAt(1, 1)).isNotIn(INK, PAPER); // the gap around the digit
  }

  @Test
  void atAFractionalScaleNoPixelIsABlendOfInkAndPaper() {
    GridPixels pixels = new GridPixels();
    pixels.begin(40, 40, 1.5);
    pixels.paint(topLeftInk(), 0, 3, 3, 28);

    int left = (int) Math.round(3 * 1.5);
    int side = (int) Math.round(31 * 1.5) - left;
    for (int y = left; y < left + side; y++) {
      for (int x = left; x < left + side; x++) {
        assertThat(pixels.argbAt(x, y)).isIn(INK, PAPER);
      }
    }
  }

  @Test
  void atTheUsualScaleOneLayoutPixelIsOneDevicePixel() {
    GridPixels pixels = new GridPixels();
    pixels.begin(10, 8, 1.0);
    pixels.paint(topLeftInk(), 0, 0, 0, 2);

    assertThat(pixels.deviceWidth()).isEqualTo(10);
    assertThat(pixels.argbAt(0, 0)).isEqualTo(INK);
    assertThat(pixels.argbAt(1, 0)).isEqualTo(PAPER);
  }
}
