package dev.mnistexplorer.app.training;

import static dev.mnistexplorer.app.training.ChartChecks.assertLabelsApart;
import static dev.mnistexplorer.app.training.ChartChecks.curves;
import static dev.mnistexplorer.app.training.ChartChecks.plotHeight;
import static dev.mnistexplorer.app.training.ChartChecks.shown;
import static dev.mnistexplorer.app.training.ChartChecks.shownTitle;
import static dev.mnistexplorer.app.training.ChartChecks.xAxis;
import static dev.mnistexplorer.app.training.ChartChecks.yAxis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mnistexplorer.app.TestScenes;
import dev.mnistexplorer.app.common.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Train place laid out at the sizes a classroom meets, headless. Projector mode on a 1280×720
 * (or 1024×768) screen: the controls move into a side column that is never squeezed below its
 * widest button ("Training starten" was cut off), and the charts beside it stay readable: each
 * chart shown gets a plot at least {@link #LEAST_PLOT} px tall (two stacked charts got about 20),
 * one at a time with a switch when both do not fit; the epoch axis' labels never run into each
 * other; the empty chart's hint stays inside the plot; the German accuracy title is not cut. At
 * 1600×1000 both charts are shown, as before.
 */
@ExtendWith(ApplicationExtension.class)
class TrainingLayoutTest {
  /** The least plot height a chart must get (the brief's "about 140 px"). */
  private static final double LEAST_PLOT = 140;

  private Stage stage;
  private TrainingView view;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @AfterAll
  static void english() {
    I18n.useLocale(Locale.ENGLISH);
  }

  /**
   * Shows the Train place at its share of a {@code width}×{@code height} window (less the places'
   * column, the menu and the status bar), in projector mode or not.
   */
  private void show(Locale language, double width, double height, boolean projector) {
    // As measured in the app (ClassroomJourneyTest: 983×581 at 1280×720 in projector mode).
    double placeWidth = width - (projector ? 297 : 153);
    double placeHeight = height - (projector ? 139 : 83);
    onFx(
        () -> {
          I18n.useLocale(language);
          view = new TrainingView(new SimpleDoubleProperty(projector ? 2 : 1));
          put(placeWidth, placeHeight);
          stage.getScene().getStylesheets().add(TestScenes.sheet("app.css"));
          if (projector) {
            stage.getScene().getStylesheets().add(TestScenes.sheet("projector.css"));
          }
        });
    WaitForAsyncUtils.waitForFxEvents();
    onFx(() -> assertPlaceSize(placeWidth, placeHeight));
  }

  /**
   * Puts the view in the test stage at {@code width}×{@code height}. Monocle's headless screen is
   * 1280×800 and cannot take a larger window: a larger place is laid out at its full size and drawn
   * scaled down.
   */
  private void put(double width, double height) {
    view.setMaxSize(width, height); // whatever size the shared test stage was left at
    double fit = Math.min(1, Math.min(1200 / width, 760 / height));
    if (fit < 1) {
      view.setMinSize(width, height);
      view.setPrefSize(width, height);
      Group scaled = new Group(view);
      scaled.setScaleX(fit);
      scaled.setScaleY(fit);
      TestScenes.show(stage, scaled, width * fit, height * fit);
    } else {
      TestScenes.show(stage, view, width, height);
    }
  }

  private void assertPlaceSize(double width, double height) {
    assertThat(view.getWidth()).as("the place's width").isCloseTo(width, within(1.0));
    assertThat(view.getHeight()).as("the place's height").isCloseTo(height, within(1.0));
  }

  @Test
  void theSideColumnKeepsTheStartButtonWhole() {
    show(Locale.GERMAN, 1280, 720, true);
    onFx(
        () -> {
          ScrollPane column = (ScrollPane) view.lookup(".side-scroll");
          assertThat(column).as("the side-by-side layout").isNotNull();
          assertThat(view.start.getText()).isEqualTo("Training _starten");

          Node viewport = column.lookup(".viewport");
          Bounds shown = viewport.localToScene(viewport.getLayoutBounds());
          Bounds button = view.start.localToScene(view.start.getLayoutBounds());
          assertThat(view.start.getWidth()).isGreaterThanOrEqualTo(view.start.prefWidth(-1) - 0.5);
          assertThat(button.getMaxX()).isLessThanOrEqualTo(shown.getMaxX() + 0.5);
        });
  }

  @Test
  void projectorModeAt1280x720ShowsOneReadableChartAtATimeWithASwitch(FxRobot robot) {
    show(Locale.ENGLISH, 1280, 720, true);
    onFx(
        () -> {
          assertReadable(view.lossChart);
          assertOneChartAtATime();
          accuracyButton().requestFocus();
        });
    robot.push(KeyCode.SPACE); // the keyboard's way to the other chart
    WaitForAsyncUtils.waitForFxEvents();
    onFx(
        () -> {
          assertThat(shown(view.lossChart)).isFalse();
          assertReadable(view.accuracyChart);
        });
  }

  @Test
  void inGermanTheAccuracyTitleIsWholeAt1280x720() {
    show(Locale.GERMAN, 1280, 720, true);
    onFx(() -> accuracyButton().fire());
    WaitForAsyncUtils.waitForFxEvents();
    onFx(
        () -> {
          assertReadable(view.accuracyChart);
          assertThat(shownTitle(view.accuracyChart)).isEqualTo("Genauigkeit %: höher ist besser");
        });
  }

  @Test
  void projectorModeAt1024x768ShowsOneReadableChart() {
    show(Locale.ENGLISH, 1024, 768, true);
    onFx(
        () -> {
          assertReadable(view.lossChart);
          assertOneChartAtATime();
        });
  }

  @Test
  void theEpochLabelsStayApartWhileARunTrains() {
    show(Locale.ENGLISH, 1280, 720, true);
    for (int epochs : new int[] {1, 3, 5, 12, 30}) {
      onFx(() -> curves(view.lossChart, epochs));
      WaitForAsyncUtils.waitForFxEvents();
      onFx(
          () -> {
            assertThat(plotHeight(view.lossChart)).isGreaterThanOrEqualTo(LEAST_PLOT);
            assertLabelsApart(xAxis(view.lossChart), true);
            assertLabelsApart(yAxis(view.lossChart), false);
          });
    }
  }

  @Test
  void bothChartsAreShownAt1600x1000() {
    for (boolean projector : new boolean[] {false, true}) {
      show(Locale.ENGLISH, 1600, 1000, projector);
      onFx(
          () -> {
            for (MetricChart chart : List.of(view.lossChart, view.accuracyChart)) {
              assertThat(shown(chart)).isTrue();
              assertReadable(chart);
            }
            Node chooser = view.lookup(".chart-switch");
            assertThat(chooser == null || !shown(chooser)).as("no switch").isTrue();
          });
    }
  }

  @Test
  void normalModeAt1280x720ShowsBothChartsAsBefore() {
    show(Locale.ENGLISH, 1280, 720, false);
    onFx(
        () -> {
          // Side by side below the controls, as before: their plots get what the column leaves.
          for (MetricChart chart : List.of(view.lossChart, view.accuracyChart)) {
            assertThat(shown(chart)).isTrue();
            assertLaidOutWell(chart);
          }
        });
  }

  private void assertOneChartAtATime() {
    assertThat(view.lookup(".side-scroll")).as("the side-by-side layout").isNotNull();
    assertThat(shown(view.lossChart)).as("the loss chart first").isTrue();
    assertThat(shown(view.accuracyChart)).as("one chart at a time").isFalse();
    ToggleButton accuracy = accuracyButton();
    assertThat(shown(accuracy)).as("the switch").isTrue();
    assertThat(accuracy.isFocusTraversable()).as("reached with Tab").isTrue();
    assertThat(accuracy.getTooltip()).isNotNull();
    assertThat(accuracy.getAccessibleHelp()).isNotBlank();
  }

  /** A plot tall enough, and laid out well. */
  private void assertReadable(MetricChart chart) {
    assertThat(plotHeight(chart)).as("plot height").isGreaterThanOrEqualTo(LEAST_PLOT);
    assertLaidOutWell(chart);
  }

  /** Inside the place, labels apart, the hint inside the plot, the title whole. */
  private void assertLaidOutWell(MetricChart chart) {
    Bounds place = view.localToScene(view.getLayoutBounds());
    Bounds box = chart.localToScene(chart.getLayoutBounds());
    assertThat(box.getMaxX())
        .as("the chart's right edge")
        .isLessThanOrEqualTo(place.getMaxX() + 0.5);
    assertThat(box.getMaxY()).as("the chart's bottom").isLessThanOrEqualTo(place.getMaxY() + 0.5);
    assertLabelsApart(xAxis(chart), true);
    assertLabelsApart(yAxis(chart), false);
    Label hint = (Label) chart.lookup(".chart-placeholder");
    assertThat(hint.isVisible()).as("the hint").isTrue();
    Node plotArea = chart.lookup(".chart-plot-background");
    Bounds plot = plotArea.localToScene(plotArea.getLayoutBounds());
    Bounds inScene = hint.localToScene(hint.getLayoutBounds());
    assertThat(plot.contains(inScene)).as("hint %s inside the plot %s", inScene, plot).isTrue();
    assertThat(shownTitle(chart)).doesNotEndWith("...").doesNotEndWith("…");
    Node title = chart.lookup(".chart-title");
    assertThat(title.localToScene(title.getLayoutBounds()).intersects(inScene)).isFalse();
  }

  /** The switch's second button: Accuracy. */
  private ToggleButton accuracyButton() {
    Node chooser = view.lookup(".chart-switch");
    assertThat(chooser).as("the Loss | Accuracy switch").isNotNull();
    List<Node> buttons = new ArrayList<>(chooser.lookupAll(".toggle-button"));
    assertThat(buttons).hasSize(2);
    return (ToggleButton) buttons.get(1);
  }

  /**
   * Runs {@code action} on the FX thread and waits: the scene graph is read there only (reading
   * bounds from the test thread raced the FX thread's layout). A failed assertion fails the test.
   */
  private static void onFx(Runnable action) {
    try {
      WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof AssertionError failed) {
        throw failed;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException | TimeoutException e) {
      throw new IllegalStateException(e);
    }
  }
}
