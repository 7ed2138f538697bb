package dev.mnistexplorer.app.predict;

import dev.mnistexplorer.app.common.GridKeys;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.PlaceKey;
import dev.mnistexplorer.core.data.KnownDataset;
import dev.mnistexplorer.core.inference.Probabilities;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The network's answer as a bar chart: one vertical bar per class (0–9), its probability above it
 * and its name below, the most probable bar in the accent colour and the rest neutral grey, so it
 * stands out by lightness as well as hue (colour-blind safe). Without probabilities the bars are
 * empty tracks, never a guess. Built from CSS-styled regions and labels sized in em, so projector
 * mode scales it.
 */
public final class SoftmaxBars extends Region {
  private static final I18n TR = I18n.forPackageOf(SoftmaxBars.class);
  private static final PseudoClass TOP = PseudoClass.getPseudoClass("top");
  private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
  private static final double BAR_FRACTION = 0.64;
  private static final double VALUE_GAP = 0.15;
  private static final int MIN_BAR_LINES = 2;

  /** Help ▸ Keyboard Shortcuts: the keys handled below. */
  static final List<PlaceKey> KEYS =
      List.of(
          new PlaceKey(
              TR.tr("Left/Right, Home/End"),
              TR.tr("on the answer bars: read one digit's probability")));

  private final List<Region> tracks = new ArrayList<>();
  private final List<Region> bars = new ArrayList<>();
  private final List<Label> values = new ArrayList<>();
  private final List<Label> names = new ArrayList<>();
  private float[] probabilities;
  private int selected = -1;

  public SoftmaxBars() {
    getStyleClass().add("softmax-bars");
    setAccessibleRole(AccessibleRole.TEXT);
    setAccessibleHelp(
        TR.tr("Left and right arrows go from digit to digit, Home and End to the first and last"));
    // Reachable with Tab; the arrows then read one class at a time.
    setFocusTraversable(true);
    addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    focusedProperty().addListener((o, was, now) -> select(now ? selected : -1));
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
    selected = -1;
    setProbabilities(
        probabilities == null || probabilities.length != names.size() ? null : probabilities);
  }

  /** Shows one probability per class, or empty bars for null. */
  public void setProbabilities(float[] newProbabilities) {
    probabilities = newProbabilities;
    int top = topClass();
    for (int i = 0; i < bars.size(); i++) {
      boolean shown = probabilities != null && i < probabilities.length;
      values.get(i).setText(shown ? percent(probabilities[i]) : "");
      for (Region part : List.of(bars.get(i), values.get(i), names.get(i), tracks.get(i))) {
        part.pseudoClassStateChanged(TOP, i == top);
      }
    }
    select(selected);
    requestLayout();
  }

  /**
   * What a screen reader says: every class with its probability, the answer first ("The answer: 7,
   * 98%. 0: <1%, 1: <1%, …"), or, once the arrows chose a bar, that class alone ("7: 98%, the
   * answer, 8 of 10").
   */
  String spokenText() {
    if (probabilities == null) {
      return TR.tr("Probability of each digit: no prediction yet");
    }
    if (selected >= 0 && selected < names.size()) {
      String bar = spokenBar(selected);
      return selected == topClass()
          ? TR.format("%s, the answer, %d of %d", bar, selected + 1, names.size())
          : TR.format("%s, %d of %d", bar, selected + 1, names.size());
    }
    List<String> all = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      all.add(spokenBar(i));
    }
    int top = topClass();
    return TR.format(
        "The answer: %s, %s. Probability of each digit: %s",
        names.get(top).getText(), percent(probabilities[top]), String.join(", ", all));
  }

  /** The bar the arrows chose (-1: none, the whole chart is read). */
  int selectedBar() {
    return selected;
  }

  private String spokenBar(int index) {
    String value = index < probabilities.length ? percent(probabilities[index]) : "";
    return TR.format("%s: %s", names.get(index).getText(), value);
  }

  private int topClass() {
    return probabilities == null ? -1 : Probabilities.argMax(probabilities);
  }

  private void keyPressed(KeyEvent event) {
    if (GridKeys.withModifier(event)) {
      return; // Alt+Left/Right and the like belong to the menus (a lesson's steps)
    }
    int last = names.size() - 1;
    int from = selected < 0 ? Math.max(0, topClass()) : selected;
    int to =
        switch (event.getCode()) {
          case LEFT, KP_LEFT -> selected < 0 ? from : Math.max(0, from - 1);
          case RIGHT, KP_RIGHT -> selected < 0 ? from : Math.min(last, from + 1);
          case HOME -> 0;
          case END -> last;
          default -> -2;
        };
    if (to >= -1 && last >= 0) {
      select(to);
      event.consume();
    }
  }

  private void select(int index) {
    selected = index;
    for (int i = 0; i < tracks.size(); i++) {
      tracks.get(i).pseudoClassStateChanged(SELECTED, isFocused() && i == selected);
    }
    setAccessibleText(spokenText());
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
      return TR.tr("<1%");
    }
    return TR.format("%.0f%%", percent);
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
    int rows = valueRows(slot, widestValue());
    double chartTop = top + rows * valueHeight;
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
      // Staggered: bar i's value in row i % rows, the first row nearest the bars.
      double valueY = top + (rows - 1 - i % rows) * valueHeight;
      Label value = values.get(i);
      double width = value.prefWidth(-1);
      value.resizeRelocate(snapPositionX(x + (slot - width) / 2), valueY, width, valueHeight);
    }
  }

  /**
   * How many staggered rows the values need so that none overlaps its neighbour: one when the
   * widest value fits its bar's slot, else two (every other value one row up), and so on. With
   * large fonts (projector mode) the slots are narrower than "100%", and a value is never hidden or
   * cut to "…" to make room.
   */
  static int valueRows(double slot, double widestValue) {
    if (slot <= 0) {
      return 1;
    }
    // Values in one row are `rows` slots apart, centre to centre; a little air between them.
    double needed = widestValue * (1 + VALUE_GAP);
    return Math.max(1, (int) Math.ceil(needed / slot - 1e-9));
  }

  /** The widest value there can be ("100%" in bold), so the rows do not change while drawing. */
  private double widestValue() {
    Label value = values.get(0);
    Text probe = new Text("100%");
    Font font = value.getFont();
    probe.setFont(Font.font(font.getFamily(), FontWeight.BOLD, font.getSize()));
    return probe.getLayoutBounds().getWidth()
        + value.snappedLeftInset()
        + value.snappedRightInset();
  }

  @Override
  protected double computePrefWidth(double height) {
    return snappedLeftInset() + snappedRightInset() + bars.size() * 3 * fontSize();
  }

  @Override
  protected double computePrefHeight(double width) {
    return snappedTopInset() + snappedBottomInset() + 10 * fontSize();
  }

  /** Room for the values' rows and the names, and bars at least two lines of text tall. */
  @Override
  protected double computeMinHeight(double width) {
    if (values.isEmpty()) {
      return snappedTopInset() + snappedBottomInset() + 5 * fontSize();
    }
    double across = (width < 0 ? getWidth() : width) - snappedLeftInset() - snappedRightInset();
    double valueHeight = values.get(0).prefHeight(-1);
    int rows = across <= 0 ? 1 : valueRows(across / values.size(), widestValue());
    return snappedTopInset()
        + snappedBottomInset()
        + (rows + MIN_BAR_LINES) * valueHeight
        + names.get(0).prefHeight(-1);
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
