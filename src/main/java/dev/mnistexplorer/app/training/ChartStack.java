package dev.mnistexplorer.app.training;

import dev.mnistexplorer.app.common.I18n;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The loss and accuracy charts of this run: side by side, stacked, or, where stacked charts would
 * each get too short a plot to read (projector mode on a 1280×720 or 1024×768 screen), one at a
 * time with a Loss | Accuracy switch above it. Two stacked charts there got plots about 20 px tall;
 * one chart gets the whole height instead, and both come back once there is room again. The fonts
 * keep their size: that is what projector mode is for.
 */
final class ChartStack extends Region {
  private static final I18n TR = I18n.forPackageOf(ChartStack.class);

  /** The least plot height (px) that still shows a curve's shape and a few value labels. */
  private static final double MIN_PLOT = 140;

  /** The same in lines of text, for fonts larger than projector mode's (zoomed in). */
  private static final double MIN_PLOT_EM = 5.4;

  /** Space between the charts and below the switch, in the font's size (the place's 0.8em). */
  private static final double GAP_EM = 0.8;

  private final MetricChart loss;
  private final MetricChart accuracy;
  private final ToggleButton showLoss = new ToggleButton(TR.tr("Loss"));
  private final ToggleButton showAccuracy = new ToggleButton(TR.tr("Accuracy"));
  private final HBox switcher = new HBox(showLoss, showAccuracy);
  private final BooleanProperty horizontal = new SimpleBooleanProperty(this, "horizontal");

  /** The size and font the last stacked-or-single choice was made for (laying out costs). */
  private Room choseFor;

  private boolean stacked;

  ChartStack(MetricChart loss, MetricChart accuracy) {
    this.loss = loss;
    this.accuracy = accuracy;
    getStyleClass().add("chart-stack");
    buildSwitch();
    getChildren().addAll(switcher, loss, accuracy);
    horizontal.addListener(
        observable -> {
          choseFor = null;
          requestLayout();
        });
  }

  private void buildSwitch() {
    ToggleGroup group = new ToggleGroup();
    showLoss.setToggleGroup(group);
    showAccuracy.setToggleGroup(group);
    showLoss.setSelected(true);
    showLoss.getStyleClass().add("left-pill");
    showAccuracy.getStyleClass().add("right-pill");
    String oneAtATime =
        TR.tr("The window has room for one chart at a time; a taller one shows both");
    showLoss.setTooltip(new Tooltip(TR.tr("Show the loss chart") + ". " + oneAtATime));
    showAccuracy.setTooltip(new Tooltip(TR.tr("Show the accuracy chart") + ". " + oneAtATime));
    for (ToggleButton button : List.of(showLoss, showAccuracy)) {
      button.setAccessibleHelp(oneAtATime);
      button.setMinWidth(Region.USE_PREF_SIZE);
    }
    // One chart is always chosen: a click on the chosen one keeps it.
    group
        .selectedToggleProperty()
        .addListener(
            (obs, old, now) -> {
              if (now == null) {
                group.selectToggle(old);
              }
              requestLayout();
            });
    switcher.getStyleClass().add("chart-switch");
    switcher.setFillHeight(true);
  }

  /** Side by side (the place's wide column) rather than stacked (beside the controls). */
  BooleanProperty horizontalProperty() {
    return horizontal;
  }

  private double gap() {
    return GAP_EM * showLoss.getFont().getSize();
  }

  /** The least plot height at the font now. */
  private double minPlot() {
    return Math.max(MIN_PLOT, MIN_PLOT_EM * showLoss.getFont().getSize());
  }

  @Override
  protected void layoutChildren() {
    Insets in = getInsets();
    double x = in.getLeft();
    double y = in.getTop();
    double w = getWidth() - in.getLeft() - in.getRight();
    double h = getHeight() - in.getTop() - in.getBottom();
    if (horizontal.get()) {
      double each = (w - gap()) / 2;
      place(false, loss, accuracy);
      loss.resizeRelocate(x, y, each, h);
      accuracy.resizeRelocate(x + each + gap(), y, each, h);
    } else if (stacked(w, h)) {
      double each = (h - gap()) / 2;
      place(false, loss, accuracy);
      loss.resizeRelocate(x, y, w, each);
      accuracy.resizeRelocate(x, y + each + gap(), w, each);
    } else {
      MetricChart shown = showLoss.isSelected() ? loss : accuracy;
      place(true, shown, shown == loss ? accuracy : loss);
      double switchHeight = switcher.prefHeight(-1);
      switcher.resizeRelocate(x, y, Math.min(w, switcher.prefWidth(-1)), switchHeight);
      double top = switchHeight + gap();
      shown.resizeRelocate(x, y + top, w, h - top);
    }
  }

  /**
   * Whether both charts, stacked in {@code width}×{@code height}, would each get a plot of the
   * least height. Chosen again only when the size or the font changes: the charts ask for a layout
   * at every new point while a run trains.
   */
  private boolean stacked(double width, double height) {
    Room room = new Room(width, height, showLoss.getFont().getSize());
    if (!room.equals(choseFor)) {
      double each = (height - gap()) / 2;
      stacked =
          plotAt(loss, width, each) >= minPlot() && plotAt(accuracy, width, each) >= minPlot();
      choseFor = room;
    }
    return stacked;
  }

  /**
   * The plot height {@code chart} gets at this size, by laying it out (a title that wraps in German
   * and the axes' fonts all take their share, so measuring beats estimating).
   */
  private static double plotAt(MetricChart chart, double width, double height) {
    chart.resize(width, height);
    chart.layout(); // the chart itself settles its axes (MetricChart.layoutChildren)
    return chart.plotHeight();
  }

  /** Shows {@code shown} (both, when not single) and the switch only when one chart is shown. */
  private void place(boolean oneAtATime, MetricChart shown, MetricChart other) {
    switcher.setVisible(oneAtATime);
    shown.setVisible(true);
    other.setVisible(!oneAtATime);
  }

  private record Room(double width, double height, double font) {}

  @Override
  protected double computeMinWidth(double height) {
    double charts = loss.minWidth(-1) + (horizontal.get() ? gap() + accuracy.minWidth(-1) : 0);
    return getInsets().getLeft() + Math.max(charts, switcher.minWidth(-1)) + getInsets().getRight();
  }

  /** Never more than one chart's least height and the switch: the place scrolls only beyond. */
  @Override
  protected double computeMinHeight(double width) {
    double chart = Math.max(loss.minHeight(width), accuracy.minHeight(width));
    double above = horizontal.get() ? 0 : switcher.prefHeight(-1) + gap();
    return getInsets().getTop() + above + chart + getInsets().getBottom();
  }

  /** Both charts at their preferred height, whichever way they are shown now. */
  @Override
  protected double computePrefHeight(double width) {
    double chart = Math.max(loss.prefHeight(width), accuracy.prefHeight(width));
    double charts = horizontal.get() ? chart : 2 * chart + gap();
    return getInsets().getTop() + charts + getInsets().getBottom();
  }

  @Override
  protected double computePrefWidth(double height) {
    double chart = Math.max(loss.prefWidth(-1), accuracy.prefWidth(-1));
    double charts = horizontal.get() ? 2 * chart + gap() : chart;
    return getInsets().getLeft() + charts + getInsets().getRight();
  }
}
