package dev.mnistexplorer.app.dataset;

import dev.mnistexplorer.app.common.CanvasScroll;
import dev.mnistexplorer.app.common.GridKeys;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.OutputScale;
import dev.mnistexplorer.app.common.PlaceKey;
import dev.mnistexplorer.app.common.ThemeColors;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.geometry.Orientation;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * A scrolling grid of dataset digits fast enough for all 60,000 training images: only the visible
 * rows are drawn, straight from the dataset's bytes into one {@code WritableImage} the size of the
 * viewport (no node per digit), with its own scroll bar, mouse-wheel and keyboard scrolling
 * (arrows, Page Up/Down, Home/End move the selection). {@link #scrollToRow} scrolls from code, e.g.
 * for a benchmark. The grid owns the state, the input and what screen readers hear; {@link
 * DatasetGridPainter} does the drawing.
 */
public final class DatasetGrid extends Region {
  private static final I18n TR = I18n.forPackageOf(DatasetGrid.class);

  /** Help ▸ Keyboard Shortcuts: the keys handled below. */
  public static final List<PlaceKey> KEYS =
      List.of(
          new PlaceKey(
              TR.tr("Arrows, Page Up/Down, Home/End"),
              TR.tr("move through the digits in the grid")));

  private static final ThemeColors<DatasetGrid> THEME = new ThemeColors<>();

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
  private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
  private final DatasetGridPainter painter = new DatasetGridPainter(canvas);
  private final ReadOnlyDoubleProperty outputScale = OutputScale.property(this);

  public DatasetGrid() {
    getStyleClass().add("dataset-grid");
    setFocusTraversable(true);
    scrollBar.setOrientation(Orientation.VERTICAL);
    getChildren().addAll(canvas, scrollBar);
    scrollBar.valueProperty().addListener((obs, old, now) -> redraw());
    digits.addListener((obs, old, now) -> contentChanged());
    selectedPosition.addListener((obs, old, now) -> selectionChanged());
    zoom.addListener((obs, old, now) -> geometryChanged());
    uiScale.addListener((obs, old, now) -> geometryChanged());
    outputScale.addListener((obs, old, now) -> redraw());
    focusedProperty().addListener((obs, old, now) -> redraw());
    digits.addListener((obs, old, now) -> speak());
    selectedPosition.addListener((obs, old, now) -> speak());
    summary.addListener((obs, old, now) -> speak());
    setAccessibleRole(AccessibleRole.IMAGE_VIEW);
    setAccessibleRoleDescription(TR.tr("digit grid"));
    setAccessibleHelp(
        TR.tr(
            "Arrow keys move between the digits, Page Up and Page Down by a screen, Home and End"
                + " to the first and last; Plus and Minus zoom the grid"));
    speak();
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

  /** What the grid shows, in words ("60,000 training images"), for screen readers. */
  public StringProperty summaryProperty() {
    return summary;
  }

  // ---- Geometry

  /** The grid's arithmetic for its current size, zoom and digits. */
  private GridMetrics metrics() {
    VisibleDigits shown = digits.get();
    return GridMetrics.of(
        zoom.get(),
        uiScale.get(),
        canvas.getWidth(),
        canvas.getHeight(),
        shown == null ? 0 : shown.count());
  }

  private int gap() {
    return metrics().gap();
  }

  private int pitch() {
    return metrics().pitch();
  }

  /** Digits per row at the current width. */
  public int columns() {
    return metrics().columns();
  }

  /** Number of rows for all digits. */
  public int rowCount() {
    return metrics().rowCount();
  }

  /** Whole rows that fit in the viewport (at least 1). */
  public int visibleRows() {
    return metrics().visibleRows();
  }

  /** The first row at the top of the viewport. */
  public int firstVisibleRow() {
    return (int) (scrollBar.getValue() / pitch());
  }

  /** Scrolls so that {@code row} is at the top (clamped); draws at once. */
  public void scrollToRow(int row) {
    CanvasScroll.scrollTo(scrollBar, (double) row * pitch());
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
    CanvasScroll.fit(scrollBar, content, canvas.getHeight(), pitch());
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

  /** Paints the visible rows as they are now (see {@link DatasetGridPainter}). */
  private void redraw() {
    painter.paint(
        new DatasetGridPainter.Frame(
            digits.get(),
            metrics(),
            scrollBar.getValue(),
            selectedPosition.get(),
            isFocused(),
            uiScale.get(),
            outputScale.get()),
        new DatasetGridPainter.Colours(selectionColour.getValue(), labelColour.getValue()));
  }

  /** The spoken text: the selected digit named by its label and index, then the summary. */
  private void speak() {
    setAccessibleText(DatasetText.gridSpeech(digits.get(), selectedPosition.get(), summary.get()));
  }

  // ---- Input

  private void keyPressed(KeyEvent event) {
    if (GridKeys.withModifier(event)) {
      return; // Alt+Left/Right and the like belong to the menus (a lesson's steps)
    }
    VisibleDigits shown = digits.get();
    if (shown == null || shown.count() == 0) {
      return;
    }
    int target = metrics().keyTarget(event.getCode(), Math.max(0, selectedPosition.get()));
    if (target >= 0) {
      selectedPosition.set(target);
      event.consume();
    }
  }

  private void mousePressed(MouseEvent event) {
    requestFocus();
    if (digits.get() == null) {
      return;
    }
    int position = metrics().positionAt(event.getX(), event.getY(), scrollBar.getValue());
    if (position >= 0) {
      selectedPosition.set(position);
    }
  }

  private void scrolled(ScrollEvent event) {
    CanvasScroll.scrollTo(scrollBar, scrollBar.getValue() - event.getDeltaY() * 1.5);
    event.consume();
  }
}
