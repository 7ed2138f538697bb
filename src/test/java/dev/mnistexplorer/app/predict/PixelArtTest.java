package dev.mnistexplorer.app.predict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.core.inspect.ArgbImage;
import org.junit.jupiter.api.Test;

/** Pixel art for the screen's own pixels: whole squares, whole-pixel grid lines, no blending. */
class PixelArtTest {

  @Test
  void eachInputPixelBecomesASquareOfZoomDevicePixels() {
    float[] ink = new float[784];
    ink[0] = 1f;
    ArgbImage image = PixelArt.digit(ink, 3);
    assertThat(image.width()).isEqualTo(84);
    assertThat(image.pixel(2, 2)).isEqualTo(0xFFFFFFFF);
    assertThat(image.pixel(3, 0)).isEqualTo(0xFF000000);
  }

  @Test
  void gridLinesSitOnTheCellBordersInsideThePictureOnly() {
    ArgbImage black = PixelArt.digit(new float[784], 4);
    ArgbImage grid = PixelArt.withGrid(black, 4, 1, 0.25);
    // Mid-grey mixed in at a quarter on the border between cells 0 and 1 (x = 4) ...
    assertThat(grid.pixel(4, 1)).isEqualTo(0xFF202020);
    // ... but not inside a cell, nor on the picture's outer edge.
    assertThat(grid.pixel(2, 1)).isEqualTo(0xFF000000);
    assertThat(grid.pixel(0, 1)).isEqualTo(0xFF000000);
    assertThat(grid.pixel(111, 1)).isEqualTo(0xFF000000);
  }
}
