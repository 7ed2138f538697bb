package dev.mnistexplorer.app.evaluate;

import javafx.beans.property.DoubleProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The drawing half of a square grid of counts on a canvas: where the grid lies, which cell a point
 * falls in, the selected and focused cells, and a redraw (cells, grid lines, then marks) whenever
 * any of them or the UI scale changes. Subclasses draw a cell and the marks, and lay out the grid.
 */
abstract class CanvasCells extends Region {
  private final Canvas canvas = new Canvas();
  private final DoubleProperty uiScale;
  private int[][] counts = new int[0][0];
  private int maxCount = 1;
  private double cellSize;
  private MatrixCell selected;
  private MatrixCell focused;

  CanvasCells(DoubleProperty uiScale) {
    this.uiScale = uiScale;
    getChildren().add(canvas);
    uiScale.addListener(observable -> requestLayout());
  }

  final Canvas canvas() {
    return canvas;
  }

  final double uiScale() {
    return uiScale.get();
  }

  final int classes() {
    return counts.length;
  }

  /** The counts shown ({@code counts[actual][predicted]}); not to be changed. */
  final int[][] counts() {
    return counts;
  }

  final int count(MatrixCell cell) {
    return counts[cell.actual()][cell.predicted()];
  }

  /** The largest count (at least 1). */
  final int maxCount() {
    return maxCount;
  }

  final double cellSize() {
    return cellSize;
  }

  final void setCounts(int[][] values) {
    counts = values;
    maxCount = 1;
    for (int[] row : values) {
      for (int value : row) {
        maxCount = Math.max(maxCount, value);
      }
    }
    if (selected != null && selected.actual() >= values.length) {
      selected = null;
    }
    if (focused != null && focused.actual() >= values.length) {
      focused = null;
    }
  }

  final MatrixCell selectedCell() {
    return selected;
  }

  /** Marks the cell whose images are listed (null for none). */
  final void setSelectedCell(MatrixCell cell) {
    selected = cell;
    draw();
  }

  final MatrixCell focusedCell() {
    return focused;
  }

  final void setFocusedCell(MatrixCell cell) {
    focused = cell;
    draw();
  }

  /**
   * Puts the grid's top-left corner at ({@code x}, {@code y}) with square cells of {@code size}.
   */
  final void placeGrid(double x, double y, double size) {
    cellSize = size;
    // On whole device pixels: a canvas between two pixels is resampled, and its lines and counts
    // blur (at 200% desktop scaling a half pixel is a whole device pixel).
    canvas.relocate(snapPositionX(x), snapPositionY(y));
    canvas.setWidth(size * counts.length);
    canvas.setHeight(size * counts.length);
  }

  /** The cell at a point in the canvas's coordinates, or null outside the grid. */
  final MatrixCell cellAt(double x, double y) {
    if (cellSize <= 0) {
      return null;
    }
    int column = (int) Math.floor(x / cellSize);
    int row = (int) Math.floor(y / cellSize);
    int n = counts.length;
    return row < 0 || column < 0 || row >= n || column >= n ? null : new MatrixCell(row, column);
  }

  /** Redraws the whole grid. */
  final void draw() {
    GraphicsContext g = canvas.getGraphicsContext2D();
    g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
    int n = counts.length;
    if (n == 0 || cellSize <= 0) {
      return;
    }
    for (int row = 0; row < n; row++) {
      for (int column = 0; column < n; column++) {
        drawCell(g, new MatrixCell(row, column), column * cellSize, row * cellSize, cellSize);
      }
    }
    g.setStroke(gridLineColour());
    g.setLineWidth(1);
    g.setLineDashes();
    double grid = n * cellSize;
    for (int k = 0; k <= n; k++) {
      double at = Math.min(grid - 0.5, k * cellSize + 0.5);
      g.strokeLine(at, 0, at, grid);
      g.strokeLine(0, at, grid, at);
    }
    drawMarks(g);
  }

  /**
   * Strokes a rectangle {@code inset} (times the UI scale) inside {@code cell}, {@code width} wide
   * (times the UI scale), dashed or not.
   */
  final void outline(
      GraphicsContext g,
      MatrixCell cell,
      Color colour,
      double width,
      double inset,
      boolean dashed) {
    // Marks grow with the UI scale, but never beyond what a small cell can carry.
    double scale = Math.max(0.5, Math.min(uiScale(), cellSize / 40));
    double lineWidth = width * scale;
    double offset = inset * scale + lineWidth / 2;
    double side = cellSize - 2 * offset;
    if (side <= 0) {
      return;
    }
    g.setStroke(colour);
    g.setLineWidth(lineWidth);
    if (dashed) {
      g.setLineDashes(4 * scale, 3 * scale);
    } else {
      g.setLineDashes();
    }
    g.strokeRect(
        cell.predicted() * cellSize + offset, cell.actual() * cellSize + offset, side, side);
    g.setLineDashes();
  }

  protected abstract void drawCell(
      GraphicsContext g, MatrixCell cell, double x, double y, double size);

  protected abstract void drawMarks(GraphicsContext g);

  /** The lines between cells, from the theme. */
  protected abstract Color gridLineColour();
}
