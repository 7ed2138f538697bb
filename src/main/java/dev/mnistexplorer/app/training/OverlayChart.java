package dev.mnistexplorer.app.training;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.UiNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableDoubleValue;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Path;

/**
 * Several runs' curves of one metric over epochs, overlaid, one colour per run. Reusable: it knows
 * no model, only the series it is given. Hovering near a point reports it ({@link
 * #hoveredProperty()}) and rings it; lines thicken in projector mode (the {@code projector}
 * pseudo-class) and markers grow with the UI scale.
 *
 * <p>For the keyboard and a screen reader it is one focusable image whose accessible text names the
 * selected runs and their final values; the arrow keys step through the epochs, and the text then
 * names each run's value at that epoch. {@link OverlayReading} follows the mouse and the keys.
 */
final class OverlayChart extends StackPane {
  private static final I18n TR = I18n.forPackageOf(OverlayChart.class);
  private static final PseudoClass PROJECTOR = PseudoClass.getPseudoClass("projector");
  // The epochs an empty chart's axis spans: a default run's five.
  private static final double EMPTY_EPOCHS = 5;

  /** One run's curve: its name, colour and points. */
  record Series(String name, Color colour, double[] x, double[] y, boolean marked) {}

  /** The point under the mouse: which series and its values. */
  record Hovered(String series, double x, double y) {}

  private final LineChart<Number, Number> chart;
  private final NumberAxis xAxis = new NumberAxis();
  private final NumberAxis yAxis = new NumberAxis();
  private final ObservableDoubleValue uiScale;
  private final Label empty = new Label();
  private final OverlayReading reading;
  private List<Series> shown = List.of();
  private CurveSpeech.Metric kind = CurveSpeech.Metric.ACCURACY;

  OverlayChart(ObservableDoubleValue uiScale) {
    this.uiScale = uiScale;
    xAxis.setLabel(TR.tr("Epoch"));
    xAxis.setTickLabelFormatter(UiNumbers.axisLabels());
    yAxis.setTickLabelFormatter(UiNumbers.axisLabels());
    yAxis.setForceZeroInRange(false);
    chart = new LineChart<>(xAxis, yAxis);
    chart.setCreateSymbols(false);
    chart.setAnimated(false);
    chart.setLegendVisible(false);
    chart.getStyleClass().add("overlay-chart");
    empty.getStyleClass().add("overlay-placeholder");
    empty.setWrapText(true);
    empty.setMouseTransparent(true);
    reading = new OverlayReading(this, xAxis, uiScale, this::speak);
    getChildren().addAll(chart, empty, reading.ring());
    getStyleClass().add("overlay-chart-box");
    uiScale.addListener((obs, old, now) -> rescale());
    rescale();
    setFocusTraversable(true);
    setAccessibleRole(AccessibleRole.IMAGE_VIEW);
    setAccessibleRoleDescription(TR.tr("chart"));
    setAccessibleHelp(
        TR.tr("Left and right arrows step through the epochs; End speaks the final values again"));
    // On click, not press: the place's scroll pane takes the focus on every press.
    addEventHandler(MouseEvent.MOUSE_CLICKED, event -> requestFocus());
    fitEpochAxis();
    fixEmptyValueAxis();
    speak();
  }

  /** The chart's title (the metric) and how its values are spoken. */
  void setTitle(String title, CurveSpeech.Metric valueKind) {
    chart.setTitle(title);
    kind = valueKind;
    fixEmptyValueAxis();
    speak();
  }

  /** What the chart says while it has no series. */
  void setPlaceholder(String text) {
    empty.setText(text);
    speak();
  }

  private void speak() {
    setAccessibleText(
        CurveSpeech.overlay(
            Objects.toString(chart.getTitle(), ""),
            kind,
            shown,
            reading.focusedEpoch(),
            empty.getText()));
  }

  /** Draws these series, replacing the ones shown. */
  void setSeries(List<Series> series) {
    shown = List.copyOf(series);
    reading.reset();
    List<XYChart.Series<Number, Number>> all = new ArrayList<>();
    for (Series one : shown) {
      all.add(toChart(one));
    }
    fitEpochAxis();
    fixEmptyValueAxis();
    chart.getData().setAll(all);
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).getNode() instanceof Path line) {
        line.setStroke(shown.get(i).colour()); // a value set in code beats modena's defaults
      }
    }
    empty.setVisible(shown.isEmpty());
    rescale();
    speak();
  }

  /**
   * Whole epochs on the axis: left to itself the axis put ticks at 0.5, 1.5, … for two-epoch runs,
   * where no epoch is.
   */
  private void fitEpochAxis() {
    double first = Double.POSITIVE_INFINITY;
    double last = Double.NEGATIVE_INFINITY;
    for (Series one : shown) {
      for (double x : one.x()) {
        first = Math.min(first, x);
        last = Math.max(last, x);
      }
    }
    if (first > last) {
      AxisTicks.fixedFromZero(xAxis, EMPTY_EPOCHS, true);
      return;
    }
    double lower = Math.max(0, Math.floor(first));
    double upper = Math.max(lower + 1, Math.ceil(last));
    xAxis.setAutoRanging(false);
    xAxis.setLowerBound(lower);
    xAxis.setUpperBound(upper);
    xAxis.setTickUnit(Math.max(1, Math.ceil((upper - lower) / 10)));
    xAxis.setMinorTickVisible(false);
  }

  /** With no runs chosen, 0–100 % or 0–2.5 (autoranging would show an arbitrary 0..125). */
  private void fixEmptyValueAxis() {
    double top = kind == CurveSpeech.Metric.ACCURACY ? 100 : 2.5;
    AxisTicks.fixedFromZero(yAxis, top, shown.isEmpty());
  }

  /** The series drawn now (for tests and the CSV, which exports the same). */
  int seriesCount() {
    return chart.getData().size();
  }

  /** The line chart itself (for tests). */
  LineChart<Number, Number> chart() {
    return chart;
  }

  /** The series drawn now, as given (for reading them point by point). */
  List<Series> shownSeries() {
    return shown;
  }

  /** The point nearest the mouse, or null when none is near. */
  ReadOnlyObjectProperty<Hovered> hoveredProperty() {
    return reading.hoveredProperty();
  }

  /**
   * Reports the point nearest to the mouse at scene coordinates ({@code sceneX}, {@code sceneY}),
   * within a few pixels; public to the package so a keyboard-free test can hover exactly.
   */
  void hoverAt(double sceneX, double sceneY) {
    reading.hoverAt(sceneX, sceneY);
  }

  /** The scene position of a data point. */
  Point2D sceneOf(double x, double y) {
    double px = xAxis.getDisplayPosition(x);
    double py = yAxis.getDisplayPosition(y);
    Point2D onX = xAxis.localToScene(px, 0);
    Point2D onY = yAxis.localToScene(0, py);
    return new Point2D(onX.getX(), onY.getY());
  }

  private XYChart.Series<Number, Number> toChart(Series one) {
    XYChart.Series<Number, Number> series = new XYChart.Series<>();
    series.setName(one.name());
    for (int i = 0; i < one.x().length; i++) {
      if (!Double.isFinite(one.y()[i])) {
        continue;
      }
      XYChart.Data<Number, Number> data = new XYChart.Data<>(one.x()[i], one.y()[i]);
      if (one.marked()) {
        Circle marker = new Circle(markerRadius(), one.colour());
        marker.getStyleClass().add("overlay-marker");
        data.setNode(marker);
      }
      series.getData().add(data);
    }
    return series;
  }

  private double markerRadius() {
    return 4 * uiScale.get();
  }

  private void rescale() {
    chart.pseudoClassStateChanged(PROJECTOR, uiScale.get() >= 1.5);
    reading.rescale();
    for (XYChart.Series<Number, Number> series : chart.getData()) {
      for (XYChart.Data<Number, Number> data : series.getData()) {
        Node node = data.getNode();
        if (node instanceof Circle marker) {
          marker.setRadius(markerRadius());
        }
      }
    }
  }
}
