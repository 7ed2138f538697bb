package dev.mnistexplorer.core.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WeightTilesTest {

  /** Three units of a 2×2 "image": unit 0 small weights, unit 1 large ones, unit 2 all zero. */
  private static LayerWeights threeUnits() {
    float[] weights = {
      0.1f, -0.1f, 0.05f, 0f, //
      2f, -1f, 0f, 1f, //
      0f, 0f, 0f, 0f
    };
    return new LayerWeights(1, 3, 4, 2, 2, weights, new float[3], false, 0);
  }

  @Test
  void aTileIsTheUnitsWeightsInThePaletteOnItsOwnScale() {
    ArgbImage tile = WeightTiles.tile(threeUnits(), 0, TileScale.PER_TILE, 1);

    assertThat(tile.width()).isEqualTo(2);
    assertThat(tile.height()).isEqualTo(2);
    assertThat(tile.pixel(0, 0)).isEqualTo(DivergingPalette.MOST_POSITIVE);
    assertThat(tile.pixel(1, 0)).isEqualTo(DivergingPalette.MOST_NEGATIVE);
    assertThat(tile.pixel(0, 1)).isEqualTo(DivergingPalette.argb(0.5f, 1f));
    assertThat(tile.pixel(1, 1)).isEqualTo(DivergingPalette.CENTRE);
  }

  @Test
  void aSharedScaleLetsUnitsBeCompared() {
    ArgbImage small = WeightTiles.tile(threeUnits(), 0, TileScale.SHARED, 1);
    ArgbImage large = WeightTiles.tile(threeUnits(), 1, TileScale.SHARED, 1);

    assertThat(small.pixel(0, 0)).isEqualTo(DivergingPalette.argb(0.1f, 2f));
    assertThat(large.pixel(0, 0)).isEqualTo(DivergingPalette.MOST_POSITIVE);
    assertThat(WeightTiles.tile(threeUnits(), 2, TileScale.PER_TILE, 1).pixels())
        .containsOnly(DivergingPalette.CENTRE);
  }

  @Test
  void theGridPlacesTilesInRowsWithGapsAroundThem() {
    // 3 units in 2 columns, zoom 3, gap 1: width 2 × (2×3 + 1) + 1 = 15, height 2 rows → 15.
    ArgbImage grid = WeightTiles.grid(threeUnits(), TileScale.PER_TILE, 2, 3, 1);

    assertThat(grid.width()).isEqualTo(15);
    assertThat(grid.height()).isEqualTo(15);
    assertThat(grid.pixel(0, 0)).isEqualTo(WeightTiles.GAP);
    assertThat(grid.pixel(1, 1)).isEqualTo(DivergingPalette.MOST_POSITIVE); // unit 0, weight 0
    assertThat(grid.pixel(3, 3)).isEqualTo(DivergingPalette.MOST_POSITIVE); // zoomed 3×3
    assertThat(grid.pixel(4, 1)).isEqualTo(DivergingPalette.MOST_NEGATIVE); // unit 0, weight 1
    assertThat(grid.pixel(7, 1)).isEqualTo(WeightTiles.GAP); // between the tiles
    assertThat(grid.pixel(8, 1)).isEqualTo(DivergingPalette.MOST_POSITIVE); // unit 1, weight 0
    assertThat(grid.pixel(1, 8)).isEqualTo(DivergingPalette.CENTRE); // unit 2, all zero
    assertThat(grid.pixel(9, 9)).isEqualTo(WeightTiles.GAP); // no fourth unit
  }

  @Test
  void gridsAreNearSquare() {
    assertThat(WeightTiles.columnsFor(256)).isEqualTo(16);
    assertThat(WeightTiles.columnsFor(4096)).isEqualTo(64);
    assertThat(WeightTiles.columnsFor(10)).isEqualTo(4);
    assertThat(WeightTiles.columnsFor(1)).isEqualTo(1);

    LayerWeights wide =
        RandomNetworks.network(dev.mnistexplorer.core.network.NetworkSpec.tutorial(), 1)
            .layerWeights(1);
    ArgbImage grid = WeightTiles.grid(wide, TileScale.PER_TILE);
    assertThat(grid.width()).isEqualTo(16 * 29 + 1);
    assertThat(grid.height()).isEqualTo(16 * 29 + 1);
  }

  @Test
  void aHeatMapLeavesCellsBeyondItsValuesGrey() {
    ArgbImage map = WeightTiles.heatMap(new float[] {1f, -1f, 0f}, 2, 2, 1f, 2);

    assertThat(map.width()).isEqualTo(4);
    assertThat(map.pixel(0, 0)).isEqualTo(DivergingPalette.MOST_POSITIVE);
    assertThat(map.pixel(3, 1)).isEqualTo(DivergingPalette.MOST_NEGATIVE);
    assertThat(map.pixel(3, 3)).isEqualTo(WeightTiles.GAP);
    assertThatThrownBy(() -> WeightTiles.heatMap(new float[4], 2, 2, 1f, 0))
        .hasMessageContaining("zoom");
  }
}
