package dev.mnistexplorer.app.training;

import java.util.function.DoubleUnaryOperator;
import javafx.geometry.Side;
import javafx.scene.chart.NumberAxis;
import javafx.scene.text.Text;

/**
 * A fixed axis' tick unit chosen from the room there is: the smallest round step whose labels stand
 * apart along the axis. A fixed unit (0.1 over an empty chart's one epoch) ran its labels into one
 * smear once projector mode doubled the font on a short or narrow chart; an autoranging axis does
 * this itself, a fixed one does not.
 */
final class AxisTicks {
  /** Most ticks an axis shows, however long it is (beyond that they are noise). */
  static final int MOST_TICKS = 10;

  /**
   * The space between two labels, in the font's size: across, most of a character, so numbers do
   * not read as one; up and down, less, as lines of text stand apart with less.
   */
  private static final double ACROSS_GAP_EM = 0.8;

  private static final double UP_GAP_EM = 0.4;

  private static final double[] MANTISSAS = {1, 2, 5};

  private AxisTicks() {}

  /**
   * The smallest step of 1, 2 or 5 times a power of ten, at least {@code smallest} and at most
   * {@link #MOST_TICKS} ticks over {@code from..to}, whose neighbouring labels ({@code size} of a
   * value's label along the axis) leave {@code gap} between them on an axis {@code length} long,
   * {@code to}'s label included (the axis always labels its end, so a short last step crowds it).
   * With no length known yet (before the first layout), the step only limits the count.
   */
  static double unit(
      double from,
      double to,
      double length,
      double smallest,
      DoubleUnaryOperator size,
      double gap) {
    double span = to - from;
    if (!(span > 0)) {
      return Math.max(smallest, 1);
    }
    double step = firstRound(Math.max(smallest, span / MOST_TICKS));
    while (step < span) {
      if (!(length > 0) || fits(from, to, step, length / span, size, gap)) {
        return step;
      }
      step = nextRound(step);
    }
    return span;
  }

  /**
   * The top an empty chart's value axis shows, raised to a whole number of the step that fits (0,
   * 1, 2, 3 rather than 0, 1, 2, 2.5), with at least {@code smallest} a step.
   */
  static EmptyRange emptyRange(
      double top, double length, double smallest, DoubleUnaryOperator size, double gap) {
    double step = firstRound(smallest);
    while (length > 0) {
      double raised = Math.ceil(top / step - 1e-9) * step;
      if (fits(0, raised, step, length / raised, size, gap) || step >= raised) {
        return new EmptyRange(raised, step);
      }
      step = nextRound(step);
    }
    return new EmptyRange(top, smallest);
  }

  /** An empty value axis: from 0 to {@code top}, a tick every {@code unit}. */
  record EmptyRange(double top, double unit) {}

  /** Whether the labels of {@code from, from + step, …, to} stand apart. */
  private static boolean fits(
      double from,
      double to,
      double step,
      double pixelsPerUnit,
      DoubleUnaryOperator size,
      double gap) {
    double previousValue = from;
    double previous = size.applyAsDouble(from);
    while (previousValue < to - step * 1e-6) {
      double value = Math.min(previousValue + step, to);
      double label = size.applyAsDouble(value);
      if ((value - previousValue) * pixelsPerUnit < (previous + label) / 2 + gap) {
        return false;
      }
      previous = label;
      previousValue = value;
    }
    return true;
  }

  /** The smallest round step at or above {@code at least}. */
  static double firstRound(double atLeast) {
    double power = Math.pow(10, Math.floor(Math.log10(atLeast)));
    for (double mantissa : MANTISSAS) {
      double step = mantissa * power;
      if (step >= atLeast * (1 - 1e-9)) {
        return step;
      }
    }
    return 10 * power;
  }

  private static double nextRound(double step) {
    return firstRound(step * 1.01);
  }

  /**
   * Sets {@code axis}' unit for {@code from..to} from its length now and its labels' font and
   * format.
   */
  static void fit(NumberAxis axis, double from, double to, double smallest) {
    axis.setTickUnit(unit(from, to, length(axis), smallest, labelSize(axis), gap(axis)));
  }

  /** Fixes an empty chart's value axis from 0 to about {@code top}, its ticks where they fit. */
  static void fitEmpty(NumberAxis axis, double top) {
    EmptyRange range = emptyRange(top, length(axis), top / 5, labelSize(axis), gap(axis));
    axis.setAutoRanging(false);
    axis.setLowerBound(0);
    axis.setUpperBound(range.top());
    axis.setTickUnit(range.unit());
  }

  /**
   * Until there is data, a fixed axis from 0 to {@code top} in fifths (autoranging would show an
   * arbitrary 0..110); autoranging once there is.
   */
  static void fixedFromZero(NumberAxis axis, double top, boolean empty) {
    if (empty) {
      axis.setAutoRanging(false);
      axis.setLowerBound(0);
      axis.setUpperBound(top);
      axis.setTickUnit(top / 5);
    } else {
      axis.setAutoRanging(true);
    }
  }

  private static double length(NumberAxis axis) {
    return horizontal(axis.getSide()) ? axis.getWidth() : axis.getHeight();
  }

  private static double gap(NumberAxis axis) {
    double em = horizontal(axis.getSide()) ? ACROSS_GAP_EM : UP_GAP_EM;
    return em * axis.getTickLabelFont().getSize();
  }

  /**
   * Along the axis, a label takes its width on a horizontal axis and its height on a vertical one.
   */
  private static DoubleUnaryOperator labelSize(NumberAxis axis) {
    boolean horizontal = horizontal(axis.getSide());
    Text measure = new Text();
    measure.setFont(axis.getTickLabelFont());
    return value -> {
      measure.setText(label(axis, value));
      return horizontal
          ? measure.getLayoutBounds().getWidth()
          : measure.getLayoutBounds().getHeight();
    };
  }

  /** Refits {@code axis} whenever its length or its labels' font changes. */
  static void follow(NumberAxis axis, Runnable refit) {
    axis.widthProperty().addListener(observable -> refit.run());
    axis.heightProperty().addListener(observable -> refit.run());
    axis.tickLabelFontProperty().addListener(observable -> refit.run());
    axis.sideProperty().addListener(observable -> refit.run());
  }

  /** An axis not yet placed by its chart counts as horizontal (the epoch axis is). */
  private static boolean horizontal(Side side) {
    return side == null || side.isHorizontal();
  }

  private static String label(NumberAxis axis, double value) {
    return axis.getTickLabelFormatter() == null
        ? String.valueOf(value)
        : axis.getTickLabelFormatter().toString(value);
  }
}
