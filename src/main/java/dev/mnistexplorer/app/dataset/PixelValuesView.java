package dev.mnistexplorer.app.dataset;

import dev.mnistexplorer.app.common.GridKeys;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.PlaceKey;
import dev.mnistexplorer.app.common.ThemeColors;
import dev.mnistexplorer.app.dataset.PixelCells.Window;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * One digit enlarged with the numbers the network receives: raw 0..255 or normalised −1..1. When
 * the picture is big enough every one of its pixels carries its value; otherwise a zoomed lens
 * beside it shows the values around one spot, outlined on the picture, and pointing at the picture
 * moves the lens. It starts on the digit's ink, so numbers are on screen at every window size. The
 * pixel last pointed at is described in {@link #readoutProperty()}. The view owns the state, the
 * layout, the input and what screen readers hear; {@link PixelValuesPainter} does the drawing.
 */
public final class PixelValuesView extends Region {
  private static final I18n TR = I18n.forPackageOf(PixelValuesView.class);

  /** Help ▸ Keyboard Shortcuts: the keys handled below. */
  static final List<PlaceKey> KEYS =
      List.of(new PlaceKey(TR.tr("Arrows"), TR.tr("on the pixel values: read pixel by pixel")));

  /** The smallest value text a person reads without leaning in, at 100 %. */
  static final double READABLE_FONT = 8.5;

  private static final double GAP = 12;
  private static final int MIN_LENS = 3;

  private static final ThemeColors<PixelValuesView> THEME = new ThemeColors<>();

  // Set in dataset.css from the theme; the defaults are the light theme's.
  private final StyleableProperty<Color> markColour =
      THEME.colour(this, "-pixel-mark", s -> s.markColour, Color.web("#0a6fb5"), this::redraw);
  private final StyleableProperty<Color> gridLineColour =
      THEME.colour(
          this, "-pixel-grid-line", s -> s.gridLineColour, Color.web("#e4e6eb"), this::redraw);
  private final StyleableProperty<Color> faintColour =
      THEME.colour(this, "-pixel-faint", s -> s.faintColour, Color.web("#b8bac4"), this::redraw);
  private final Canvas picture = new Canvas();
  private final Canvas lens = new Canvas();
  private final ObjectProperty<SelectedDigit> digit = new SimpleObjectProperty<>(this, "digit");
  private final BooleanProperty normalised = new SimpleBooleanProperty(this, "normalised");
  private final DoubleProperty uiScale = new SimpleDoubleProperty(this, "uiScale", 1.0);
  private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper(this, "readout", "");
  private double pictureCell;
  private double lensCell;
  private int lensRows = MIN_LENS;
  private int lensCols = MIN_LENS;
  private boolean zoomed;
  private final PixelCursor cursor = new PixelCursor();
  private final PixelValuesPainter painter = new PixelValuesPainter(picture, lens);

  public PixelValuesView() {
    getStyleClass().add("pixel-values");
    picture.getStyleClass().add("pixel-picture");
    lens.getStyleClass().add("pixel-lens");
    getChildren().addAll(picture, lens);
    digit.addListener((obs, old, now) -> centreOnInk(now));
    normalised.addListener((obs, old, now) -> redraw());
    normalised.addListener((obs, old, now) -> speak());
    digit.addListener((obs, old, now) -> speak());
    uiScale.addListener((obs, old, now) -> requestLayout());
    picture.addEventHandler(MouseEvent.MOUSE_MOVED, this::pointAtPicture);
    picture.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pointAtPicture);
    lens.addEventHandler(MouseEvent.MOUSE_MOVED, this::pointAtLens);
    addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    readout.addListener((obs, old, now) -> speak());
    setFocusTraversable(true);
    setAccessibleRole(AccessibleRole.IMAGE_VIEW);
    setAccessibleRoleDescription(TR.tr("pixel values"));
    setAccessibleHelp(TR.tr("Arrow keys move from pixel to pixel and read its value"));
    speak();
  }

  public ObjectProperty<SelectedDigit> digitProperty() {
    return digit;
  }

  public BooleanProperty normalisedProperty() {
    return normalised;
  }

  public DoubleProperty uiScaleProperty() {
    return uiScale;
  }

  /** "Row 12, column 14 (element 404): 253 → 0.98" for the pixel last pointed at. */
  public ReadOnlyStringProperty readoutProperty() {
    return readout.getReadOnlyProperty();
  }

  /** Whether the values are shown in the lens because the picture's squares are too small. */
  boolean zoomed() {
    return zoomed;
  }

  /** Height of the value text where the values are written, in pixels. */
  double valueFontSize() {
    return (zoomed ? lensCell : pictureCell) * PixelCells.FONT_SHARE;
  }

  /** The pixels the lens shows (the whole digit when not zoomed). */
  Window lensWindow() {
    SelectedDigit shown = digit.get();
    if (shown == null) {
      return new Window(0, 0, 0, 0);
    }
    return zoomed
        ? cursor.lensWindow(lensRows, lensCols, shown.rows(), shown.cols())
        : Window.all(shown);
  }

  /** The height below which the lens shows fewer than five rows of values. */
  double comfortableHeight() {
    return Math.ceil(5 * readableCell());
  }

  Canvas picture() {
    return picture;
  }

  Canvas lens() {
    return lens;
  }

  private double readableCell() {
    // Whole pixels, so that squares cut to whole pixels still hold readable text.
    return Math.ceil(READABLE_FONT * uiScale.get() / PixelCells.FONT_SHARE);
  }

  private int cells() {
    SelectedDigit shown = digit.get();
    return shown == null ? 28 : Math.max(shown.rows(), shown.cols());
  }

  @Override
  public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
    return THEME.cssMetaData();
  }

  @Override
  protected void layoutChildren() {
    double width = getWidth();
    double height = getHeight();
    double whole = Math.floor(Math.min(width, height) / cells());
    zoomed = whole < readableCell();
    lens.setVisible(zoomed);
    if (!zoomed) {
      pictureCell = whole;
      place(picture, cells() * whole, (width - cells() * whole) / 2, 0);
    } else {
      layoutZoomed(width, height);
    }
    redraw();
  }

  private void layoutZoomed(double width, double height) {
    LensLayout layout = LensLayout.of(width, height, cells(), readableCell(), GAP * uiScale.get());
    pictureCell = layout.pictureCell();
    lensCols = layout.lensCols();
    lensRows = layout.lensRows();
    lensCell = layout.lensCell();
    lens.setWidth(lensCols * lensCell);
    lens.setHeight(lensRows * lensCell);
    place(picture, cells() * pictureCell, layout.pictureX(), 0);
    lens.relocate(layout.lensX(), layout.lensY());
  }

  private static void place(Canvas canvas, double side, double x, double y) {
    canvas.setWidth(side);
    canvas.setHeight(side);
    canvas.relocate(Math.floor(x), Math.floor(y));
  }

  @Override
  public javafx.geometry.Orientation getContentBias() {
    return javafx.geometry.Orientation.HORIZONTAL;
  }

  @Override
  protected double computePrefWidth(double height) {
    return 28 * 16 * uiScale.get();
  }

  @Override
  protected double computePrefHeight(double width) {
    if (width <= 0) {
      return 28 * 16 * uiScale.get();
    }
    // Square with values in it, or as tall as the two squares side by side.
    boolean values = Math.floor(width / cells()) >= readableCell();
    return values ? width : (width - GAP * uiScale.get()) / 2;
  }

  @Override
  protected double computeMinWidth(double height) {
    return 28 * 3;
  }

  @Override
  protected double computeMinHeight(double width) {
    return 28 * 3;
  }

  private void centreOnInk(SelectedDigit shown) {
    if (shown != null) {
      int[] centre = shown.inkCentre();
      cursor.centreOn(centre[0], centre[1]);
    }
    requestLayout();
    redraw();
  }

  private void pointAtPicture(MouseEvent event) {
    SelectedDigit shown = digit.get();
    if (shown == null || pictureCell <= 0) {
      return;
    }
    int c = (int) Math.floor(event.getX() / pictureCell);
    int r = (int) Math.floor(event.getY() / pictureCell);
    if (r >= 0 && c >= 0 && r < shown.rows() && c < shown.cols()) {
      cursor.centreOn(r, c);
      redraw();
    }
  }

  private void pointAtLens(MouseEvent event) {
    Window window = lensWindow();
    if (lensCell <= 0) {
      return;
    }
    int c = window.col() + (int) Math.floor(event.getX() / lensCell);
    int r = window.row() + (int) Math.floor(event.getY() / lensCell);
    if (window.contains(r, c)) {
      cursor.focusOn(r, c);
      redraw();
    }
  }

  private void keyPressed(KeyEvent event) {
    if (GridKeys.withModifier(event)) {
      return; // Alt+Left/Right and the like belong to the menus (a lesson's steps)
    }
    SelectedDigit shown = digit.get();
    if (shown == null || !cursor.move(event.getCode(), shown.rows(), shown.cols())) {
      return;
    }
    if (!lensWindow().contains(cursor.focusRow(), cursor.focusCol())) {
      cursor.centreOn(cursor.focusRow(), cursor.focusCol()); // the lens follows the keyboard
    }
    redraw();
    event.consume();
  }

  /** The spoken text: which values are shown, then the pixel last pointed at or moved to. */
  private void speak() {
    if (digit.get() == null) {
      setAccessibleText(TR.tr("Pixel values: no digit selected"));
      return;
    }
    setAccessibleText(
        normalised.get()
            ? TR.format("Normalised pixel values from −1 to 1. %s", readout.get())
            : TR.format("Raw pixel values from 0 to 255. %s", readout.get()));
  }

  /** Paints the picture and the lens as they are now and describes the pixel pointed at. */
  private void redraw() {
    SelectedDigit shown = digit.get();
    painter.paint(
        new PixelValuesPainter.Frame(
            shown,
            normalised.get(),
            zoomed,
            pictureCell,
            lensWindow(),
            lensCell,
            cursor.focusRow(),
            cursor.focusCol(),
            uiScale.get()),
        colours());
    readout.set(
        shown == null ? "" : DatasetText.pixelReadout(shown, cursor.focusRow(), cursor.focusCol()));
  }

  private PixelCells.Colours colours() {
    return new PixelCells.Colours(
        markColour.getValue(), gridLineColour.getValue(), faintColour.getValue());
  }
}
