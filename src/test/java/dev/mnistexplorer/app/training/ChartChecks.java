package dev.mnistexplorer.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/** What a layout test reads off a live chart as a user would see it. FX thread only. */
final class ChartChecks {
  private ChartChecks() {}

  /** No two shown tick labels overlap, nor touch: along the axis they leave a gap. */
  static void assertLabelsApart(NumberAxis axis, boolean horizontal) {
    List<Bounds> labels = new ArrayList<>();
    for (Node node : axis.getChildrenUnmodifiable()) {
      if (node instanceof Text text && text.isVisible() && !text.getText().isEmpty()) {
        labels.add(text.getBoundsInParent());
      }
    }
    assertThat(labels).as("tick labels shown").hasSizeGreaterThanOrEqualTo(2);
    labels.sort(Comparator.comparingDouble(b -> horizontal ? b.getMinX() : b.getMinY()));
    for (int i = 1; i < labels.size(); i++) {
      Bounds before = labels.get(i - 1);
      Bounds after = labels.get(i);
      double gap =
          horizontal ? after.getMinX() - before.getMaxX() : after.getMinY() - before.getMaxY();
      assertThat(gap).as("gap between tick labels %s and %s", before, after).isGreaterThan(2);
    }
  }

  /** What the title shows ("…" at the end when cut), not its text property. */
  static String shownTitle(MetricChart chart) {
    Node title = chart.lookup(".chart-title");
    return ((Text) title.lookup(".text")).getText();
  }

  /** A run's curves so far: {@code epochs} finished epochs, ten training points each. */
  static void curves(MetricChart chart, int epochs) {
    List<ChartPoint> training = new ArrayList<>();
    List<ChartPoint> test = new ArrayList<>();
    for (int i = 1; i <= epochs * 10; i++) {
      training.add(new ChartPoint(i / 10.0, 2.0 / (1 + i)));
    }
    for (int epoch = 1; epoch <= epochs; epoch++) {
      test.add(new ChartPoint(epoch, 1.5 / (1 + epoch)));
    }
    chart.epochToProperty().set(epochs);
    chart.trainingPointsProperty().setAll(training);
    chart.testPointsProperty().setAll(test);
  }

  /** Whether {@code node} and every parent are visible: on screen, not merely not hidden. */
  static boolean shown(Node node) {
    for (Node up = node; up != null; up = up.getParent()) {
      if (!up.isVisible()) {
        return false;
      }
    }
    return true;
  }

  /** The height the curves get: the chart's plot area. */
  static double plotHeight(MetricChart chart) {
    return ((Region) chart.lookup(".chart-plot-background")).getHeight();
  }

  static NumberAxis xAxis(MetricChart chart) {
    return (NumberAxis) chart.chart().getXAxis();
  }

  static NumberAxis yAxis(MetricChart chart) {
    return (NumberAxis) chart.chart().getYAxis();
  }
}
