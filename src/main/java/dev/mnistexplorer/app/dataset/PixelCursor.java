package dev.mnistexplorer.app.dataset;

import javafx.scene.input.KeyCode;

/**
 * Where the {@link PixelValuesView} points: the pixel it describes (moved by the mouse or the arrow
 * keys) and the spot its zoomed lens centres on. Plain state, so the keyboard's moves are tested
 * without a screen.
 */
final class PixelCursor {
  private int centreRow;
  private int centreCol;
  private int focusRow;
  private int focusCol;

  /** Centres the lens on (row, col) and describes that pixel. */
  void centreOn(int row, int col) {
    centreRow = row;
    centreCol = col;
    focusOn(row, col);
  }

  /** Describes pixel (row, col), leaving the lens where it is. */
  void focusOn(int row, int col) {
    focusRow = row;
    focusCol = col;
  }

  /**
   * Moves the described pixel one step for an arrow key, kept inside {@code rows} × {@code cols};
   * false for any other key.
   */
  boolean move(KeyCode code, int rows, int cols) {
    int row = focusRow;
    int col = focusCol;
    switch (code) {
      case UP -> row--;
      case DOWN -> row++;
      case LEFT -> col--;
      case RIGHT -> col++;
      default -> {
        return false;
      }
    }
    focusOn(Math.max(0, Math.min(rows - 1, row)), Math.max(0, Math.min(cols - 1, col)));
    return true;
  }

  /**
   * The pixels a lens of {@code lensRows} × {@code lensCols} shows: as many as the image has at
   * most, around the spot the lens centres on, moved in from the edges of the {@code rows} × {@code
   * cols} image rather than cut off.
   */
  PixelCells.Window lensWindow(int lensRows, int lensCols, int rows, int cols) {
    int shownRows = Math.min(lensRows, rows);
    int shownCols = Math.min(lensCols, cols);
    int row = Math.max(0, Math.min(centreRow - shownRows / 2, rows - shownRows));
    int col = Math.max(0, Math.min(centreCol - shownCols / 2, cols - shownCols));
    return new PixelCells.Window(row, col, shownRows, shownCols);
  }

  int centreRow() {
    return centreRow;
  }

  int centreCol() {
    return centreCol;
  }

  int focusRow() {
    return focusRow;
  }

  int focusCol() {
    return focusCol;
  }
}
