package dev.mnistexplorer.app.predict;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.core.inference.CanvasPreprocessor;
import dev.mnistexplorer.core.inspect.ArgbImage;
import dev.mnistexplorer.core.inspect.WeightTiles;
import javafx.beans.property.DoubleProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * "What the network sees": the preprocessed 28×28 input enlarged by a whole factor, each pixel a
 * crisp square (light ink on black, as MNIST digits are shown), with a faint pixel grid so the 784
 * inputs can be counted. Without an input it shows the empty black field. An overlay of signed
 * values per pixel (an attribution: "why this answer") replaces the picture while it is set, in the
 * diverging blue–white–orange palette centred on 0. Drawn for the screen's own pixels, so it stays
 * crisp at 200% desktop scaling.
 */
public final class NetworkInputView extends Region {
  private static final I18n TR = I18n.forPackageOf(NetworkInputView.class);
  private static final int SIDE = CanvasPreprocessor.MNIST_SIDE;
  private static final double GRID_OPACITY = 0.25;

  /** The focus ring's distance from the picture, in layout units. */
  private static final double RING = 3;

  /** Ink above this counts as a pixel with ink, for the spoken description. */
  private static final float INKED = 0.1f;

  private final Canvas canvas = new Canvas();
  private final Region focusRing = new Region();
  private final DoubleProperty uiScale;
  private float[] input;
  private float[] overlay;
  private float overlayScale;
  private String overlayDescription = "";

  /** {@code uiScale} widens the grid lines in projector mode. */
  public NetworkInputView(DoubleProperty uiScale) {
    this.uiScale = uiScale;
    getStyleClass().add("network-input");
    focusRing.getStyleClass().add("network-input-ring");
    focusRing.setMouseTransparent(true);
    focusRing.visibleProperty().bind(focusedProperty());
    getChildren().addAll(canvas, focusRing);
    setAccessibleRole(AccessibleRole.IMAGE_VIEW);
    // A screen reader reaches it with Tab and reads what the network is given.
    setFocusTraversable(true);
    describe();
    uiScale.addListener(o -> redraw());
    OutputScale.follow(this, this::redraw);
  }

  /** Shows 784 values in 0..1 (ink high), or the empty field for null. */
  public void setInput(float[] pixels) {
    input = pixels;
    describe();
    redraw();
  }

  /**
   * Draws 784 signed values over the input, ±{@code scale} the strongest colours, described for
   * screen readers by {@code description}; null values remove the overlay.
   */
  public void setOverlay(float[] values, float scale, String description) {
    overlay = values;
    overlayScale = scale;
    overlayDescription = description;
    describe();
    redraw();
  }

  /** Whether an overlay is drawn. */
  public boolean hasOverlay() {
    return overlay != null;
  }

  /** "What the network sees: 28 by 28 pixels, 96 of them with ink", or the overlay's words. */
  static String description(float[] pixels) {
    if (pixels == null) {
      return TR.tr("What the network sees: 28 by 28 pixels, all black (no digit yet)");
    }
    int inked = 0;
    for (float ink : pixels) {
      inked += ink > INKED ? 1 : 0;
    }
    return TR.format(
        "What the network sees: 28 by 28 pixels, %d of the %d with ink", inked, pixels.length);
  }

  private void describe() {
    setAccessibleText(overlay == null ? description(input) : overlayDescription);
  }

  @Override
  protected void layoutChildren() {
    double available =
        Math.min(
            getWidth() - snappedLeftInset() - snappedRightInset(),
            getHeight() - snappedTopInset() - snappedBottomInset());
    // A whole number of screen pixels per input pixel keeps every square the same size.
    double side = Math.max(SIDE, Math.floor(available / SIDE) * SIDE);
    double x = Math.round((getWidth() - side) / 2);
    double y = Math.round((getHeight() - side) / 2);
    canvas.relocate(x, y);
    focusRing.resizeRelocate(x - RING, y - RING, side + 2 * RING, side + 2 * RING);
    if (canvas.getWidth() != side) {
      canvas.setWidth(side);
      canvas.setHeight(side);
      redraw();
    }
  }

  @Override
  protected double computePrefWidth(double height) {
    return snappedLeftInset() + snappedRightInset() + SIDE * 6;
  }

  @Override
  protected double computePrefHeight(double width) {
    return snappedTopInset() + snappedBottomInset() + SIDE * 6;
  }

  /**
   * Paints the picture in device pixels (the layout side times the output scale) and draws it 1:1,
   * so neither the squares nor the grid lines are stretched by the renderer.
   */
  private void redraw() {
    double side = canvas.getWidth();
    if (side <= 0) {
      return;
    }
    double outputScale = OutputScale.of(this);
    int zoom = Math.max(1, (int) Math.round(side / SIDE * outputScale));
    ArgbImage picture =
        overlay != null
            ? WeightTiles.heatMap(overlay, SIDE, SIDE, overlayScale, Math.min(zoom, 64))
            : PixelArt.digit(input == null ? new float[SIDE * SIDE] : input, zoom);
    int cell = picture.width() / SIDE;
    int line = Math.max(1, (int) Math.round(Math.max(1, uiScale.get()) * 0.5 * outputScale));
    GraphicsContext g = canvas.getGraphicsContext2D();
    g.clearRect(0, 0, side, side);
    g.setImageSmoothing(false);
    g.drawImage(
        PixelArt.toImage(PixelArt.withGrid(picture, cell, line, GRID_OPACITY)), 0, 0, side, side);
  }
}
