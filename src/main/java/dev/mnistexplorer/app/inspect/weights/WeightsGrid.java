package dev.mnistexplorer.app.inspect.weights;

import dev.mnistexplorer.app.common.CanvasScroll;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.PlaceKey;
import dev.mnistexplorer.app.common.ThemeColors;
import dev.mnistexplorer.core.inspect.LayerWeights;
import dev.mnistexplorer.core.inspect.TileScale;
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
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * A scrolling grid of a layer's units, each a tile of its incoming weights, fast enough for 4,096
 * units: only the visible tiles are painted, into one image the size of the viewport (no node per
 * tile), with its own scroll bar and mouse-wheel scrolling. The arrow keys, Page Up/Down and
 * Home/End move a cursor; Enter, Space or a click choose the unit ({@link #chosenUnitProperty}).
 * Knows no model: it takes the weights and the scale and exposes the choice.
 */
final class WeightsGrid extends Region {
  private static final I18n TR = I18n.forPackageOf(WeightsGrid.class);

  /** Help ▸ Keyboard Shortcuts: the keys handled below. */
  static final List<PlaceKey> KEYS =
      List.of(
          new PlaceKey(
              TR.tr("Arrows, Page Up/Down, Home/End"), TR.tr("move between the weight tiles")),
          new PlaceKey(TR.tr("Enter / Space"), TR.tr("choose the focused unit")));

  private static final ThemeColors<WeightsGrid> THEME = new ThemeColors<>();

  // Set in weights.css from the theme: the choice in the accent; the gaps a neutral grey on
  // which the near-white centre colour of a tile still shows its edge.
  private final StyleableProperty<Color> chosenColour =
      THEME.colour(
          this, "-weights-chosen", s -> s.chosenColour, Color.web("#0072B2"), this::redraw);
  private final StyleableProperty<Color> cursorColour =
      THEME.colour(
          this, "-weights-cursor", s -> s.cursorColour, Color.web("#1b1b1f"), this::redraw);
  private final StyleableProperty<Color> gapColour =
      THEME.colour(this, "-weights-gap", s -> s.gapColour, Color.web("#b8bac4"), this::redraw);

  private final Canvas canvas = new Canvas();
  private final ScrollBar scrollBar = new ScrollBar();
  private final ObjectProperty<LayerWeights> weights = new SimpleObjectProperty<>(this, "weights");
  private final ObjectProperty<TileScale> scale =
      new SimpleObjectProperty<>(this, "scale", TileScale.PER_TILE);
  private final IntegerProperty chosenUnit = new SimpleIntegerProperty(this, "chosenUnit", -1);
  private final IntegerProperty cursor = new SimpleIntegerProperty(this, "keyboardUnit", 0);
  private final DoubleProperty uiScale = new SimpleDoubleProperty(this, "uiScale", 1.0);
  private final TilePixels pixels = new TilePixels();

  WeightsGrid() {
    getStyleClass().add("weights-grid");
    setFocusTraversable(true);
    setAccessibleRole(AccessibleRole.IMAGE_VIEW);
    setAccessibleRoleDescription(TR.tr("grid of weight tiles"));
    setAccessibleHelp(
        TR.tr("Arrow keys, Page Up/Down, Home and End move between the units; Enter chooses one."));
    scrollBar.setOrientation(Orientation.VERTICAL);
    getChildren().addAll(canvas, scrollBar);
    scrollBar.valueProperty().addListener((obs, old, now) -> redraw());
    weights.addListener((obs, old, now) -> weightsChanged(old, now));
    scale.addListener((obs, old, now) -> redraw());
    chosenUnit.addListener((obs, old, now) -> moveCursorTo(now.intValue()));
    cursor.addListener((obs, old, now) -> cursorMoved());
    uiScale.addListener((obs, old, now) -> geometryChanged());
    focusedProperty().addListener((obs, old, now) -> redraw());
    addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    addEventHandler(MouseEvent.MOUSE_PRESSED, this::mousePressed);
    addEventHandler(ScrollEvent.SCROLL, this::scrolled);
  }

  // ---- Properties

  /** The layer whose units are drawn (null: an empty grid). */
  ObjectProperty<LayerWeights> weightsProperty() {
    return weights;
  }

  /** Per tile or shared colour scale. */
  ObjectProperty<TileScale> scaleProperty() {
    return scale;
  }

  /** The unit chosen by a click, Enter or Space (-1: none); set it to show a choice. */
  IntegerProperty chosenUnitProperty() {
    return chosenUnit;
  }

  /** The unit the keyboard is on. */
  IntegerProperty keyboardUnitProperty() {
    return cursor;
  }

  /** 1.0 normally, 2.0 in projector mode: tiles, gaps and outlines grow with it. */
  DoubleProperty uiScaleProperty() {
    return uiScale;
  }

  // ---- Geometry

  /** The grid's arithmetic for its current size, UI scale and layer. */
  TileMetrics metrics() {
    LayerWeights shown = weights.get();
    return shown == null
        ? TileMetrics.of(28, 28, uiScale.get(), canvas.getWidth(), canvas.getHeight(), 0)
        : TileMetrics.of(
            shown.tileRows(),
            shown.tileCols(),
            uiScale.get(),
            canvas.getWidth(),
            canvas.getHeight(),
            shown.units());
  }

  /** How many units are drawn now (those of the visible rows). */
  int visibleTileCount() {
    return metrics().visibleTileCount(scrollBar.getValue());
  }

  /** The centre of unit {@code unit}'s tile in the grid's coordinates (for tests). */
  Point2D tileCentre(int unit) {
    TileMetrics m = metrics();
    return new Point2D(
        canvas.getLayoutX() + m.tileX(unit) + m.tileWidth() / 2.0,
        canvas.getLayoutY() + m.tileY(unit, scrollBar.getValue()) + m.tileHeight() / 2.0);
  }

  /** Scrolls so that {@code unit}'s row shows, moving as little as possible. */
  void ensureVisible(int unit) {
    LayerWeights shown = weights.get();
    if (unit < 0 || shown == null || unit >= shown.units()) {
      return;
    }
    double offset = metrics().offsetShowing(unit, scrollBar.getValue());
    CanvasScroll.scrollTo(scrollBar, offset);
  }

  /** How far the grid is scrolled down, in pixels. */
  double scrollOffset() {
    return scrollBar.getValue();
  }

  /** Scrolls by {@code pixels} (clamped); draws at once. */
  void scrollBy(double pixels) {
    CanvasScroll.scrollTo(scrollBar, scrollBar.getValue() + pixels);
  }

  @Override
  public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
    return THEME.cssMetaData();
  }

  @Override
  protected void layoutChildren() {
    double barWidth = scrollBar.prefWidth(-1);
    double width = Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset() - barWidth);
    double height = Math.max(0, getHeight() - snappedTopInset() - snappedBottomInset());
    canvas.relocate(snappedLeftInset(), snappedTopInset());
    scrollBar.resizeRelocate(snappedLeftInset() + width, snappedTopInset(), barWidth, height);
    canvas.setWidth(Math.floor(width));
    canvas.setHeight(Math.floor(height));
    updateScrollRange();
    redraw();
  }

  @Override
  protected double computePrefWidth(double height) {
    return 16 * 30 * uiScale.get() + 20;
  }

  @Override
  protected double computePrefHeight(double width) {
    return 16 * 30 * uiScale.get();
  }

  @Override
  protected double computeMinHeight(double width) {
    return 4 * 30 * uiScale.get();
  }

  private void updateScrollRange() {
    TileMetrics m = metrics();
    CanvasScroll.fit(scrollBar, m.contentHeight(), canvas.getHeight(), m.rowPitch());
  }

  private void weightsChanged(LayerWeights old, LayerWeights now) {
    boolean sameShape =
        old != null
            && now != null
            && old.units() == now.units()
            && old.tileRows() == now.tileRows()
            && old.tileCols() == now.tileCols();
    if (!sameShape) {
      // A new network: start at the top; a training step keeps the place the learner looks at.
      scrollBar.setValue(0);
      cursor.set(0);
    }
    geometryChanged();
  }

  private void geometryChanged() {
    updateScrollRange();
    ensureVisible(cursor.get());
    redraw();
  }

  private void moveCursorTo(int unit) {
    if (unit >= 0) {
      cursor.set(unit);
    }
    redraw();
  }

  private void cursorMoved() {
    ensureVisible(cursor.get());
    redraw();
  }

  // ---- Drawing

  /** Draws the visible tiles into one image, then the choice and the cursor on top. */
  void redraw() {
    int width = (int) canvas.getWidth();
    int height = (int) canvas.getHeight();
    if (width <= 0 || height <= 0) {
      return;
    }
    GraphicsContext g = canvas.getGraphicsContext2D();
    // Clearing the whole canvas drops its queued commands, so frames drawn between two pulses
    // (a fast scroll, live training) do not pile up.
    g.clearRect(0, 0, width, height);
    pixels.begin(width, height, argb(gapColour.getValue()));
    LayerWeights shown = weights.get();
    TileMetrics m = metrics();
    if (shown != null) {
      int zoom = m.tileWidth() / shown.tileCols();
      TileScale tileScale = scale.get();
      m.forEachVisibleTile(
          scrollBar.getValue(), (unit, x, y) -> pixels.paint(shown, unit, tileScale, zoom, x, y));
    }
    pixels.drawTo(g);
    if (shown != null) {
      outline(g, m, chosenUnit.get(), chosenColour.getValue(), 3);
      if (isFocused() && cursor.get() != chosenUnit.get()) {
        outline(g, m, cursor.get(), cursorColour.getValue(), 2);
      }
    }
  }

  private void outline(GraphicsContext g, TileMetrics m, int unit, Color colour, double width) {
    if (unit < 0 || unit >= m.count()) {
      return;
    }
    double line = width * uiScale.get();
    double x = m.tileX(unit);
    double y = m.tileY(unit, scrollBar.getValue());
    g.setStroke(colour);
    g.setLineWidth(line);
    g.strokeRect(x - line / 2, y - line / 2, m.tileWidth() + line, m.tileHeight() + line);
  }

  private static int argb(Color colour) {
    return 0xFF000000
        | (int) Math.round(colour.getRed() * 255) << 16
        | (int) Math.round(colour.getGreen() * 255) << 8
        | (int) Math.round(colour.getBlue() * 255);
  }

  // ---- Input

  private void keyPressed(KeyEvent event) {
    LayerWeights shown = weights.get();
    if (shown == null) {
      return;
    }
    if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
      chosenUnit.set(Math.min(cursor.get(), shown.units() - 1));
      event.consume();
      return;
    }
    int target = metrics().keyTarget(event.getCode(), cursor.get());
    if (target >= 0) {
      cursor.set(target);
      event.consume();
    }
  }

  private void mousePressed(MouseEvent event) {
    requestFocus();
    if (weights.get() == null) {
      return;
    }
    double x = event.getX() - canvas.getLayoutX();
    double y = event.getY() - canvas.getLayoutY();
    int unit = metrics().tileAt(x, y, scrollBar.getValue());
    if (unit >= 0) {
      cursor.set(unit);
      chosenUnit.set(unit);
    }
  }

  private void scrolled(ScrollEvent event) {
    scrollBy(-event.getDeltaY() * 1.5);
    event.consume();
  }
}
