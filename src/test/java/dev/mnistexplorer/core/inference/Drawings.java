package dev.mnistexplorer.core.inference;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/** Digit-like test pictures drawn with round, anti-aliased pen strokes, and checks on results. */
final class Drawings {
  private Drawings() {}

  /** Black ink on white paper, like the drawing pad. */
  static GrayImage darkOnLight(int width, int height, float penWidth, Shape... strokes) {
    return draw(width, height, penWidth, Color.WHITE, Color.BLACK, strokes);
  }

  /** White ink on black, like MNIST. */
  static GrayImage lightOnDark(int width, int height, float penWidth, Shape... strokes) {
    return draw(width, height, penWidth, Color.BLACK, Color.WHITE, strokes);
  }

  static BufferedImage drawImage(
      int width, int height, float penWidth, Color paper, Color ink, Shape... strokes) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(paper);
    g.fillRect(0, 0, width, height);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(ink);
    g.setStroke(new BasicStroke(penWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    for (Shape stroke : strokes) {
      g.draw(stroke);
    }
    g.dispose();
    return image;
  }

  private static GrayImage draw(
      int width, int height, float penWidth, Color paper, Color ink, Shape... strokes) {
    Raster raster = drawImage(width, height, penWidth, paper, ink, strokes).getRaster();
    float[] values = new float[width * height];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        values[y * width + x] = raster.getSample(x, y, 0) / 255f;
      }
    }
    return new GrayImage(width, height, values);
  }

  /** A "7": a top bar and a long diagonal, inside the given box. */
  static Shape seven(float left, float top, float width, float height) {
    Path2D.Float path = new Path2D.Float();
    path.moveTo(left, top);
    path.lineTo(left + width, top);
    path.lineTo(left + width * 0.3f, top + height);
    return path;
  }

  /** A "1": a single upright stroke. */
  static Shape one(float x, float top, float bottom) {
    return new Line2D.Float(x, top, x, bottom);
  }

  /** A "0": an upright ring. */
  static Shape zero(float left, float top, float width, float height) {
    return new Ellipse2D.Float(left, top, width, height);
  }

  /** Centre of mass of a 28x28 result, x then y, in pixel-index coordinates. */
  static double[] centreOfMass(float[] mnist) {
    double mass = 0;
    double x = 0;
    double y = 0;
    for (int i = 0; i < mnist.length; i++) {
      mass += mnist[i];
      x += mnist[i] * (i % 28);
      y += mnist[i] * (i / 28);
    }
    return new double[] {x / mass, y / mass};
  }

  /** Bounding box of values above {@code threshold}: {left, top, width, height}. */
  static int[] box(float[] mnist, float threshold) {
    int left = 28;
    int top = 28;
    int right = -1;
    int bottom = -1;
    for (int i = 0; i < mnist.length; i++) {
      if (mnist[i] > threshold) {
        left = Math.min(left, i % 28);
        right = Math.max(right, i % 28);
        top = Math.min(top, i / 28);
        bottom = Math.max(bottom, i / 28);
      }
    }
    return new int[] {left, top, right - left + 1, bottom - top + 1};
  }

  static float max(float[] values) {
    float max = Float.NEGATIVE_INFINITY;
    for (float value : values) {
      max = Math.max(max, value);
    }
    return max;
  }
}
