package dev.mnistexplorer.app.predict;

import dev.mnistexplorer.app.common.DigitImages;
import dev.mnistexplorer.core.inference.CanvasPreprocessor;
import dev.mnistexplorer.core.inspect.ArgbImage;
import dev.mnistexplorer.core.inspect.WeightTiles;
import javafx.beans.property.DoubleProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * "What the network sees": the preprocessed 28×28 input enlarged by a whole factor, each pixel a
 * crisp square (light ink on black, as MNIST digits are shown), with a faint pixel grid so the 784
 * inputs can be counted. Without an input it shows the empty black field. An overlay of signed
 * values per pixel (an attribution: "why this answer") replaces the picture while it is set, in the
 * diverging blue–white–orange palette centred on 0.
 */
public final class NetworkInputView extends Region {
  private static final int SIDE = CanvasPreprocessor.MNIST_SIDE;
  private static final Color GRID = Color.gray(0.5, 0.25);
  private static final String DESCRIPTION = "The 28 by 28 pixel image the network is given";

  private final Canvas canvas = new Canvas();
  private final DoubleProperty uiScale;
  private float[] input;
  private float[] overlay;
  private float overlayScale;

  /** {@code uiScale} widens the grid lines in projector mode. */
  public NetworkInputView(DoubleProperty uiScale) {
    this.uiScale = uiScale;
    getStyleClass().add("network-input");
    getChildren().add(canvas);
    setAccessibleRole(AccessibleRole.IMAGE_VIEW);
    setAccessibleText(DESCRIPTION);
    uiScale.addListener(o -> redraw());
  }

  /** Shows 784 values in 0..1 (ink high), or the empty field for null. */
  public void setInput(float[] pixels) {
    input = pixels;
    redraw();
  }

  /**
   * Draws 784 signed values over the input, ±{@code scale} the strongest colours, described for
   * screen readers by {@code description}; null values remove the overlay.
   */
  public void setOverlay(float[] values, float scale, String description) {
    overlay = values;
    overlayScale = scale;
    setAccessibleText(values == null ? DESCRIPTION : description);
    redraw();
  }

  /** Whether an overlay is drawn. */
  public boolean hasOverlay() {
    return overlay != null;
  }

  @Override
  protected void layoutChildren() {
    double available =
        Math.min(
            getWidth() - snappedLeftInset() - snappedRightInset(),
            getHeight() - snappedTopInset() - snappedBottomInset());
    // A whole number of screen pixels per input pixel keeps every square the same size.
    double side = Math.max(SIDE, Math.floor(available / SIDE) * SIDE);
    canvas.relocate(Math.round((getWidth() - side) / 2), Math.round((getHeight() - side) / 2));
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

  private void redraw() {
    double side = canvas.getWidth();
    if (side <= 0) {
      return;
    }
    int scale = (int) (side / SIDE);
    GraphicsContext g = canvas.getGraphicsContext2D();
    g.setImageSmoothing(false);
    if (overlay != null) {
      ArgbImage heatMap =
          WeightTiles.heatMap(overlay, SIDE, SIDE, overlayScale, Math.min(scale, 64));
      g.getPixelWriter()
          .setPixels(
              0,
              0,
              heatMap.width(),
              heatMap.height(),
              PixelFormat.getIntArgbInstance(),
              heatMap.pixels(),
              0,
              heatMap.width());
    } else {
      g.drawImage(
          DigitImages.of(input == null ? new float[SIDE * SIDE] : input, scale, false), 0, 0);
    }
    g.setStroke(GRID);
    g.setLineWidth(Math.max(1, uiScale.get()) * 0.5);
    for (int i = 1; i < SIDE; i++) {
      double at = i * scale;
      g.strokeLine(at, 0, at, side);
      g.strokeLine(0, at, side, at);
    }
  }
}
