package dev.mnistexplorer.app.dataset;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * Paints a {@link DatasetGrid}'s visible rows onto its canvas: the digits' pixels into one frame at
 * the window's output scale ({@link GridPixels}), then the labels and the selection ring on top.
 * The grid keeps the state, the scrolling and the input; this class only turns one {@link Frame}
 * into pixels, so the grid reads as a control and the drawing as drawing.
 */
final class DatasetGridPainter {
  private final Canvas canvas;
  private final GridPixels pixels = new GridPixels();

  /**
   * Everything one frame of the grid shows.
   *
   * @param digits the digits (null for an empty grid)
   * @param metrics where the digits sit at the canvas's current size
   * @param offset how far the grid is scrolled down, in layout pixels
   * @param selectedPosition the selected grid position (-1 for none)
   * @param focused whether the grid has the keyboard focus (a thicker selection ring)
   * @param uiScale 1.0 normally, 2.0 in projector mode
   * @param outputScale device pixels per layout pixel
   */
  record Frame(
      VisibleDigits digits,
      GridMetrics metrics,
      double offset,
      int selectedPosition,
      boolean focused,
      double uiScale,
      double outputScale) {}

  /**
   * The grid's colours from the theme; the digits themselves are ink dark on white in any theme.
   *
   * @param selection the selection ring
   * @param label the labels written on large digits
   */
  record Colours(Color selection, Color label) {}

  DatasetGridPainter(Canvas canvas) {
    this.canvas = canvas;
  }

  /** Draws the visible rows: pixels into one image, then the selection and labels on top. */
  void paint(Frame frame, Colours colours) {
    int width = (int) canvas.getWidth();
    int height = (int) canvas.getHeight();
    if (width <= 0 || height <= 0) {
      return;
    }
    pixels.begin(width, height, frame.outputScale());
    VisibleDigits shown = frame.digits();
    GraphicsContext g = canvas.getGraphicsContext2D();
    // Clearing the whole canvas drops its queued commands, so frames drawn between two pulses
    // (a fast scroll, a benchmark) do not pile up.
    g.clearRect(0, 0, width, height);
    if (shown != null) {
      int size = frame.metrics().digitSize();
      frame
          .metrics()
          .forEachVisibleCell(
              frame.offset(),
              (position, x, y) ->
                  pixels.paint(shown.images(), shown.datasetIndex(position), x, y, size));
    }
    pixels.drawTo(g, width, height);
    if (shown != null) {
      drawLabels(g, frame, colours.label());
      drawSelection(g, frame, colours.selection());
    }
  }

  private static void drawLabels(GraphicsContext g, Frame frame, Color colour) {
    double uiScale = frame.uiScale();
    if (frame.metrics().digitSize() < 50 * uiScale) {
      return; // too small to carry a label without hiding the digit
    }
    VisibleDigits shown = frame.digits();
    g.setFill(colour);
    g.setFont(Font.font(10 * uiScale));
    frame
        .metrics()
        .forEachVisibleCell(
            frame.offset(),
            (position, x, y) ->
                g.fillText(
                    String.valueOf(shown.label(position)), x + 2 * uiScale, y + 11 * uiScale));
  }

  private static void drawSelection(GraphicsContext g, Frame frame, Color colour) {
    int position = frame.selectedPosition();
    GridMetrics m = frame.metrics();
    if (position < 0 || position >= m.count()) {
      return;
    }
    double x = m.leftMargin() + (position % m.columns()) * m.pitch();
    double y = m.cellTop(position, frame.offset()); // where its tile is drawn, to the pixel
    double line = (frame.focused() ? 3 : 2) * frame.uiScale();
    g.setStroke(colour);
    g.setLineWidth(line);
    g.strokeRect(x - line / 2, y - line / 2, m.digitSize() + line, m.digitSize() + line);
  }
}
