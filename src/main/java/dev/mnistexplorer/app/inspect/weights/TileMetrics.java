package dev.mnistexplorer.app.inspect.weights;

import dev.mnistexplorer.app.common.GridKeys;
import javafx.scene.input.KeyCode;

/**
 * Where the {@link WeightsGrid}'s tiles sit for one size of the grid: the tile size, how many a
 * row, which tiles are visible at a scroll offset, which tile a point or a key leads to. Plain
 * arithmetic, so drawing, scrolling and input read the same numbers and a test can check them.
 *
 * @param tileWidth width of one tile in pixels (its columns of weights × the zoom)
 * @param tileHeight height of one tile in pixels
 * @param gap space between tiles and around them, in pixels
 * @param width the canvas's width
 * @param height the canvas's height
 * @param count how many tiles there are
 */
record TileMetrics(int tileWidth, int tileHeight, int gap, double width, double height, int count) {

  /** The largest zoom (pixels per weight) at which all tiles would show at once. */
  static final int MAX_ZOOM = 6;

  /**
   * For {@code count} tiles of {@code tileRows × tileCols} weights: as large as fits all of them in
   * the viewport, between {@code uiScale} and {@link #MAX_ZOOM} × {@code uiScale} pixels per weight
   * (a wide layer stays at the smallest and scrolls).
   */
  static TileMetrics of(
      int tileRows, int tileCols, double uiScale, double width, double height, int count) {
    int smallest = Math.max(1, (int) Math.round(uiScale));
    int zoom = smallest;
    for (int z = (int) Math.round(MAX_ZOOM * uiScale); z > smallest; z--) {
      if (fitsAll(tileCols * z, tileRows * z, gapFor(z, uiScale), width, height, count)) {
        zoom = z;
        break;
      }
    }
    return new TileMetrics(
        tileCols * zoom, tileRows * zoom, gapFor(zoom, uiScale), width, height, count);
  }

  /** The gap grows with large tiles, or ten big templates would read as one noisy sheet. */
  private static int gapFor(int zoom, double uiScale) {
    return Math.max(Math.max(1, (int) Math.round(2 * uiScale)), zoom);
  }

  private static boolean fitsAll(
      int tileWidth, int tileHeight, int gap, double width, double height, int count) {
    TileMetrics trial = new TileMetrics(tileWidth, tileHeight, gap, width, height, count);
    return trial.rowCount() * trial.rowPitch() + gap <= height;
  }

  /** Horizontal distance from one tile's left edge to the next one's. */
  int columnPitch() {
    return tileWidth + gap;
  }

  /** Vertical distance from one row's top to the next one's. */
  int rowPitch() {
    return tileHeight + gap;
  }

  /** Tiles a row. */
  int columns() {
    return Math.max(1, (int) ((width - gap) / columnPitch()));
  }

  /** Rows for all tiles. */
  int rowCount() {
    return (count + columns() - 1) / columns();
  }

  /** The height of all rows: what the scroll bar spans. */
  double contentHeight() {
    return (double) rowCount() * rowPitch() + gap;
  }

  /** Whole rows that fit in the viewport (at least 1). */
  int visibleRows() {
    return Math.max(1, (int) (height / rowPitch()));
  }

  /** The left edge of the first column (the columns used are centred). */
  int leftMargin() {
    int used = columns() * columnPitch() - gap;
    return Math.max(gap, ((int) width - used) / 2);
  }

  /** The first row any part of which shows with the grid scrolled by {@code offset}. */
  int firstVisibleRow(double offset) {
    return Math.max(0, (int) ((offset - gap) / rowPitch()));
  }

  /** The last row any part of which shows (may be past the last row of tiles). */
  int lastVisibleRow(double offset) {
    return Math.max(0, (int) Math.ceil((offset + height - gap) / rowPitch()) - 1);
  }

  /** How many tiles are drawn at {@code offset}: those of the visible rows. */
  int visibleTileCount(double offset) {
    int first = firstVisibleRow(offset) * columns();
    int end = Math.min(count, (lastVisibleRow(offset) + 1) * columns());
    return Math.max(0, end - first);
  }

  /** The tile's left edge on the canvas. */
  int tileX(int tile) {
    return leftMargin() + (tile % columns()) * columnPitch();
  }

  /** The tile's top edge on the canvas scrolled by {@code offset}. */
  double tileY(int tile, double offset) {
    return gap + (double) (tile / columns()) * rowPitch() - offset;
  }

  /** The tile under a point of the canvas scrolled by {@code offset}, or -1 (gaps included). */
  int tileAt(double x, double y, double offset) {
    if (x < 0 || x >= width || y < 0) {
      return -1;
    }
    double inRow = x - leftMargin();
    double inColumn = y + offset - gap;
    int column = (int) Math.floor(inRow / columnPitch());
    int row = (int) Math.floor(inColumn / rowPitch());
    int tile = row * columns() + column;
    boolean inside =
        inRow >= 0
            && inColumn >= 0
            && column < columns()
            && tile < count
            && inRow - column * columnPitch() < tileWidth
            && inColumn - row * rowPitch() < tileHeight;
    return inside ? tile : -1;
  }

  /** The scroll offset that shows {@code tile} with the least movement from {@code offset}. */
  double offsetShowing(int tile, double offset) {
    double top = tileY(tile, 0) - gap;
    double bottom = top + rowPitch() + gap;
    if (top < offset) {
      return top;
    }
    if (bottom > offset + height) {
      // A viewport shorter than a row shows the row's top.
      return height >= rowPitch() + gap ? bottom - height : top;
    }
    return offset;
  }

  /**
   * The tile a navigation key moves to (arrows, Page Up/Down, Home/End), clamped; -1 when the key
   * does not navigate.
   */
  int keyTarget(KeyCode code, int current) {
    return GridKeys.target(code, current, columns(), visibleRows() * columns(), count);
  }

  /** Something done for each visible tile, at its top left corner on the canvas. */
  @FunctionalInterface
  interface TileAction {
    void at(int tile, int x, int y);
  }

  /** Calls {@code action} for each tile visible with the grid scrolled by {@code offset}. */
  void forEachVisibleTile(double offset, TileAction action) {
    int columns = columns();
    int first = firstVisibleRow(offset);
    int last = lastVisibleRow(offset);
    for (int row = first; row <= last; row++) {
      int y = (int) Math.round(gap + (double) row * rowPitch() - offset);
      for (int column = 0; column < columns; column++) {
        int tile = row * columns + column;
        if (tile >= count) {
          return;
        }
        action.at(tile, leftMargin() + column * columnPitch(), y);
      }
    }
  }
}
