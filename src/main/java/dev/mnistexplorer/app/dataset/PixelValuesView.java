package dev.mnistexplorer.app.dataset;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * One digit enlarged, each of its 28×28 pixels a square with its value written in it: raw 0..255 or
 * normalised −1..1, so a learner sees the numbers the network actually receives. Values of blank
 * background pixels are drawn faintly so the digit's own numbers stand out. Hovering a pixel
 * describes it in {@link #hoverTextProperty()}.
 */
public final class PixelValuesView extends Region {
  private static final Color GRID_LINE = Color.web("#e4e6eb");
  private static final Color FAINT = Color.web("#b8bac4");
  private static final double MIN_CELL_FOR_TEXT = 13;

  private final Canvas canvas = new Canvas();
  private final ObjectProperty<SelectedDigit> digit = new SimpleObjectProperty<>(this, "digit");
  private final BooleanProperty normalised = new SimpleBooleanProperty(this, "normalised");
  private final DoubleProperty uiScale = new SimpleDoubleProperty(this, "uiScale", 1.0);
  private final ReadOnlyStringWrapper hoverText = new ReadOnlyStringWrapper(this, "hoverText", "");

  public PixelValuesView() {
    getStyleClass().add("pixel-values");
    getChildren().add(canvas);
    digit.addListener((obs, old, now) -> redraw());
    normalised.addListener((obs, old, now) -> redraw());
    uiScale.addListener((obs, old, now) -> redraw());
    addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
    addEventHandler(MouseEvent.MOUSE_EXITED, event -> hoverText.set(""));
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

  /** "Row 12, column 14: 253 → 0.98" for the pixel under the mouse, or empty. */
  public ReadOnlyStringProperty hoverTextProperty() {
    return hoverText.getReadOnlyProperty();
  }

  /** Side of one pixel's square at the current size. */
  double cellSize() {
    SelectedDigit shown = digit.get();
    int cells = shown == null ? 28 : Math.max(shown.rows(), shown.cols());
    return Math.floor(Math.min(getWidth(), getHeight()) / cells);
  }

  @Override
  protected void layoutChildren() {
    double side = Math.min(getWidth(), getHeight());
    canvas.setWidth(side);
    canvas.setHeight(side);
    canvas.relocate((getWidth() - side) / 2, 0);
    redraw();
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
    // Square: as tall as it is wide, so no empty band is left between it and what follows.
    return width > 0 ? width : 28 * 16 * uiScale.get();
  }

  @Override
  protected double computeMinWidth(double height) {
    return 28 * 4;
  }

  @Override
  protected double computeMinHeight(double width) {
    return 28 * 4;
  }

  private void redraw() {
    GraphicsContext g = canvas.getGraphicsContext2D();
    g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
    SelectedDigit shown = digit.get();
    if (shown == null) {
      return;
    }
    double cell = cellSize();
    boolean text = cell >= MIN_CELL_FOR_TEXT;
    g.setFont(Font.font(cell * 0.4));
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.CENTER);
    for (int r = 0; r < shown.rows(); r++) {
      for (int c = 0; c < shown.cols(); c++) {
        int i = r * shown.cols() + c;
        Color paper = Color.gray(1 - shown.raw()[i] / 255.0);
        g.setFill(paper);
        g.fillRect(c * cell, r * cell, cell, cell);
        if (text) {
          g.setFill(shown.raw()[i] == 0 ? FAINT : textOn(paper));
          g.fillText(valueText(shown, i), (c + 0.5) * cell, (r + 0.5) * cell, cell - 1);
        }
      }
    }
    drawGridLines(g, shown, cell);
  }

  private void drawGridLines(GraphicsContext g, SelectedDigit shown, double cell) {
    g.setStroke(GRID_LINE);
    g.setLineWidth(Math.max(0.5, 0.5 * uiScale.get()));
    double right = shown.cols() * cell;
    double bottom = shown.rows() * cell;
    for (int r = 0; r <= shown.rows(); r++) {
      g.strokeLine(0, r * cell, right, r * cell);
    }
    for (int c = 0; c <= shown.cols(); c++) {
      g.strokeLine(c * cell, 0, c * cell, bottom);
    }
  }

  private static Color textOn(Color paper) {
    return paper.getBrightness() > 0.55 ? Color.BLACK : Color.WHITE;
  }

  /** "253", or the normalised value with one decimal and no leading zero ("-.4", "1"). */
  String valueText(SelectedDigit shown, int i) {
    if (!normalised.get()) {
      return Integer.toString(shown.raw()[i]);
    }
    return compact(shown.normalised(i));
  }

  static String compact(float value) {
    // One decimal keeps the text legible in a small square; hovering shows two.
    long tenths = Math.round(value * 10);
    if (tenths % 10 == 0) {
      return Long.toString(tenths / 10);
    }
    return (tenths < 0 ? "-." : ".") + Math.abs(tenths % 10);
  }

  private void hover(MouseEvent event) {
    SelectedDigit shown = digit.get();
    double cell = cellSize();
    if (shown == null || cell <= 0) {
      return;
    }
    int c = (int) ((event.getX() - canvas.getLayoutX()) / cell);
    int r = (int) ((event.getY() - canvas.getLayoutY()) / cell);
    if (r < 0 || c < 0 || r >= shown.rows() || c >= shown.cols()) {
      hoverText.set("");
      return;
    }
    int i = r * shown.cols() + c;
    hoverText.set(
        String.format(
            java.util.Locale.ROOT,
            "Row %d, column %d (vector element %d): %d → %.2f",
            r,
            c,
            i,
            shown.raw()[i],
            shown.normalised(i)));
  }
}
