package dev.mnistexplorer.app.training;

import dev.mnistexplorer.app.common.GridKeys;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Point2D;
import javafx.scene.chart.NumberAxis;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/**
 * Reading an {@link OverlayChart} point by point: the mouse near a point reports it ({@link
 * #hoveredProperty()}) and rings it; the arrow keys step through the epochs, ringing the first
 * run's point there as hovering does, while the chart speaks each run's value at that epoch. The
 * ring is the only node here; the chart lends its series, its epoch axis and its speech.
 */
final class OverlayReading {
  private static final double HOVER_RADIUS_PX = 24;
  private final OverlayChart chart;
  private final NumberAxis xAxis;
  private final ObservableDoubleValue uiScale;
  private final Runnable speak;
  private final Circle ring = new Circle();
  private final ReadOnlyObjectWrapper<OverlayChart.Hovered> hovered;

  /** The epoch the keyboard is on; NaN speaks the final values. */
  private double focusedEpoch = Double.NaN;

  /**
   * Follows the mouse and the keys on {@code chart}; {@code speak} reads the chart out again after
   * an arrow key.
   */
  OverlayReading(
      OverlayChart chart, NumberAxis xAxis, ObservableDoubleValue uiScale, Runnable speak) {
    this.chart = chart;
    this.xAxis = xAxis;
    this.uiScale = uiScale;
    this.speak = speak;
    this.hovered = new ReadOnlyObjectWrapper<>(chart, "hovered");
    ring.getStyleClass().add("hover-ring");
    ring.setManaged(false);
    ring.setMouseTransparent(true);
    ring.setFill(Color.TRANSPARENT);
    ring.setVisible(false);
    chart.addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
    chart.addEventHandler(MouseEvent.MOUSE_EXITED, event -> clearHover());
    chart.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
  }

  /** The ring around the point read, for the chart to lay over its plot. */
  Circle ring() {
    return ring;
  }

  /** The epoch the arrow keys stepped to, or NaN for the final values. */
  double focusedEpoch() {
    return focusedEpoch;
  }

  /** The point nearest the mouse, or null when none is near. */
  ReadOnlyObjectProperty<OverlayChart.Hovered> hoveredProperty() {
    return hovered.getReadOnlyProperty();
  }

  /** New series: nothing is hovered, and the keys start again from the final values. */
  void reset() {
    clearHover();
    focusedEpoch = Double.NaN;
  }

  /** The ring grows with the UI scale, as the chart's markers do. */
  void rescale() {
    ring.setRadius(8 * uiScale.get());
    ring.setStrokeWidth(2 * uiScale.get());
  }

  /**
   * The arrows step through the whole epochs on the axis and one step past the last: the final
   * values again (End goes there too).
   */
  private void onKey(KeyEvent event) {
    if (GridKeys.withModifier(event)) {
      return; // Alt+Left/Right and the like belong to the menus (a lesson's steps)
    }
    if (chart.shownSeries().isEmpty()) {
      return;
    }
    int first = (int) Math.max(1, xAxis.getLowerBound());
    int finalValues = (int) xAxis.getUpperBound() - first + 1;
    int at = Double.isNaN(focusedEpoch) ? finalValues : (int) focusedEpoch - first;
    int next = ArrowSteps.next(event.getCode(), at, finalValues);
    if (next >= 0) {
      focusedEpoch = next == finalValues ? Double.NaN : first + next;
      speak.run();
      ringStep();
      event.consume();
    }
  }

  /**
   * Shows sighted keyboard users the epoch stepped to: the first run's last point up to it, ringed
   * and read out as hovering does.
   */
  private void ringStep() {
    List<OverlayChart.Series> shown = chart.shownSeries();
    OverlayChart.Series first = shown.isEmpty() || Double.isNaN(focusedEpoch) ? null : shown.get(0);
    int at = -1;
    for (int i = 0; first != null && i < first.x().length; i++) {
      if (first.x()[i] <= focusedEpoch + 1e-9 && Double.isFinite(first.y()[i])) {
        at = i;
      }
    }
    if (at < 0) {
      clearHover();
      return;
    }
    Point2D scene = chart.sceneOf(first.x()[at], first.y()[at]);
    hoverAt(scene.getX(), scene.getY());
  }

  /**
   * Reports the point nearest to scene coordinates ({@code sceneX}, {@code sceneY}), within a few
   * pixels, and rings it.
   */
  void hoverAt(double sceneX, double sceneY) {
    OverlayChart.Hovered best = null;
    Point2D bestAt = null;
    double bestDistance = HOVER_RADIUS_PX * uiScale.get();
    for (OverlayChart.Series series : chart.shownSeries()) {
      for (int i = 0; i < series.x().length; i++) {
        if (!Double.isFinite(series.y()[i])) {
          continue;
        }
        Point2D at = chart.sceneOf(series.x()[i], series.y()[i]);
        double distance = at.distance(sceneX, sceneY);
        if (distance < bestDistance) {
          bestDistance = distance;
          best = new OverlayChart.Hovered(series.name(), series.x()[i], series.y()[i]);
          bestAt = at;
        }
      }
    }
    hovered.set(best);
    if (bestAt == null) {
      ring.setVisible(false);
    } else {
      Point2D local = chart.sceneToLocal(bestAt);
      ring.setCenterX(local.getX());
      ring.setCenterY(local.getY());
      ring.setVisible(true);
    }
  }

  private void hover(MouseEvent event) {
    hoverAt(event.getSceneX(), event.getSceneY());
  }

  private void clearHover() {
    hovered.set(null);
    ring.setVisible(false);
  }
}
