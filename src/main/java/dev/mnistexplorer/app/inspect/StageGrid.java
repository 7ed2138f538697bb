package dev.mnistexplorer.app.inspect;

/**
 * How a stage's values are laid out as a picture: an image keeps its rows and columns; a vector of
 * n values becomes a near-square grid, filled row by row (256 → 16×16, 784 → 28×28, 4096 → 64×64,
 * 100 → 10×10), so even the widest layer the builder allows stays one readable square; ten or so
 * values (the classes) become labelled bars instead.
 *
 * @param rows the grid's rows
 * @param columns the grid's columns (cells past the last value stay empty)
 * @param bars whether to draw the values as bars, one per value, rather than as cells
 */
record StageGrid(int rows, int columns, boolean bars) {
  /** Up to this many values are drawn as bars. */
  static final int MAX_BARS = 16;

  /** The layout for values of the given shape. */
  static StageGrid of(int[] shape) {
    if (shape.length == 2 && shape[0] > 1) {
      return new StageGrid(shape[0], shape[1], false);
    }
    int size = 1;
    for (int side : shape) {
      size *= side;
    }
    if (size <= MAX_BARS) {
      return new StageGrid(1, Math.max(1, size), true);
    }
    int columns = (int) Math.ceil(Math.sqrt(size));
    return new StageGrid((size + columns - 1) / columns, columns, false);
  }

  /** The index of the value in cell ({@code row}, {@code column}), or -1 past the last value. */
  int indexAt(int row, int column, int size) {
    if (row < 0 || column < 0 || row >= rows || column >= columns) {
      return -1;
    }
    int index = row * columns + column;
    return index < size ? index : -1;
  }
}
