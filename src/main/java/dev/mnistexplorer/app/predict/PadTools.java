package dev.mnistexplorer.app.predict;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.geometry.HPos;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;

/**
 * The pad's tools, as wide as the pad: Undo and Clear at the left, Inspect and Open at the right on
 * the same line, or under them when the pad is too narrow for both (projector mode on a 1024-pixel
 * screen). A single line held the pad's column at the tools' full width, and the answer card beside
 * it ran out of the window.
 */
final class PadTools extends Pane {
  private final HBox left;
  private final HBox right;
  private final ReadOnlyDoubleProperty side;

  PadTools(HBox left, HBox right, ReadOnlyDoubleProperty side) {
    super(left, right);
    this.side = side;
    side.addListener(o -> requestLayout());
    this.left = left;
    this.right = right;
    getStyleClass().add("pad-tools-rows");
  }

  @Override
  public Orientation getContentBias() {
    return Orientation.HORIZONTAL;
  }

  @Override
  protected double computeMinWidth(double height) {
    return insetsWidth() + Math.max(left.prefWidth(-1), right.prefWidth(-1));
  }

  /**
   * As wide as the pad, the tools' ends at its edges; but on one line when the column has room,
   * wider than the pad, rather than a second line that would push the pad down.
   */
  @Override
  protected double computeMaxWidth(double height) {
    return Math.max(side.get(), computePrefWidth(height));
  }

  @Override
  protected double computePrefWidth(double height) {
    return insetsWidth() + oneLineWidth();
  }

  @Override
  protected double computePrefHeight(double width) {
    double lines =
        fitsOnOneLine(width)
            ? Math.max(left.prefHeight(-1), right.prefHeight(-1))
            : left.prefHeight(-1) + gap() + right.prefHeight(-1);
    return snappedTopInset() + snappedBottomInset() + lines;
  }

  @Override
  protected double computeMinHeight(double width) {
    return computePrefHeight(width);
  }

  @Override
  protected void layoutChildren() {
    double x = snappedLeftInset();
    double y = snappedTopInset();
    double width = getWidth() - insetsWidth();
    if (fitsOnOneLine(getWidth())) {
      double height = Math.max(left.prefHeight(-1), right.prefHeight(-1));
      place(left, x, y, width, height, HPos.LEFT);
      place(right, x, y, width, height, HPos.RIGHT);
    } else {
      double height = left.prefHeight(-1);
      place(left, x, y, width, height, HPos.LEFT);
      place(right, x, y + height + gap(), width, right.prefHeight(-1), HPos.LEFT);
    }
  }

  private void place(Node box, double x, double y, double width, double height, HPos side) {
    layoutInArea(box, x, y, width, height, 0, null, false, false, side, VPos.CENTER);
  }

  /** A width of -1 (not yet known) counts as room enough, as for any pane asked its preference. */
  private boolean fitsOnOneLine(double width) {
    return width < 0 || width - insetsWidth() >= oneLineWidth() - 0.5;
  }

  private double oneLineWidth() {
    return left.prefWidth(-1) + gap() + right.prefWidth(-1);
  }

  /** The same gap between the two groups as between the buttons in each. */
  private double gap() {
    return left.getSpacing();
  }

  private double insetsWidth() {
    return snappedLeftInset() + snappedRightInset();
  }
}
