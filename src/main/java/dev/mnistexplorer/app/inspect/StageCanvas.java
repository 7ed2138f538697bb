package dev.mnistexplorer.app.inspect;

import dev.mnistexplorer.app.common.ThemeColors;
import dev.mnistexplorer.core.inspect.DivergingPalette;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * One stage's values as a picture: a heat map of cells (an image as its 28×28 pixels, a vector as a
 * near-square grid, see {@link StageGrid}) or, for the ten classes, labelled bars from a zero line.
 * Cells take the diverging palette's colours, centred on 0 with a symmetric scale (the largest
 * magnitude), so blue is negative, orange positive and white zero in every stage; bars take its two
 * ends, their length telling the size. Exposes the value under the pointer as an index; knows no
 * model.
 */
final class StageCanvas extends Region {
  private static final ThemeColors<StageCanvas> THEME = new ThemeColors<>();

  // Set in inspect.css from the theme; the cells' own colours are data colours.
  private final StyleableProperty<Color> textColour =
      THEME.colour(this, "-stage-text", s -> s.textColour, Color.gray(0.1), this::draw);
  private final StyleableProperty<Color> lineColour =
      THEME.colour(this, "-stage-line", s -> s.lineColour, Color.gray(0.5, 0.5), this::draw);
  private final StyleableProperty<Color> hoverColour =
      THEME.colour(this, "-stage-hover", s -> s.hoverColour, Color.BLACK, this::draw);

  private final Canvas canvas = new Canvas();
  private final DoubleProperty uiScale;
  private final ReadOnlyIntegerWrapper hovered = new ReadOnlyIntegerWrapper(-1);
  private float[] values = new float[0];
  private StageGrid grid = new StageGrid(1, 1, false);
  private List<String> barNames = List.of();
  private WritableImage cells;

  StageCanvas(DoubleProperty uiScale) {
    this.uiScale = uiScale;
    getStyleClass().add("stage-canvas");
    getChildren().add(canvas);
    setAccessibleRole(AccessibleRole.IMAGE_VIEW);
    uiScale.addListener(o -> draw());
    setOnMouseMoved(this::pointAt);
    setOnMouseDragged(this::pointAt);
    setOnMouseExited(event -> hovered.set(-1));
    hovered.addListener(o -> draw());
  }

  /** Shows {@code shown} laid out by {@code layout}; bars are named by {@code names}. */
  void show(float[] shown, StageGrid layout, List<String> names) {
    values = shown;
    grid = layout;
    barNames = names;
    cells = layout.bars() ? null : heatMap(shown, layout);
    if (hovered.get() >= shown.length) {
      hovered.set(-1);
    }
    draw();
  }

  /** The index of the value under the pointer (or the keyboard's value cursor), or -1. */
  ReadOnlyIntegerProperty hoveredProperty() {
    return hovered.getReadOnlyProperty();
  }

  /**
   * Moves the value cursor by {@code values} (or by {@code rows} rows of the grid), from the first
   * value when there is none, clamped to the values: the keyboard's way to read what the pointer
   * reads.
   */
  void moveCursor(int values, int rows) {
    if (this.values.length == 0) {
      return;
    }
    int from = hovered.get() < 0 ? 0 : hovered.get() + values + rows * grid.columns();
    hovered.set(Math.max(0, Math.min(this.values.length - 1, from)));
  }

  /** Puts the value cursor away (the stage lost the focus). */
  void hideCursor() {
    hovered.set(-1);
  }

  private static WritableImage heatMap(float[] values, StageGrid grid) {
    float scale = 0;
    for (float value : values) {
      scale = Math.max(scale, Math.abs(value));
    }
    int[] argb = new int[grid.rows() * grid.columns()]; // cells past the end stay transparent
    for (int i = 0; i < values.length && i < argb.length; i++) {
      argb[i] = DivergingPalette.argb(values[i], scale);
    }
    WritableImage image = new WritableImage(grid.columns(), grid.rows());
    image
        .getPixelWriter()
        .setPixels(
            0,
            0,
            grid.columns(),
            grid.rows(),
            PixelFormat.getIntArgbInstance(),
            argb,
            0,
            grid.columns());
    return image;
  }

  private void pointAt(MouseEvent event) {
    double x = event.getX() - canvas.getLayoutX();
    double y = event.getY() - canvas.getLayoutY();
    if (grid.bars()) {
      double column = canvas.getWidth() / Math.max(1, values.length);
      hovered.set(
          x < 0 || x >= canvas.getWidth() || y < 0 || y >= canvas.getHeight()
              ? -1
              : grid.indexAt(0, (int) (x / column), values.length));
      return;
    }
    double cell = cellSize();
    hovered.set(
        cell <= 0
            ? -1
            : grid.indexAt((int) Math.floor(y / cell), (int) Math.floor(x / cell), values.length));
  }

  /** The side of one heat-map cell in pixels: the grid fills the canvas's smaller side. */
  private double cellSize() {
    return Math.min(canvas.getWidth() / grid.columns(), canvas.getHeight() / grid.rows());
  }

  @Override
  protected void layoutChildren() {
    double width = snapSizeX(getWidth() - snappedLeftInset() - snappedRightInset());
    double height = snapSizeY(getHeight() - snappedTopInset() - snappedBottomInset());
    canvas.relocate(snappedLeftInset(), snappedTopInset());
    if (canvas.getWidth() != width || canvas.getHeight() != height) {
      canvas.setWidth(Math.max(0, width));
      canvas.setHeight(Math.max(0, height));
      draw();
    }
  }

  private void draw() {
    GraphicsContext g = canvas.getGraphicsContext2D();
    g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
    if (values.length == 0 || canvas.getWidth() <= 0) {
      return;
    }
    if (grid.bars()) {
      drawBars(g);
    } else {
      drawCells(g);
    }
  }

  private void drawCells(GraphicsContext g) {
    double cell = cellSize();
    double width = cell * grid.columns();
    double height = cell * grid.rows();
    g.setImageSmoothing(false);
    g.drawImage(cells, 0, 0, width, height);
    double scale = Math.max(1, uiScale.get());
    g.setStroke(lineColour.getValue());
    g.setLineWidth(scale);
    g.strokeRect(0, 0, width, height);
    int index = hovered.get();
    if (index >= 0 && cell >= 3) {
      g.setStroke(hoverColour.getValue());
      g.setLineWidth(Math.max(1, Math.min(2 * scale, cell / 4)));
      g.strokeRect((index % grid.columns()) * cell, (index / grid.columns()) * cell, cell, cell);
    }
  }

  private void drawBars(GraphicsContext g) {
    double scale = Math.max(1, uiScale.get());
    double fontSize = 11 * scale;
    double labelHeight = fontSize * 1.5;
    double width = canvas.getWidth();
    double top = 2 * scale;
    double height = canvas.getHeight() - labelHeight - top;
    float min = 0;
    float max = 0;
    for (float value : values) {
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
    double span = max - min == 0 ? 1 : max - min;
    double zero = top + height * max / span;
    double column = width / values.length;
    for (int i = 0; i < values.length; i++) {
      double y = top + height * (max - values[i]) / span;
      g.setFill(
          colour(values[i] < 0 ? DivergingPalette.MOST_NEGATIVE : DivergingPalette.MOST_POSITIVE));
      g.fillRect(i * column + column * 0.15, Math.min(y, zero), column * 0.7, Math.abs(zero - y));
    }
    g.setStroke(lineColour.getValue());
    g.setLineWidth(scale);
    g.strokeLine(0, zero, width, zero);
    drawBarNames(g, fontSize, column);
  }

  private void drawBarNames(GraphicsContext g, double fontSize, double column) {
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.BOTTOM);
    for (int i = 0; i < values.length; i++) {
      boolean hover = i == hovered.get();
      g.setFill(hover ? hoverColour.getValue() : textColour.getValue());
      g.setFont(Font.font(null, hover ? FontWeight.BOLD : FontWeight.NORMAL, fontSize));
      String name = i < barNames.size() ? barNames.get(i) : Integer.toString(i);
      g.fillText(name, (i + 0.5) * column, canvas.getHeight(), column);
    }
  }

  /** A bar's length tells its size, so its colour says only its sign (the palette's ends). */
  private static Color colour(int argb) {
    return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF);
  }

  @Override
  public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
    return THEME.cssMetaData();
  }
}
