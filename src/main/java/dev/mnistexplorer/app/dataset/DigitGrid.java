package dev.mnistexplorer.app.dataset;

import dev.mnistexplorer.app.common.ThemeColors;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * A scrolling grid of dataset digits fast enough for all 60,000 training images: only the visible
 * rows are drawn, straight from the dataset's bytes into one {@code WritableImage} the size of the
 * viewport (no node per digit), with its own scroll bar, mouse-wheel and keyboard scrolling
 * (arrows, Page Up/Down, Home/End move the selection). {@link #scrollToRow} scrolls from code, e.g.
 * for a benchmark.
 */
public final class DigitGrid extends Region {
  private static final ThemeColors<DigitGrid> THEME = new ThemeColors<>();

  // Set in dataset.css from the theme: the selection in the accent, labels as text on paper.
  private final StyleableProperty<Color> selectionColour =
      THEME.colour(
          this, "-grid-selection", s -> s.selectionColour, Color.web("#0072B2"), this::redraw);
  private final StyleableProperty<Color> labelColour =
      THEME.colour(this, "-grid-label", s -> s.labelColour, Color.web("#5b5b66"), this::redraw);

  private final Canvas canvas = new Canvas();
  private final ScrollBar scrollBar = new ScrollBar();
  private final ObjectProperty<VisibleDigits> digits = new SimpleObjectProperty<>(this, "digits");
  private final IntegerProperty selectedPosition =
      new SimpleIntegerProperty(this, "selectedPosition", -1);
  private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1.5);
  private final DoubleProperty uiScale = new SimpleDoubleProperty(this, "uiScale", 1.0);
  private final GridPixels pixels = new GridPixels();

  public DigitGrid() {
    getStyleClass().add("digit-grid");
    setFocusTraversable(true);
    scrollBar.setOrientation(Orientation.VERTICAL);
    getChildren().addAll(canvas, scrollBar);
    scrollBar.valueProperty().addListener((obs, old, now) -> redraw());
    digits.addListener((obs, old, now) -> contentChanged());
    selectedPosition.addListener((obs, old, now) -> selectionChanged());
    zoom.addListener((obs, old, now) -> geometryChanged());
    uiScale.addListener((obs, old, now) -> geometryChanged());
    focusedProperty().addListener((obs, old, now) -> redraw());
    addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    addEventHandler(MouseEvent.MOUSE_PRESSED, this::mousePressed);
    addEventHandler(ScrollEvent.SCROLL, this::scrolled);
  }

  // ---- Properties

  /** The digits to show (null shows an empty grid). */
  public ObjectProperty<VisibleDigits> digitsProperty() {
    return digits;
  }

  /** The selected grid position (-1 for none); the grid scrolls to keep it visible. */
  public IntegerProperty selectedPositionProperty() {
    return selectedPosition;
  }

  /** Digit size: 1 = 28 px per digit, 4 = 112 px (times the UI scale). */
  public DoubleProperty zoomProperty() {
    return zoom;
  }

  /** 1.0 normally, 2.0 in projector mode. */
  public DoubleProperty uiScaleProperty() {
    return uiScale;
  }

  // ---- Geometry

  /** Side of one digit in pixels. */
  int digitSize() {
    return Math.max(8, (int) Math.round(28 * zoom.get() * uiScale.get()));
  }

  private int gap() {
    return Math.max(2, (int) Math.round(3 * uiScale.get()));
  }

  private int pitch() {
    return digitSize() + gap();
  }

  /** Digits per row at the current width. */
  public int columns() {
    return Math.max(1, (int) ((canvas.getWidth() - gap()) / pitch()));
  }

  /** Number of rows for all digits. */
  public int rowCount() {
    VisibleDigits shown = digits.get();
    return shown == null ? 0 : (shown.count() + columns() - 1) / columns();
  }

  /** Whole rows that fit in the viewport (at least 1). */
  public int visibleRows() {
    return Math.max(1, (int) (canvas.getHeight() / pitch()));
  }

  /** The first row at the top of the viewport. */
  public int firstVisibleRow() {
    return (int) (scrollBar.getValue() / pitch());
  }

  /** Scrolls so that {@code row} is at the top (clamped); draws at once. */
  public void scrollToRow(int row) {
    scrollBar.setValue(Math.max(0, Math.min(scrollBar.getMax(), (double) row * pitch())));
  }

  /** Scrolls as little as possible to show grid {@code position}. */
  public void ensureVisible(int position) {
    if (position < 0) {
      return;
    }
    int row = position / columns();
    double top = (double) row * pitch();
    double bottom = top + pitch() + gap();
    if (top < scrollBar.getValue()) {
      scrollBar.setValue(top);
    } else if (bottom > scrollBar.getValue() + canvas.getHeight()) {
      // A viewport shorter than a row (a place not laid out yet has height 0) shows the row's top:
      // aligning its bottom would leave the grid scrolled down once the viewport has its size.
      boolean rowFits = canvas.getHeight() >= pitch() + gap();
      double value = rowFits ? bottom - canvas.getHeight() : top;
      scrollBar.setValue(Math.min(scrollBar.getMax(), value));
    }
  }

  @Override
  public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
    return THEME.cssMetaData();
  }

  @Override
  protected void layoutChildren() {
    double barWidth = scrollBar.prefWidth(-1);
    double width = Math.max(0, getWidth() - barWidth);
    scrollBar.resizeRelocate(width, 0, barWidth, getHeight());
    canvas.setWidth(Math.floor(width));
    canvas.setHeight(Math.floor(getHeight()));
    updateScrollRange();
    redraw();
  }

  @Override
  protected double computePrefWidth(double height) {
    return 8 * 28 * 1.5 * uiScale.get();
  }

  @Override
  protected double computePrefHeight(double width) {
    return 6 * 28 * 1.5 * uiScale.get();
  }

  private void updateScrollRange() {
    double content = (double) rowCount() * pitch() + gap();
    double max = Math.max(0, content - canvas.getHeight());
    scrollBar.setMax(max);
    scrollBar.setVisibleAmount(max == 0 ? 1 : canvas.getHeight() * max / content);
    scrollBar.setUnitIncrement(pitch());
    scrollBar.setBlockIncrement(Math.max(pitch(), canvas.getHeight() - pitch()));
    scrollBar.setDisable(max == 0);
    if (scrollBar.getValue() > max) {
      scrollBar.setValue(max);
    }
  }

  private void contentChanged() {
    scrollBar.setValue(0);
    updateScrollRange();
    ensureVisible(selectedPosition.get());
    redraw();
  }

  private void geometryChanged() {
    updateScrollRange();
    ensureVisible(selectedPosition.get());
    redraw();
  }

  private void selectionChanged() {
    ensureVisible(selectedPosition.get());
    redraw();
  }

  // ---- Drawing

  /** Draws the visible rows: pixels into one image, then the selection and labels on top. */
  private void redraw() {
    int width = (int) canvas.getWidth();
    int height = (int) canvas.getHeight();
    if (width <= 0 || height <= 0) {
      return;
    }
    pixels.begin(width, height);
    VisibleDigits shown = digits.get();
    GraphicsContext g = canvas.getGraphicsContext2D();
    // Clearing the whole canvas drops its queued commands, so frames drawn between two pulses
    // (a fast scroll, a benchmark) do not pile up.
    g.clearRect(0, 0, width, height);
    if (shown != null) {
      int size = digitSize();
      forEachVisibleCell(
          shown,
          (position, x, y) ->
              pixels.paint(shown.images(), shown.datasetIndex(position), x, y, size));
    }
    pixels.drawTo(g);
    if (shown != null) {
      drawLabels(g, shown);
      drawSelection(g);
    }
  }

  @FunctionalInterface
  private interface CellAction {
    void at(int position, int x, int y);
  }

  private void forEachVisibleCell(VisibleDigits shown, CellAction action) {
    int pitch = pitch();
    int columns = columns();
    int left = leftMargin();
    double offset = scrollBar.getValue();
    int firstRow = (int) (offset / pitch);
    int y = gap() + firstRow * pitch - (int) Math.round(offset);
    for (int row = firstRow; y < canvas.getHeight(); row++, y += pitch) {
      for (int column = 0; column < columns; column++) {
        int position = row * columns + column;
        if (position >= shown.count()) {
          return;
        }
        action.at(position, left + column * pitch, y);
      }
    }
  }

  private int leftMargin() {
    int used = columns() * pitch() - gap();
    return Math.max(gap(), ((int) canvas.getWidth() - used) / 2);
  }

  private void drawLabels(GraphicsContext g, VisibleDigits shown) {
    if (digitSize() < 50 * uiScale.get()) {
      return; // too small to carry a label without hiding the digit
    }
    g.setFill(labelColour.getValue());
    g.setFont(Font.font(10 * uiScale.get()));
    forEachVisibleCell(
        shown,
        (position, x, y) ->
            g.fillText(
                String.valueOf(shown.label(position)),
                x + 2 * uiScale.get(),
                y + 11 * uiScale.get()));
  }

  private void drawSelection(GraphicsContext g) {
    int position = selectedPosition.get();
    VisibleDigits shown = digits.get();
    if (position < 0 || position >= shown.count()) {
      return;
    }
    int row = position / columns();
    double x = leftMargin() + (position % columns()) * pitch();
    double y = gap() + (double) row * pitch() - scrollBar.getValue();
    double line = (isFocused() ? 3 : 2) * uiScale.get();
    g.setStroke(selectionColour.getValue());
    g.setLineWidth(line);
    g.strokeRect(x - line / 2, y - line / 2, digitSize() + line, digitSize() + line);
  }

  // ---- Input

  private void keyPressed(KeyEvent event) {
    VisibleDigits shown = digits.get();
    if (shown == null || shown.count() == 0) {
      return;
    }
    int current = Math.max(0, selectedPosition.get());
    int page = visibleRows() * columns();
    int target =
        switch (event.getCode()) {
          case LEFT -> current - 1;
          case RIGHT -> current + 1;
          case UP -> current - columns();
          case DOWN -> current + columns();
          case PAGE_UP -> current - page;
          case PAGE_DOWN -> current + page;
          case HOME -> 0;
          case END -> shown.count() - 1;
          default -> Integer.MIN_VALUE;
        };
    if (target == Integer.MIN_VALUE) {
      return;
    }
    selectedPosition.set(Math.max(0, Math.min(shown.count() - 1, target)));
    event.consume();
  }

  private void mousePressed(MouseEvent event) {
    requestFocus();
    VisibleDigits shown = digits.get();
    if (shown == null || event.getX() >= canvas.getWidth()) {
      return;
    }
    int column = (int) ((event.getX() - leftMargin()) / pitch());
    int row = (int) ((event.getY() + scrollBar.getValue() - gap()) / pitch());
    int position = row * columns() + column;
    if (column >= 0 && column < columns() && position >= 0 && position < shown.count()) {
      selectedPosition.set(position);
    }
  }

  private void scrolled(ScrollEvent event) {
    double value = scrollBar.getValue() - event.getDeltaY() * 1.5;
    scrollBar.setValue(Math.max(0, Math.min(scrollBar.getMax(), value)));
    event.consume();
  }
}
