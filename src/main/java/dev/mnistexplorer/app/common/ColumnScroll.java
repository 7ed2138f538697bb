package dev.mnistexplorer.app.common;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * A column that scrolls up and down and is never narrower than its content's minimum width plus its
 * scroll bar. A plain scroll pane can be squeezed to almost nothing, and a column fitted to its
 * width then cuts off whatever cannot shrink (a button, a one-word heading such as German
 * "Konfusionsmatrix"); with this one the panes beside it give way instead.
 */
public final class ColumnScroll extends ScrollPane {

  /** {@code content} fitted to the column's width, with no horizontal scroll bar. */
  public ColumnScroll(Region content) {
    super(content);
    setFitToWidth(true);
    setHbarPolicy(ScrollBarPolicy.NEVER);
  }

  @Override
  protected double computeMinWidth(double height) {
    return snappedLeftInset()
        + getContent().minWidth(-1)
        + verticalBarWidth()
        + snappedRightInset();
  }

  /**
   * The vertical scroll bar's width once the skin has made it (room for it whether shown or not).
   */
  private double verticalBarWidth() {
    // The skin puts its own bars among this pane's children; the content's bars are deeper.
    for (Node node : getChildrenUnmodifiable()) {
      if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
        return bar.prefWidth(-1);
      }
    }
    return 0;
  }
}
