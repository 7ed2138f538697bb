package dev.mnistexplorer.app.dataset;

import dev.mnistexplorer.app.dataset.PixelCells.Window;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;

/**
 * Paints a {@link PixelValuesView}'s two canvases. When the picture's squares are big enough, the
 * picture carries every value and marks the pixel described; otherwise the picture outlines the
 * lens's window and the lens carries the values, marking the pixel described when it is inside. The
 * view keeps the state, the layout and the input; this class only turns one {@link Frame} into
 * pixels.
 */
final class PixelValuesPainter {
  private final Canvas picture;
  private final Canvas lens;

  /**
   * Everything one frame of the view shows.
   *
   * @param digit the digit (null for none: both canvases are cleared)
   * @param normalised values from −1 to 1 instead of 0 to 255
   * @param zoomed whether the values are in the lens because the picture's squares are too small
   * @param pictureCell side of one pixel's square in the picture
   * @param lensWindow the pixels the lens shows (used only when zoomed)
   * @param lensCell side of one square in the lens
   * @param focusRow the row of the pixel described
   * @param focusCol the column of the pixel described
   * @param uiScale 1.0 normally, 2.0 in projector mode
   */
  record Frame(
      SelectedDigit digit,
      boolean normalised,
      boolean zoomed,
      double pictureCell,
      Window lensWindow,
      double lensCell,
      int focusRow,
      int focusCol,
      double uiScale) {}

  PixelValuesPainter(Canvas picture, Canvas lens) {
    this.picture = picture;
    this.lens = lens;
  }

  /** Clears both canvases and paints {@code frame} in the theme's {@code colours}. */
  void paint(Frame frame, PixelCells.Colours colours) {
    GraphicsContext g = picture.getGraphicsContext2D();
    g.clearRect(0, 0, picture.getWidth(), picture.getHeight());
    lens.getGraphicsContext2D().clearRect(0, 0, lens.getWidth(), lens.getHeight());
    SelectedDigit shown = frame.digit();
    if (shown == null) {
      return;
    }
    double cell = frame.pictureCell();
    PixelCells.paint(
        g, shown, frame.normalised(), Window.all(shown), cell, !frame.zoomed(), colours);
    double line = Math.max(1.5, 2 * frame.uiScale());
    if (frame.zoomed()) {
      Window window = frame.lensWindow();
      PixelCells.outline(
          g,
          colours.mark(),
          window.col() * cell,
          window.row() * cell,
          window.cols() * cell,
          window.rows() * cell,
          line);
      paintLens(frame, colours, line);
    } else {
      mark(g, colours, frame.focusRow(), frame.focusCol(), cell, line);
    }
  }

  private void paintLens(Frame frame, PixelCells.Colours colours, double line) {
    GraphicsContext g = lens.getGraphicsContext2D();
    Window window = frame.lensWindow();
    double cell = frame.lensCell();
    PixelCells.paint(g, frame.digit(), frame.normalised(), window, cell, true, colours);
    if (window.contains(frame.focusRow(), frame.focusCol())) {
      mark(
          g, colours, frame.focusRow() - window.row(), frame.focusCol() - window.col(), cell, line);
    }
  }

  private static void mark(
      GraphicsContext g, PixelCells.Colours colours, int row, int col, double cell, double line) {
    PixelCells.outline(g, colours.mark(), col * cell, row * cell, cell, cell, line);
  }
}
