package dev.mnistexplorer.app.common;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.HPos;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * Two parts side by side, the first taking the room the second leaves, or stacked when the row is
 * too narrow for both (projector mode doubles every size, small windows): nothing gets cut off. The
 * second part sits on the right when side by side. (Train's controls and status; Predict's pad
 * tools, which also keep to the pad's width.)
 */
public class WrappingRow extends Region {
  private final Node main;
  private final Node side;
  private boolean stacked;
  private final DoubleProperty gap = new SimpleDoubleProperty(this, "gap", 12);

  public WrappingRow(Node main, Node side) {
    this.main = main;
    this.side = side;
    getChildren().addAll(main, side);
    gap.addListener((obs, old, now) -> requestLayout());
  }

  /** Space between the parts, across or down. */
  public DoubleProperty gapProperty() {
    return gap;
  }

  /** Its height depends on its width (stacked when narrow), so parents must ask with a width. */
  @Override
  public Orientation getContentBias() {
    return Orientation.HORIZONTAL;
  }

  private boolean fitsSideBySide(double width) {
    double inner = width - snappedLeftInset() - snappedRightInset();
    return main.prefWidth(-1) + gap.get() + side.prefWidth(-1) <= inner;
  }

  @Override
  protected double computeMinWidth(double height) {
    return snappedLeftInset()
        + Math.max(main.minWidth(-1), side.minWidth(-1))
        + snappedRightInset();
  }

  @Override
  protected double computePrefWidth(double height) {
    return snappedLeftInset()
        + main.prefWidth(-1)
        + gap.get()
        + side.prefWidth(-1)
        + snappedRightInset();
  }

  @Override
  protected double computePrefHeight(double askedWidth) {
    // Some parents (a ScrollPane sizing its content) ask without a width: answer for the width
    // this row has now, or it would claim the side-by-side height while stacked.
    double width = askedWidth < 0 ? getWidth() : askedWidth;
    double insets = snappedTopInset() + snappedBottomInset();
    if (width <= 0 || fitsSideBySide(width)) {
      return insets + Math.max(main.prefHeight(-1), side.prefHeight(-1));
    }
    double inner = width - snappedLeftInset() - snappedRightInset();
    return insets + main.prefHeight(inner) + gap.get() + side.prefHeight(inner);
  }

  @Override
  protected double computeMinHeight(double width) {
    return computePrefHeight(width);
  }

  @Override
  protected void layoutChildren() {
    double left = snappedLeftInset();
    double top = snappedTopInset();
    double width = getWidth() - left - snappedRightInset();
    double height = getHeight() - top - snappedBottomInset();
    boolean sideBySide = fitsSideBySide(getWidth());
    if (sideBySide == stacked) {
      // The height this row needs just changed: parents must ask again (on the next pulse).
      stacked = !sideBySide;
      requestLayout();
    }
    if (sideBySide) {
      double sideWidth = side.prefWidth(-1);
      double mainWidth = width - gap.get() - sideWidth;
      layoutInArea(main, left, top, mainWidth, height, 0, HPos.LEFT, VPos.CENTER);
      layoutInArea(
          side, left + mainWidth + gap.get(), top, sideWidth, height, 0, HPos.RIGHT, VPos.CENTER);
    } else {
      double mainHeight = main.prefHeight(width);
      layoutInArea(main, left, top, width, mainHeight, 0, HPos.LEFT, VPos.TOP);
      double sideTop = top + mainHeight + gap.get();
      // Asked with the width: a flow of buttons or tiles may wrap onto more lines when stacked.
      layoutInArea(side, left, sideTop, width, side.prefHeight(width), 0, HPos.LEFT, VPos.TOP);
    }
  }
}
