package dev.mnistexplorer.app.predict;

import dev.mnistexplorer.core.data.KnownDataset;
import dev.mnistexplorer.core.inference.Probabilities;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * The network's answer as a bar chart: one vertical bar per class (0–9), its probability above it
 * and its name below, the most probable bar in the accent colour and the rest neutral grey, so it
 * stands out by lightness as well as hue (colour-blind safe). Without probabilities the bars are
 * empty tracks, never a guess. Built from CSS-styled regions and labels sized in em, so projector
 * mode scales it.
 */
public final class SoftmaxBars extends Region {
  private static final PseudoClass TOP = PseudoClass.getPseudoClass("top");
  private static final double BAR_FRACTION = 0.64;

  private final List<Region> tracks = new ArrayList<>();
  private final List<Region> bars = new ArrayList<>();
  private final List<Label> values = new ArrayList<>();
  private final List<Label> names = new ArrayList<>();
  private float[] probabilities;

  public SoftmaxBars() {
    getStyleClass().add("softmax-bars");
    setAccessibleRole(AccessibleRole.TEXT);
    setClassNames(KnownDataset.MNIST.classNames());
  }

  /** One bar per name, in class order. */
  public void setClassNames(List<String> classNames) {
    getChildren().clear();
    tracks.clear();
    bars.clear();
    values.clear();
    names.clear();
    for (String name : classNames) {
      tracks.add(styled(new Region(), "softmax-track"));
      bars.add(styled(new Region(), "softmax-bar"));
      values.add(styled(new Label(), "softmax-value"));
      names.add(styled(new Label(name), "softmax-name"));
    }
    getChildren().addAll(tracks);
    getChildren().addAll(bars);
    getChildren().addAll(values);
    getChildren().addAll(names);
    setProbabilities(
        probabilities == null || probabilities.length != names.size() ? null : probabilities);
  }

  /** Shows one probability per class, or empty bars for null. */
  public void setProbabilities(float[] newProbabilities) {
    probabilities = newProbabilities;
    int top = probabilities == null ? -1 : Probabilities.argMax(probabilities);
    StringBuilder spoken = new StringBuilder(probabilities == null ? "No prediction" : "");
    for (int i = 0; i < bars.size(); i++) {
      boolean shown = probabilities != null && i < probabilities.length;
      String text = shown ? percent(probabilities[i]) : "";
      values.get(i).setText(text);
      for (Region part : List.of(bars.get(i), values.get(i), names.get(i), tracks.get(i))) {
        part.pseudoClassStateChanged(TOP, i == top);
      }
      if (shown) {
        spoken.append(names.get(i).getText()).append(": ").append(text).append(". ");
      }
    }
    setAccessibleText(spoken.toString());
    requestLayout();
  }

  /** The probability shown for class {@code index}, or NaN without a prediction (for tests). */
  public double valueAt(int index) {
    return probabilities == null || index >= probabilities.length
        ? Double.NaN
        : probabilities[index];
  }

  /** A bar's label: whole percent, and "<1%" rather than a misleading "0%". */
  static String percent(float probability) {
    double percent = probability * 100;
    if (percent > 0 && percent < 0.5) {
      return "<1%";
    }
    return String.format(Locale.ROOT, "%.0f%%", percent);
  }

  @Override
  protected void layoutChildren() {
    int count = bars.size();
    if (count == 0) {
      return;
    }
    double left = snappedLeftInset();
    double top = snappedTopInset();
    double slot = (getWidth() - left - snappedRightInset()) / count;
    double valueHeight = values.get(0).prefHeight(-1);
    double nameHeight = names.get(0).prefHeight(-1);
    double chartTop = top + valueHeight;
    double chartHeight = Math.max(0, getHeight() - chartTop - snappedBottomInset() - nameHeight);
    double barWidth = Math.max(2, Math.floor(slot * BAR_FRACTION));
    for (int i = 0; i < count; i++) {
      double x = left + i * slot;
      double barX = snapPositionX(x + (slot - barWidth) / 2);
      double p =
          probabilities == null || i >= probabilities.length
              ? 0
              : Math.max(0, Math.min(1, probabilities[i]));
      double barHeight = snapSizeY(p * chartHeight);
      tracks.get(i).resizeRelocate(barX, chartTop, barWidth, chartHeight);
      bars.get(i).resizeRelocate(barX, chartTop + chartHeight - barHeight, barWidth, barHeight);
      bars.get(i).setVisible(barHeight > 0);
      layoutInArea(
          names.get(i), x, chartTop + chartHeight, slot, nameHeight, 0, HPos.CENTER, VPos.TOP);
    }
    layoutValues(left, top, slot, valueHeight);
  }

  /**
   * The values in a row above the bars, each centred over its bar at its full width. Where the
   * slots are too narrow (large fonts), the most probable values are placed first and a value that
   * would overlap one already placed is hidden rather than cut to "…".
   */
  private void layoutValues(double left, double top, double slot, double valueHeight) {
    Integer[] order = new Integer[values.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    if (probabilities != null) {
      Arrays.sort(order, (a, b) -> Float.compare(valueOrZero(b), valueOrZero(a)));
    }
    List<double[]> placed = new ArrayList<>();
    for (int i : order) {
      Label value = values.get(i);
      double width = value.prefWidth(-1);
      double x = snapPositionX(left + (i + 0.5) * slot - width / 2);
      boolean fits = placed.stream().noneMatch(span -> x < span[1] && x + width > span[0]);
      value.setVisible(fits);
      if (fits) {
        placed.add(new double[] {x, x + width});
        value.resizeRelocate(x, top, width, valueHeight);
      }
    }
  }

  @Override
  protected double computePrefWidth(double height) {
    return snappedLeftInset() + snappedRightInset() + bars.size() * 3 * fontSize();
  }

  @Override
  protected double computePrefHeight(double width) {
    return snappedTopInset() + snappedBottomInset() + 10 * fontSize();
  }

  @Override
  protected double computeMinHeight(double width) {
    return snappedTopInset() + snappedBottomInset() + 5 * fontSize();
  }

  private float valueOrZero(int index) {
    return index < probabilities.length ? probabilities[index] : 0f;
  }

  /** The bar names' font size: the chart's natural unit (CSS may set sizes in em instead). */
  private double fontSize() {
    return names.isEmpty() ? 13 : names.get(0).getFont().getSize();
  }

  private static <T extends Region> T styled(T node, String styleClass) {
    node.getStyleClass().add(styleClass);
    node.setManaged(false);
    return node;
  }
}
