package dev.mnistexplorer.app.predict;

import dev.mnistexplorer.app.common.DigitImages;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.ThemeColors;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.StringProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.geometry.Orientation;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * A square sheet of paper to draw a digit on with the mouse, a pen or a finger (touch arrives as
 * mouse events): dark round strokes whose width is a fixed fraction of the pad, like MNIST strokes
 * relative to their digit, so the pad can be any size. Right-click asks to clear. The pad draws
 * each new segment at once and reports it to a {@link Listener}; it redraws everything (an image
 * layer under the strokes) from the suppliers given to {@link #showContent} when resized or {@link
 * #refresh() refreshed}. Until both are connected it is blank paper that reports nowhere.
 */
public final class DrawingPad extends Region {
  private static final I18n TR = I18n.forPackageOf(DrawingPad.class);
  private static final ThemeColors<DrawingPad> THEME = new ThemeColors<>();

  /** Ink and paper stay dark-on-light in every theme: the pad is paper, like MNIST's sources. */
  private final StyleableProperty<Color> ink =
      THEME.colour(this, "-pad-ink", s -> s.ink, Color.web("#111111"), this::redraw);

  /** What the pad reports, in pad-relative coordinates (0..1, y down). */
  public interface Listener {
    void strokeStarted(double x, double y);

    void strokeExtended(double x, double y);

    void strokeEnded();

    void clearRequested();
  }

  private static final Listener NO_LISTENER =
      new Listener() {
        @Override
        public void strokeStarted(double x, double y) {}

        @Override
        public void strokeExtended(double x, double y) {}

        @Override
        public void strokeEnded() {}

        @Override
        public void clearRequested() {}
      };

  private final Region paper = new Region();
  private final Label hint = new Label();
  private final Canvas canvas = new Canvas();
  private Supplier<List<PadStroke>> strokes = List::of;
  private Supplier<float[]> layer = () -> null;
  private Listener listener = NO_LISTENER;
  private double lastX;
  private double lastY;
  private boolean drawing;

  public DrawingPad() {
    getStyleClass().add("drawing-pad");
    paper.getStyleClass().add("pad-paper");
    // The paper's shadow is drawn once and kept as a bitmap, not blurred again on every stroke.
    paper.setCache(true);
    hint.getStyleClass().add("pad-hint");
    hint.setMouseTransparent(true);
    hint.setWrapText(true);
    getChildren().addAll(paper, canvas, hint);
    setFocusTraversable(true);
    setCursor(Cursor.CROSSHAIR);
    setAccessibleRole(AccessibleRole.IMAGE_VIEW);
    setAccessibleText(TR.tr("Drawing pad: blank"));
    setAccessibleHelp(TR.tr("Draw a digit with the mouse, a pen or a finger"));
    addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
    addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
    addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
  }

  /**
   * Where the pad's drawing comes from when it is redrawn as a whole: the strokes, oldest first,
   * and the image layer under them (784 values, ink high, or null). Redraws from them at once.
   */
  public void showContent(Supplier<List<PadStroke>> strokes, Supplier<float[]> layer) {
    this.strokes = strokes;
    this.layer = layer;
    refresh();
  }

  /** Who hears the strokes and the right-click: the pad only draws them. */
  public void setListener(Listener listener) {
    this.listener = listener;
  }

  /** Redraws the layer and every stroke (after undo, clear or a new image). */
  public void refresh() {
    // Undo or clear with the pen still down ends that stroke here too: later drags draw nothing.
    drawing = false;
    redraw();
  }

  /** The pad's side in pixels: the largest square that fits. */
  public double side() {
    return canvas.getWidth();
  }

  /** The pad's side in pixels, observable. */
  public ReadOnlyDoubleProperty sideProperty() {
    return canvas.widthProperty();
  }

  /** A hint shown in the middle of the pad, e.g. "Draw a digit" ("" for none). */
  public StringProperty hintProperty() {
    return hint.textProperty();
  }

  @Override
  public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
    return THEME.cssMetaData();
  }

  @Override
  protected void layoutChildren() {
    double side =
        Math.floor(
            Math.max(
                0,
                Math.min(
                    getWidth() - snappedLeftInset() - snappedRightInset(),
                    getHeight() - snappedTopInset() - snappedBottomInset())));
    // Centred across, at the top: the tools sit right above it.
    double x = Math.round((getWidth() - side) / 2);
    double y = snappedTopInset();
    paper.resizeRelocate(x, y, side, side);
    canvas.relocate(x, y);
    double hintWidth = Math.min(side * 0.8, hint.prefWidth(-1));
    double hintHeight = hint.prefHeight(hintWidth);
    hint.resizeRelocate(
        x + (side - hintWidth) / 2, y + (side - hintHeight) / 2, hintWidth, hintHeight);
    if (canvas.getWidth() != side || canvas.getHeight() != side) {
      canvas.setWidth(side);
      canvas.setHeight(side);
      redraw();
    }
  }

  /** Square: as tall as it is wide, so the tools and anything below sit right by the paper. */
  @Override
  public Orientation getContentBias() {
    return Orientation.HORIZONTAL;
  }

  @Override
  protected double computePrefWidth(double height) {
    return 360;
  }

  @Override
  protected double computePrefHeight(double width) {
    return width > 0 ? width : 360;
  }

  private void pressed(MouseEvent event) {
    requestFocus();
    if (event.getButton() == MouseButton.SECONDARY) {
      listener.clearRequested();
    } else if (event.getButton() == MouseButton.PRIMARY && insidePad(event)) {
      drawing = true;
      lastX = relativeX(event);
      lastY = relativeY(event);
      dot(canvas.getGraphicsContext2D(), lastX, lastY);
      listener.strokeStarted(lastX, lastY);
    }
    event.consume();
  }

  private void dragged(MouseEvent event) {
    if (!drawing) {
      return;
    }
    double x = relativeX(event);
    double y = relativeY(event);
    GraphicsContext g = pen();
    g.strokeLine(lastX * side(), lastY * side(), x * side(), y * side());
    lastX = x;
    lastY = y;
    listener.strokeExtended(x, y);
    event.consume();
  }

  private void released(MouseEvent event) {
    if (drawing) {
      drawing = false;
      listener.strokeEnded();
    }
  }

  private boolean insidePad(MouseEvent event) {
    double x = event.getX() - canvas.getLayoutX();
    double y = event.getY() - canvas.getLayoutY();
    return x >= 0 && y >= 0 && x <= side() && y <= side();
  }

  private double relativeX(MouseEvent event) {
    return clamp((event.getX() - canvas.getLayoutX()) / side());
  }

  private double relativeY(MouseEvent event) {
    return clamp((event.getY() - canvas.getLayoutY()) / side());
  }

  private static double clamp(double value) {
    return Double.isFinite(value) ? Math.max(0, Math.min(1, value)) : 0;
  }

  private GraphicsContext pen() {
    GraphicsContext g = canvas.getGraphicsContext2D();
    g.setStroke(ink.getValue());
    g.setFill(ink.getValue());
    g.setLineWidth(side() * InkRaster.BRUSH_FRACTION);
    g.setLineCap(StrokeLineCap.ROUND);
    g.setLineJoin(StrokeLineJoin.ROUND);
    return g;
  }

  private void dot(GraphicsContext g, double x, double y) {
    double diameter = side() * InkRaster.BRUSH_FRACTION;
    pen().fillOval(x * side() - diameter / 2, y * side() - diameter / 2, diameter, diameter);
  }

  private void redraw() {
    GraphicsContext g = canvas.getGraphicsContext2D();
    double side = side();
    g.clearRect(0, 0, side, side);
    float[] image = layer.get();
    if (image != null) {
      // Nearest neighbour: the 28×28 pixels stay crisp squares however big the pad is.
      g.setImageSmoothing(false);
      g.drawImage(DigitImages.of(image, 1, true), 0, 0, side, side);
    }
    for (PadStroke stroke : strokes.get()) {
      drawStroke(stroke);
    }
  }

  private void drawStroke(PadStroke stroke) {
    if (stroke.size() == 1) {
      dot(canvas.getGraphicsContext2D(), stroke.x(0), stroke.y(0));
      return;
    }
    double side = side();
    double[] xs = new double[stroke.size()];
    double[] ys = new double[stroke.size()];
    for (int i = 0; i < stroke.size(); i++) {
      xs[i] = stroke.x(i) * side;
      ys[i] = stroke.y(i) * side;
    }
    pen().strokePolyline(xs, ys, xs.length);
  }
}
