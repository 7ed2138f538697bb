package dev.mnistexplorer.app.predict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.core.inference.GrayImage;
import org.junit.jupiter.api.Test;

/** The pad's raster and strokes, without the toolkit. */
class InkRasterTest {
  private static final int MIDDLE = InkRaster.SIDE / 2;

  @Test
  void aSegmentLeavesInkAlongItAndPaperAwayFromIt() {
    Sketch sketch = new Sketch();
    sketch.begin(0.2, 0.5);
    sketch.extend(0.8, 0.5);

    GrayImage picture = sketch.picture();
    for (int x = 60; x <= 220; x += 20) {
      assertThat(picture.valueAt(x, MIDDLE)).as("on the segment at x=%d", x).isLessThan(0.05f);
    }
    assertThat(picture.valueAt(MIDDLE, MIDDLE - 30)).as("above it").isEqualTo(1f);
    assertThat(picture.valueAt(20, MIDDLE)).as("beyond its end").isEqualTo(1f);
  }

  @Test
  void theBrushIsAboutAThirteenthOfThePadWideWithSoftEdges() {
    Sketch sketch = new Sketch();
    sketch.begin(0.2, 0.5);
    sketch.extend(0.8, 0.5);

    int inked = 0;
    boolean partial = false;
    for (int y = 0; y < InkRaster.SIDE; y++) {
      float value = sketch.picture().valueAt(MIDDLE, y);
      inked += value < 0.5f ? 1 : 0;
      partial |= value > 0.05f && value < 0.95f;
    }
    assertThat(inked).isBetween(InkRaster.SIDE / 14, InkRaster.SIDE / 12);
    assertThat(partial).as("anti-aliased edge").isTrue();
  }

  @Test
  void undoRemovesOnlyTheLastStroke() {
    Sketch sketch = new Sketch();
    sketch.add(PadStroke.through(0.5f, 0.1f, 0.5f, 0.9f));
    sketch.add(PadStroke.through(0.1f, 0.3f, 0.9f, 0.3f));

    assertThat(sketch.undo()).isTrue();

    assertThat(sketch.strokes()).hasSize(1);
    assertThat(sketch.picture().valueAt(MIDDLE, 200)).as("first stroke stays").isLessThan(0.05f);
    assertThat(sketch.picture().valueAt(40, 84)).as("second stroke gone").isEqualTo(1f);
  }

  @Test
  void clearLeavesBlankPaper() {
    Sketch sketch = new Sketch();
    sketch.add(PadStroke.through(0.5f, 0.1f, 0.5f, 0.9f));
    sketch.showImage(new float[784], -1);

    sketch.clear();

    assertThat(sketch.isEmpty()).isTrue();
    assertThat(sketch.strokes()).isEmpty();
    for (float value : sketch.picture().values()) {
      assertThat(value).isEqualTo(1f);
    }
  }

  @Test
  void anImageLayerIsEnlargedTenTimesAsDarkInk() {
    float[] ink = new float[784];
    ink[3 * 28 + 5] = 1f;
    Sketch sketch = new Sketch();

    sketch.showImage(ink, -1);

    assertThat(sketch.picture().valueAt(55, 35)).isEqualTo(0f);
    assertThat(sketch.picture().valueAt(59, 39)).isEqualTo(0f);
    assertThat(sketch.picture().valueAt(60, 35)).isEqualTo(1f);
    assertThat(sketch.isEmpty()).isFalse();
  }
}
