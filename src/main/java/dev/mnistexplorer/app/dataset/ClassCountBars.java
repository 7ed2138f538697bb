package dev.mnistexplorer.app.dataset;

import dev.mnistexplorer.app.common.GridKeys;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.Palette;
import dev.mnistexplorer.app.common.PlaceKey;
import dev.mnistexplorer.app.common.ThemeColors;
import dev.mnistexplorer.app.common.UiNumbers;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A bar chart of how many images each class has, one bar per class, each bar labelled with its
 * count above and its class below. Bars are Okabe–Ito blue; the class the grid is filtered to is
 * Okabe–Ito orange, a pair that stays distinct for every common colour-vision deficiency. Clicking
 * a bar asks for that class ({@link #setOnClassClicked}).
 */
public final class ClassCountBars extends Region {
  private static final I18n TR = I18n.forPackageOf(ClassCountBars.class);

  /** Help ▸ Keyboard Shortcuts: the keys handled below. */
  static final List<PlaceKey> KEYS =
      List.of(
          new PlaceKey(
              TR.tr("Left/Right, Enter"),
              TR.tr("on the class bars: choose a class, show only its digits")));

  private static final Color BAR = Palette.CATEGORIES[0];
  private static final Color HIGHLIGHT = Palette.CATEGORIES[1];
  private static final ThemeColors<ClassCountBars> THEME = new ThemeColors<>();

  // The counts, class names and axis follow the theme (dataset.css); the bars are data colours.
  private final StyleableProperty<Color> textColour =
      THEME.colour(this, "-bar-text", s -> s.textColour, Color.web("#1b1b1f"), this::redraw);
  private final StyleableProperty<Color> axisColour =
      THEME.colour(this, "-bar-axis", s -> s.axisColour, Color.web("#d0d0d8"), this::redraw);

  private final Canvas canvas = new Canvas();
  private final ObjectProperty<ClassStatistics> statistics =
      new SimpleObjectProperty<>(this, "statistics");
  private final ObjectProperty<List<String>> classNames =
      new SimpleObjectProperty<>(this, "classNames", List.of());
  private final IntegerProperty highlighted = new SimpleIntegerProperty(this, "highlighted", -1);
  private final DoubleProperty uiScale = new SimpleDoubleProperty(this, "uiScale", 1.0);
  private final Tooltip tooltip = new Tooltip();
  private IntConsumer onClassClicked = label -> {};
  // The class the keyboard is on (arrows move it, Enter or Space chooses it).
  private int cursor;

  public ClassCountBars() {
    getStyleClass().add("class-count-bars");
    getChildren().add(canvas);
    statistics.addListener((obs, old, now) -> redraw());
    classNames.addListener((obs, old, now) -> redraw());
    highlighted.addListener((obs, old, now) -> redraw());
    uiScale.addListener((obs, old, now) -> redraw());
    statistics.addListener((obs, old, now) -> speak());
    classNames.addListener((obs, old, now) -> speak());
    focusedProperty().addListener((obs, old, now) -> redraw());
    addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
    addEventHandler(MouseEvent.MOUSE_MOVED, this::describe);
    addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    Tooltip.install(this, tooltip);
    setFocusTraversable(true);
    setAccessibleRole(AccessibleRole.IMAGE_VIEW);
    setAccessibleRoleDescription(TR.tr("bar chart"));
    setAccessibleHelp(
        TR.tr(
            "Left and Right arrows move between the classes; Enter or Space shows only the"
                + " class in the grid"));
    speak();
  }

  /** The class the keyboard is on. */
  int cursor() {
    return cursor;
  }

  public ObjectProperty<ClassStatistics> statisticsProperty() {
    return statistics;
  }

  public ObjectProperty<List<String>> classNamesProperty() {
    return classNames;
  }

  /** The class drawn in the highlight colour, or -1. */
  public IntegerProperty highlightedProperty() {
    return highlighted;
  }

  public DoubleProperty uiScaleProperty() {
    return uiScale;
  }

  public void setOnClassClicked(IntConsumer action) {
    onClassClicked = action;
  }

  @Override
  public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
    return THEME.cssMetaData();
  }

  @Override
  protected void layoutChildren() {
    canvas.setWidth(Math.floor(getWidth()));
    canvas.setHeight(Math.floor(getHeight()));
    redraw();
  }

  @Override
  protected double computePrefHeight(double width) {
    return 130 * uiScale.get();
  }

  @Override
  protected double computePrefWidth(double height) {
    return 320 * uiScale.get();
  }

  /** Half its preferred size at least: the mean images beside it wrap first (it fell to 3 px). */
  @Override
  protected double computeMinWidth(double height) {
    return 160 * uiScale.get();
  }

  @Override
  protected double computeMinHeight(double width) {
    return 90 * uiScale.get();
  }

  private double fontSize() {
    return 11 * uiScale.get();
  }

  private void redraw() {
    GraphicsContext g = canvas.getGraphicsContext2D();
    double width = canvas.getWidth();
    double height = canvas.getHeight();
    g.clearRect(0, 0, width, height);
    ClassStatistics stats = statistics.get();
    if (stats == null || width <= 0) {
      return;
    }
    int classes = stats.counts().length;
    double slot = width / classes;
    double text = fontSize() * 1.4;
    double baseline = height - text;
    double barArea = baseline - text;
    g.setFont(Font.font(fontSize()));
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.CENTER);
    for (int c = 0; c < classes; c++) {
      double barHeight = barArea * stats.counts()[c] / stats.largest();
      double centre = (c + 0.5) * slot;
      double barWidth = slot * 0.7;
      g.setFill(c == highlighted.get() ? HIGHLIGHT : BAR);
      g.fillRect(centre - barWidth / 2, baseline - barHeight, barWidth, barHeight);
      g.setFill(textColour.getValue());
      g.fillText(countText(stats.counts()[c], slot - 2), centre, baseline - barHeight - text / 2);
      g.fillText(fitted(className(c), slot - 2), centre, baseline + text / 2);
      if (c == cursor && isFocused()) {
        g.setStroke(textColour.getValue());
        g.setLineWidth(uiScale.get());
        g.strokeRect(centre - slot / 2 + 1, 1, slot - 2, height - 2);
      }
    }
    g.setStroke(axisColour.getValue());
    g.setLineWidth(uiScale.get());
    g.strokeLine(0, baseline, width, baseline);
  }

  private String className(int c) {
    List<String> names = classNames.get();
    return c < names.size() ? names.get(c) : String.valueOf(c);
  }

  /** "5,923", or "5.9k" where the bar is too narrow for it (or nothing). */
  private String countText(int count, double width) {
    String full = UiNumbers.format("%,d", count);
    if (textWidth(full) <= width) {
      return full;
    }
    String shortForm = UiNumbers.format("%.1fk", count / 1000.0);
    return textWidth(shortForm) <= width ? shortForm : "";
  }

  private double textWidth(String text) {
    Text probe = new Text(text);
    probe.setFont(Font.font(fontSize()));
    return probe.getLayoutBounds().getWidth();
  }

  /** {@code name}, cut with an ellipsis to fit {@code width} at the chart's font. */
  private String fitted(String name, double width) {
    if (textWidth(name) <= width) {
      return name;
    }
    for (int length = name.length() - 1; length > 1; length--) {
      String cut = name.substring(0, length) + "…";
      if (textWidth(cut) <= width) {
        return cut;
      }
    }
    return name.substring(0, 1);
  }

  private void clicked(MouseEvent event) {
    int c = classAt(event.getX());
    if (c >= 0) {
      onClassClicked.accept(c);
    }
  }

  /** The exact count under the mouse: bar labels may be shortened or left out when narrow. */
  private void describe(MouseEvent event) {
    int c = classAt(event.getX());
    if (c >= 0) {
      tooltip.setText(
          TR.format(
              "%s: %,d images (press to show only them)",
              className(c), statistics.get().counts()[c]));
    }
  }

  private void keyPressed(KeyEvent event) {
    if (GridKeys.withModifier(event)) {
      return; // Alt+Left/Right and the like belong to the menus (a lesson's steps)
    }
    ClassStatistics stats = statistics.get();
    if (stats == null) {
      return;
    }
    int last = stats.counts().length - 1;
    switch (event.getCode()) {
      case LEFT, UP -> moveCursor(cursor - 1, last);
      case RIGHT, DOWN -> moveCursor(cursor + 1, last);
      case HOME -> moveCursor(0, last);
      case END -> moveCursor(last, last);
      case ENTER, SPACE -> onClassClicked.accept(cursor);
      default -> {
        return;
      }
    }
    event.consume();
  }

  private void moveCursor(int to, int last) {
    cursor = Math.max(0, Math.min(last, to));
    speak();
    redraw();
  }

  /** What a screen reader says: the class the keyboard is on, then every class's count. */
  private void speak() {
    ClassStatistics stats = statistics.get();
    if (stats == null) {
      setAccessibleText(TR.tr("Images per class: counting…"));
      return;
    }
    cursor = Math.min(cursor, stats.counts().length - 1);
    StringBuilder all = new StringBuilder();
    for (int c = 0; c < stats.counts().length; c++) {
      all.append(c == 0 ? "" : "; ")
          .append(className(c))
          .append(": ")
          .append(DatasetText.number(stats.counts()[c]));
    }
    setAccessibleText(
        TR.format(
            "Class %s: %,d images. Images per class: %s",
            className(cursor), stats.counts()[cursor], all));
  }

  private int classAt(double x) {
    ClassStatistics stats = statistics.get();
    if (stats == null || getWidth() <= 0) {
      return -1;
    }
    int c = (int) (x / (getWidth() / stats.counts().length));
    return c >= 0 && c < stats.counts().length ? c : -1;
  }
}
