package dev.mnistexplorer.app.dataset;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Paints a rectangle of a digit's pixels as grey squares, each with its value written in it when
 * asked: the whole digit, or the few pixels the zoomed lens shows. Values of blank background
 * pixels are drawn faintly so the digit's own numbers stand out.
 */
final class PixelCells {
  /** Text height as a share of a cell: "255" and "-.4" still fit across the square. */
  static final double FONT_SHARE = 0.38;

  /**
   * The colours around the pixels, from the theme (see {@link PixelValuesView}); the digit itself
   * is black on white in any theme.
   *
   * @param mark the window outline and the described pixel
   * @param gridLine the lines between pixels
   * @param faint the values of blank background pixels
   */
  record Colours(Color mark, Color gridLine, Color faint) {}

  /** Rows {@code row}..{@code row + rows − 1} and columns {@code col}..{@code col + cols − 1}. */
  record Window(int row, int col, int rows, int cols) {
    static Window all(SelectedDigit digit) {
      return new Window(0, 0, digit.rows(), digit.cols());
    }

    boolean contains(int r, int c) {
      return r >= row && r < row + rows && c >= col && c < col + cols;
    }
  }

  private PixelCells() {}

  /**
   * Paints {@code window} of the digit from the canvas's top-left, {@code cell} pixels a square.
   */
  static void paint(
      GraphicsContext g,
      SelectedDigit digit,
      boolean normalised,
      Window window,
      double cell,
      boolean text,
      Colours colours) {
    g.setFont(Font.font(cell * FONT_SHARE));
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.CENTER);
    for (int r = 0; r < window.rows(); r++) {
      for (int c = 0; c < window.cols(); c++) {
        int i = (window.row() + r) * digit.cols() + window.col() + c;
        Color paper = Color.gray(1 - digit.raw()[i] / 255.0);
        g.setFill(paper);
        g.fillRect(c * cell, r * cell, cell, cell);
        if (text) {
          g.setFill(digit.raw()[i] == 0 ? colours.faint() : textOn(paper));
          g.fillText(valueText(digit, normalised, i), (c + 0.5) * cell, (r + 0.5) * cell, cell - 1);
        }
      }
    }
    gridLines(g, window, cell, colours.gridLine());
  }

  private static void gridLines(GraphicsContext g, Window window, double cell, Color line) {
    g.setStroke(line);
    g.setLineWidth(Math.max(0.5, cell / 40));
    double right = window.cols() * cell;
    double bottom = window.rows() * cell;
    for (int r = 0; r <= window.rows(); r++) {
      g.strokeLine(0, r * cell, right, r * cell);
    }
    for (int c = 0; c <= window.cols(); c++) {
      g.strokeLine(c * cell, 0, c * cell, bottom);
    }
  }

  /** Outlines a rectangle in {@code mark}, the line drawn inside it so it is never cut off. */
  static void outline(
      GraphicsContext g, Color mark, double x, double y, double w, double h, double width) {
    g.setStroke(mark);
    g.setLineWidth(width);
    g.strokeRect(x + width / 2, y + width / 2, w - width, h - width);
  }

  private static Color textOn(Color paper) {
    return paper.getBrightness() > 0.55 ? Color.BLACK : Color.WHITE;
  }

  /** "253", or the normalised value with one decimal and no leading zero ("-.4", "1"). */
  static String valueText(SelectedDigit digit, boolean normalised, int i) {
    return normalised ? compact(digit.normalised(i)) : Integer.toString(digit.raw()[i]);
  }

  static String compact(float value) {
    // One decimal keeps the text legible in a small square; the readout shows two.
    long tenths = Math.round(value * 10);
    if (tenths % 10 == 0) {
      return Long.toString(tenths / 10);
    }
    return (tenths < 0 ? "-." : ".") + Math.abs(tenths % 10);
  }
}
