package dev.mnistexplorer.app.evaluate;

import javafx.geometry.Bounds;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The counts written in the confusion matrix's cells: their font, and the rule that sizes it so the
 * widest count fits its cell (a four-digit diagonal in a small window or in projector mode used to
 * be sized by a guess and could spill over its neighbours).
 */
final class CountFont {
  /** Below this size a count is not written (the tooltip and the readout still give it). */
  static final double MIN_SIZE = 6;

  /** The share of a cell's width and height the widest count may take. */
  static final double CELL_SHARE = 0.84;

  private static final double PROBE_SIZE = 100;

  private CountFont() {}

  static Font font(double size) {
    return Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, size);
  }

  /** The width and height of {@code text} written in {@link #font} at {@code size}. */
  static Bounds measure(String text, double size) {
    Text probe = new Text(text);
    probe.setFont(font(size));
    return probe.getLayoutBounds();
  }

  /** The font size for counts up to {@code widest} in cells {@code cellSize} wide. */
  static double fontSize(String widest, double cellSize, double maxSize) {
    Bounds probe = measure(widest, PROBE_SIZE);
    return fittingFontSize(
        cellSize, maxSize, probe.getWidth() / PROBE_SIZE, probe.getHeight() / PROBE_SIZE);
  }

  /**
   * The fitting rule: the largest size up to {@code maxSize} at which text {@code widthPerPx} wide
   * and {@code heightPerPx} tall per pixel of font size leaves a margin inside a square cell (text
   * grows in proportion to its font size).
   */
  static double fittingFontSize(
      double cellSize, double maxSize, double widthPerPx, double heightPerPx) {
    double byWidth = widthPerPx > 0 ? cellSize * CELL_SHARE / widthPerPx : maxSize;
    double byHeight = heightPerPx > 0 ? cellSize * CELL_SHARE / heightPerPx : maxSize;
    return Math.max(0, Math.min(maxSize, Math.min(byWidth, byHeight)));
  }
}
