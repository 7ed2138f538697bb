package dev.mnistexplorer.app.predict;

import dev.mnistexplorer.core.inference.GrayImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What is on the drawing pad, as data: an optional image layer (a 28×28 digit sent from another
 * place or read from a file, shown enlarged) under the pen strokes, plus the {@link InkRaster} that
 * mirrors both for the preprocessor. Plain Java, touched on the JavaFX thread only.
 */
final class Sketch {
  private final List<PadStroke> strokes = new ArrayList<>();
  private final InkRaster raster = new InkRaster();
  private float[] layer;
  private int layerLabel = -1;
  private PadStroke current;

  /** The strokes, oldest first (read-only view). */
  List<PadStroke> strokes() {
    return Collections.unmodifiableList(strokes);
  }

  /** The image layer (784 values, ink high) or null. */
  float[] layer() {
    return layer;
  }

  /**
   * The image layer's true label (a dataset digit sent here), or -1: unknown, no image, or strokes
   * drawn over it.
   */
  int label() {
    return strokes.isEmpty() ? layerLabel : -1;
  }

  /** Whether the pad is blank: no strokes and no image. */
  boolean isEmpty() {
    return strokes.isEmpty() && layer == null;
  }

  /** The pad as a 280×280 picture (live; read it before the next change). */
  GrayImage picture() {
    return raster.image();
  }

  /** Starts a stroke at a pad-relative point; a lone point already leaves a dot. */
  void begin(double x, double y) {
    current = new PadStroke();
    current.add(clamp(x), clamp(y));
    strokes.add(current);
    raster.stamp(current);
  }

  /** Continues the current stroke to a point; returns false if no stroke is going. */
  boolean extend(double x, double y) {
    if (current == null) {
      return false;
    }
    int last = current.size() - 1;
    float fromX = current.x(last);
    float fromY = current.y(last);
    current.add(clamp(x), clamp(y));
    raster.stampSegment(fromX, fromY, clamp(x), clamp(y));
    return true;
  }

  /** Ends the current stroke. */
  void end() {
    current = null;
  }

  /** Adds a finished stroke at once. */
  void add(PadStroke stroke) {
    strokes.add(stroke);
    raster.stamp(stroke);
  }

  /** Removes the newest stroke; returns false if there was none. */
  boolean undo() {
    if (strokes.isEmpty()) {
      return false;
    }
    PadStroke removed = strokes.remove(strokes.size() - 1);
    if (removed == current) {
      current = null;
    }
    rebuildRaster();
    return true;
  }

  /** Blank paper: no strokes, no image. */
  void clear() {
    strokes.clear();
    current = null;
    layer = null;
    layerLabel = -1;
    raster.reset(null);
  }

  /** Replaces everything with an image layer (784 values, ink high; its label or -1). */
  void showImage(float[] ink, int label) {
    strokes.clear();
    current = null;
    layer = ink.clone();
    layerLabel = label;
    raster.reset(layer);
  }

  private void rebuildRaster() {
    raster.reset(layer);
    for (PadStroke stroke : strokes) {
      raster.stamp(stroke);
    }
  }

  private static double clamp(double value) {
    return Math.max(0, Math.min(1, value));
  }
}
