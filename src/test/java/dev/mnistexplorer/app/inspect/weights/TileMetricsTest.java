package dev.mnistexplorer.app.inspect.weights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The grid's visible-tile arithmetic, without the toolkit. */
class TileMetricsTest {

  @Test
  void twoHundredFiftySixUnitsFitAtOnceInANormalWindow() {
    TileMetrics m = TileMetrics.of(28, 28, 1.0, 700, 520, 256);

    assertThat(m.tileWidth()).isEqualTo(28);
    assertThat(m.columns()).isEqualTo(23);
    assertThat(m.visibleTileCount(0)).isEqualTo(256);
    assertThat(m.contentHeight()).isLessThanOrEqualTo(520);
  }

  @Test
  void tenTemplatesAreDrawnLarge() {
    TileMetrics m = TileMetrics.of(28, 28, 1.0, 900, 520, 10);

    assertThat(m.tileWidth()).isEqualTo(28 * TileMetrics.MAX_ZOOM);
    assertThat(m.gap()).isEqualTo(TileMetrics.MAX_ZOOM);
    assertThat(m.contentHeight()).isLessThanOrEqualTo(520);
  }

  @Test
  void projectorModeDoublesTheSmallestTile() {
    TileMetrics m = TileMetrics.of(28, 28, 2.0, 700, 520, 4096);

    assertThat(m.tileWidth()).isEqualTo(56);
    assertThat(m.gap()).isEqualTo(4);
  }

  @Test
  void only4096UnitsVisibleRowsAreDrawn() {
    TileMetrics m = TileMetrics.of(28, 28, 1.0, 700, 520, 4096);
    // 30 px a row (28 and a 2 px gap): at 1,000 px rows 33 (992..1,019) to 50 (1,502..) show.
    List<Integer> drawn = new ArrayList<>();
    m.forEachVisibleTile(1_000, (tile, x, y) -> drawn.add(tile));

    assertThat(m.firstVisibleRow(1_000)).isEqualTo(33);
    assertThat(m.lastVisibleRow(1_000)).isEqualTo(50);
    assertThat(drawn).hasSize(m.visibleTileCount(1_000)).hasSize(18 * 23);
    assertThat(drawn.get(0)).isEqualTo(33 * 23);
    assertThat(m.rowCount()).isEqualTo(179);
  }

  @Test
  void theLastRowStopsAtTheLastUnit() {
    TileMetrics m = TileMetrics.of(28, 28, 1.0, 700, 520, 4096);
    double bottom = m.contentHeight() - 520;
    List<Integer> drawn = new ArrayList<>();
    m.forEachVisibleTile(bottom, (tile, x, y) -> drawn.add(tile));

    assertThat(drawn).last().isEqualTo(4095);
    assertThat(drawn).hasSize(m.visibleTileCount(bottom));
  }

  @Test
  void aPointLeadsToItsTileAndAGapToNone() {
    TileMetrics m = TileMetrics.of(28, 28, 1.0, 700, 520, 4096);
    int left = m.leftMargin();

    assertThat(m.tileAt(left + 1, 3, 0)).isEqualTo(0);
    assertThat(m.tileAt(left + 30 * 2 + 5, 2 + 30 + 5, 0)).isEqualTo(23 + 2);
    assertThat(m.tileAt(left + 28.5, 10, 0)).isEqualTo(-1);
    assertThat(m.tileAt(left + 1, 3, 30 * 10)).isEqualTo(230);
    assertThat(m.tileX(25)).isEqualTo(left + 2 * 30);
    assertThat(m.tileY(25, 0)).isEqualTo(2 + 30);
  }

  @Test
  void scrollingShowsAChosenTileWithTheLeastMovement() {
    TileMetrics m = TileMetrics.of(28, 28, 1.0, 700, 520, 4096);

    assertThat(m.offsetShowing(0, 0)).isEqualTo(0);
    assertThat(m.offsetShowing(23 * 30, 0)).isEqualTo(2 + 31 * 30 - 520);
    assertThat(m.offsetShowing(0, 500)).isEqualTo(0);
  }

  @Test
  void keysMoveTheCursorAndStopAtTheEnds() {
    TileMetrics m = TileMetrics.of(28, 28, 1.0, 700, 520, 100);

    assertThat(m.keyTarget(KeyCode.RIGHT, 4)).isEqualTo(5);
    assertThat(m.keyTarget(KeyCode.DOWN, 4)).isEqualTo(4 + m.columns());
    assertThat(m.keyTarget(KeyCode.UP, 4)).isEqualTo(0);
    assertThat(m.keyTarget(KeyCode.END, 4)).isEqualTo(99);
    assertThat(m.keyTarget(KeyCode.A, 4)).isEqualTo(-1);
  }
}
