package dev.mnistexplorer.app.dataset;

import dev.mnistexplorer.app.common.GridKeys;
import javafx.scene.input.KeyCode;

/**
 * Where the {@link DatasetGrid}'s digits sit for one size of the grid: how many per row, the
 * centring margin, which digit a point or a key leads to. Plain arithmetic, so the grid's drawing,
 * scrolling and input code all read the same numbers.
 *
 * @param digitSize side of one digit in pixels
 * @param gap space between digits in pixels
 * @param width the canvas's width
 * @param height the canvas's height
 * @param count how many digits are shown
 */
record GridMetrics(int digitSize, int gap, double width, double height, int count) {

  /** From the zoom (1 = 28 px per digit) and the UI scale (2 in projector mode). */
  static GridMetrics of(double zoom, double uiScale, double width, double height, int count) {
    int size = Math.max(8, (int) Math.round(28 * zoom * uiScale));
    int gap = Math.max(2, (int) Math.round(3 * uiScale));
    return new GridMetrics(size, gap, width, height, count);
  }

  /** Distance from one digit's top left to the next one's. */
  int pitch() {
    return digitSize + gap;
  }

  /** Digits per row. */
  int columns() {
    return Math.max(1, (int) ((width - gap) / pitch()));
  }

  /** Rows for all digits. */
  int rowCount() {
    return (count + columns() - 1) / columns();
  }

  /** Whole rows that fit in the viewport (at least 1). */
  int visibleRows() {
    return Math.max(1, (int) (height / pitch()));
  }

  /** Left margin that centres the used columns. */
  int leftMargin() {
    int used = columns() * pitch() - gap;
    return Math.max(gap, ((int) width - used) / 2);
  }

  /** The digit under a point of the canvas scrolled by {@code offset}, or -1. */
  int positionAt(double x, double y, double offset) {
    if (x >= width) {
      return -1;
    }
    int column = (int) ((x - leftMargin()) / pitch());
    int row = (int) ((y + offset - gap) / pitch());
    int position = row * columns() + column;
    boolean inside = column >= 0 && column < columns() && row >= 0 && position < count;
    return inside ? position : -1;
  }

  /**
   * The digit a navigation key moves the selection to (arrows, Page Up/Down, Home/End), clamped to
   * the digits shown; -1 when the key does not navigate.
   */
  int keyTarget(KeyCode code, int current) {
    return GridKeys.target(code, current, columns(), visibleRows() * columns(), count);
  }

  /** Something done for each digit on screen, at its top left corner on the canvas. */
  @FunctionalInterface
  interface CellAction {
    void at(int position, int x, int y);
  }

  /**
   * The top of {@code position}'s tile at scroll {@code offset}, on whole pixels as the tiles are
   * drawn (the selection ring uses it too, so a fractional offset cannot part ring and tile).
   */
  int cellTop(int position, double offset) {
    return gap + (position / columns()) * pitch() - (int) Math.round(offset);
  }

  /** Calls {@code action} for each digit visible with the grid scrolled by {@code offset}. */
  void forEachVisibleCell(double offset, CellAction action) {
    int pitch = pitch();
    int columns = columns();
    int left = leftMargin();
    int firstRow = (int) (offset / pitch);
    int y = cellTop(firstRow * columns, offset);
    for (int row = firstRow; y < height; row++, y += pitch) {
      for (int column = 0; column < columns; column++) {
        int position = row * columns + column;
        if (position >= count) {
          return;
        }
        action.at(position, left + column * pitch, y);
      }
    }
  }
}
