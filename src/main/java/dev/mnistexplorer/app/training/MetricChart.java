package dev.mnistexplorer.app.training;

import dev.mnistexplorer.app.common.GridKeys;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.Palette;
import dev.mnistexplorer.app.common.PlaceKey;
import dev.mnistexplorer.app.common.UiNumbers;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ListProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleListProperty;
import javafx.beans.value.ObservableDoubleValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Path;

/**
 * A live line chart of one metric over epochs: the training curve (every report) and the test curve
 * (a marked point after every epoch), in Okabe–Ito colours. It draws the point lists it is given
 * (the controller gives it the bounded {@code TrainingCurves} lists, so redrawing stays cheap at
 * full training speed) over the epoch range it is given. Lines get thicker in projector mode (the
 * {@code projector} pseudo-class, CSS), markers grow with the UI scale. Shows a hint in the plot
 * area while there is nothing to draw ({@link ChartHint}); the fixed axes space their ticks by the
 * room their labels need ({@link AxisTicks}).
 *
 * <p>For the keyboard and a screen reader it is one focusable image whose accessible text sums the
 * curves up in words ({@link CurveSpeech}); the arrow keys step through the finished epochs (the
 * focused epoch's test marker is ringed) and the text then names that epoch's values.
 */
final class MetricChart extends StackPane {
  private static final I18n TR = I18n.forPackageOf(MetricChart.class);

  /** Help ▸ Keyboard Shortcuts: the arrow keys of a focused chart (this one and Compare's). */
  static final List<PlaceKey> KEYS =
      List.of(
          new PlaceKey(
              TR.tr("Left/Right, Home/End"),
              TR.tr("on a focused chart: step through the epochs it speaks about")));

  static final Color TRAINING_COLOUR = Palette.CATEGORIES[0];
  static final Color TEST_COLOUR = Palette.CATEGORIES[1];
  private static final PseudoClass PROJECTOR = PseudoClass.getPseudoClass("projector");
  private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

  /** The finest epoch step the axis shows (an empty chart spans one epoch). */
  private static final double SMALLEST_EPOCH_STEP = 0.1;

  private final LineChart<Number, Number> chart;
  private final CurveSpeech.Metric metric;
  private final ObservableDoubleValue uiScale;
  private final ListProperty<ChartPoint> training = points("training");
  private final ListProperty<ChartPoint> test = points("test");
  private final DoubleProperty epochFrom = new SimpleDoubleProperty(this, "epochFrom", 0);
  private final DoubleProperty epochTo = new SimpleDoubleProperty(this, "epochTo", 1);
  private final ChartHint hint;

  /** The test point the keyboard is on; -1 follows the latest. */
  private int focusedTest = -1;

  MetricChart(CurveSpeech.Metric metric, ObservableDoubleValue uiScale) {
    this.uiScale = uiScale;
    this.metric = metric;
    boolean loss = metric == CurveSpeech.Metric.LOSS;
    chart = new LineChart<>(epochAxis(), valueAxis(loss));
    chart.setTitle(loss ? TR.tr("Loss: lower is better") : TR.tr("Accuracy %: higher is better"));
    chart.setCreateSymbols(false);
    chart.setAnimated(false);
    chart.setLegendVisible(false);
    chart.getStyleClass().add("metric-chart");
    chart.getData().add(series(TR.tr("Training"), training, TRAINING_COLOUR, false));
    chart.getData().add(series(TR.tr("Test"), test, TEST_COLOUR, true));

    hint = new ChartHint(training.emptyProperty());
    getChildren().addAll(chart, hint);
    getStyleClass().add("metric-chart-box");

    uiScale.addListener((obs, old, now) -> rescale());
    rescale();
    makeAccessible();
  }

  /**
   * Lays the chart out at once, so its plot area is known, and keeps the hint inside that area (a
   * hint centred on the whole box covered the title and axes of a short chart).
   */
  @Override
  protected void layoutChildren() {
    super.layoutChildren();
    // Laying the chart out can ask for another layout (its axes refit their ticks to their new
    // length, which can change an axis' width); that request does not reach this box while it lays
    // out, so lay the chart out until it is settled (twice at most, in practice).
    for (int pass = 0; pass < 4 && chart.isNeedsLayout(); pass++) {
      chart.layout();
    }
    Region plot = plotArea();
    if (plot != null) {
      hint.placeIn(sceneToLocal(plot.localToScene(plot.getLayoutBounds())));
    }
  }

  /** The chart's plot area (inside the axes), or null before the chart has its skin parts. */
  Region plotArea() {
    return (Region) chart.lookup(".chart-plot-background");
  }

  /** The height the curves get now: the box less the title, axes and padding. */
  double plotHeight() {
    Region plot = plotArea();
    return plot == null ? 0 : plot.getHeight();
  }

  /**
   * A focusable image for the keyboard and screen readers: its text follows the curves, the arrow
   * keys pick the epoch it speaks about.
   */
  private void makeAccessible() {
    setFocusTraversable(true);
    setAccessibleRole(AccessibleRole.IMAGE_VIEW);
    setAccessibleRoleDescription(TR.tr("chart"));
    setAccessibleHelp(
        TR.tr("Arrows step through the finished epochs; Home and End: the first and the latest"));
    addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
    // On click, not press: the place's scroll pane takes the focus on every press.
    addEventHandler(MouseEvent.MOUSE_CLICKED, event -> requestFocus());
    focusedProperty().addListener(observable -> highlight());
    training.addListener((ListChangeListener<ChartPoint>) change -> speak());
    test.addListener(
        (ListChangeListener<ChartPoint>)
            change -> {
              if (focusedTest >= test.size()) {
                focusedTest = -1; // the curves were cleared (a new run)
              }
              speak();
            });
    epochTo.addListener(observable -> speak());
    speak();
  }

  private void onKey(KeyEvent event) {
    if (GridKeys.withModifier(event)) {
      return; // Alt+Left/Right and the like belong to the menus (a lesson's steps)
    }
    int last = test.size() - 1;
    int next = ArrowSteps.next(event.getCode(), spokenTestIndex(), last);
    if (next >= 0 && last >= 0) {
      focusedTest = next == last ? -1 : next; // on the latest, keep following new epochs
      speak();
      event.consume();
    }
  }

  /** The test point spoken about: the one the keyboard chose, else the latest. */
  int spokenTestIndex() {
    return focusedTest < 0 ? test.size() - 1 : focusedTest;
  }

  private void speak() {
    setAccessibleText(CurveSpeech.chart(metric, training, test, spokenTestIndex(), epochTo.get()));
    highlight();
  }

  /** Rings the spoken epoch's test marker while the chart has the keyboard. */
  private void highlight() {
    List<XYChart.Data<Number, Number>> markers = chart.getData().get(1).getData();
    int spoken = spokenTestIndex();
    for (int i = 0; i < markers.size(); i++) {
      Node node = markers.get(i).getNode();
      if (node != null) {
        node.pseudoClassStateChanged(SELECTED, isFocused() && i == spoken);
      }
    }
  }

  /** The training curve's points (every report); the chart follows the list it is given. */
  ListProperty<ChartPoint> trainingPointsProperty() {
    return training;
  }

  /** The test curve's points (one marked point after every epoch). */
  ListProperty<ChartPoint> testPointsProperty() {
    return test;
  }

  /** Where the epoch axis starts. */
  DoubleProperty epochFromProperty() {
    return epochFrom;
  }

  /** Where the epoch axis ends. */
  DoubleProperty epochToProperty() {
    return epochTo;
  }

  private ListProperty<ChartPoint> points(String name) {
    return new SimpleListProperty<>(this, name, FXCollections.observableArrayList());
  }

  /** Loss from 0, or accuracy in %: fixed while empty (autoranging shows an arbitrary 0..110). */
  private NumberAxis valueAxis(boolean loss) {
    double emptyTop = loss ? 2.5 : 100;
    NumberAxis y = new NumberAxis();
    y.setTickLabelFormatter(UiNumbers.axisLabels());
    y.setForceZeroInRange(loss);
    Runnable fix =
        () -> {
          if (training.isEmpty()) {
            AxisTicks.fitEmpty(y, emptyTop);
          } else {
            y.setAutoRanging(true);
          }
        };
    fix.run();
    training.addListener((ListChangeListener<ChartPoint>) change -> fix.run());
    AxisTicks.follow(y, fix);
    return y;
  }

  private NumberAxis epochAxis() {
    NumberAxis x = new NumberAxis();
    x.setLabel(TR.tr("Epoch"));
    x.setAutoRanging(false);
    x.lowerBoundProperty().bind(epochFrom);
    x.upperBoundProperty().bind(epochTo);
    x.setTickLabelFormatter(UiNumbers.axisLabels());
    Runnable fit = () -> AxisTicks.fit(x, epochFrom.get(), epochTo.get(), SMALLEST_EPOCH_STEP);
    fit.run();
    epochFrom.addListener(observable -> fit.run());
    epochTo.addListener(observable -> fit.run());
    AxisTicks.follow(x, fit);
    return x;
  }

  /** The chart's data, for tests: series 0 is training, 1 is test. */
  LineChart<Number, Number> chart() {
    return chart;
  }

  private XYChart.Series<Number, Number> series(
      String name, ObservableList<ChartPoint> points, Color colour, boolean marked) {
    XYChart.Series<Number, Number> series = new XYChart.Series<>();
    series.setName(name);
    series.nodeProperty().addListener((obs, old, node) -> colourLine(node, colour));
    Runnable mirror =
        () -> {
          series.getData().setAll(points.stream().map(p -> data(p, colour, marked)).toList());
          if (points.isEmpty() && series.getNode() instanceof Path line) {
            // LineChart leaves a series' last path drawn when its data empties (a cleared chart
            // after New would still show the old run's curve), so wipe it here.
            line.getElements().clear();
          }
        };
    points.addListener((ListChangeListener<ChartPoint>) change -> mirror.run());
    mirror.run();
    return series;
  }

  private XYChart.Data<Number, Number> data(ChartPoint point, Color colour, boolean marked) {
    XYChart.Data<Number, Number> data = new XYChart.Data<>(point.x(), point.y());
    if (marked) {
      // LineChart draws a data item's own node even with createSymbols(false).
      Circle marker = new Circle(markerRadius(), colour);
      marker.getStyleClass().add("test-marker");
      data.setNode(marker);
    }
    return data;
  }

  private static void colourLine(Node node, Color colour) {
    if (node instanceof Path line) {
      line.setStroke(colour); // a value set in code beats modena's default series colours
    }
  }

  private double markerRadius() {
    return 4 * uiScale.get();
  }

  private void rescale() {
    chart.pseudoClassStateChanged(PROJECTOR, uiScale.get() >= 1.5);
    for (XYChart.Series<Number, Number> series : chart.getData()) {
      for (XYChart.Data<Number, Number> data : series.getData()) {
        if (data.getNode() instanceof Circle marker) {
          marker.setRadius(markerRadius());
        }
      }
    }
  }
}
