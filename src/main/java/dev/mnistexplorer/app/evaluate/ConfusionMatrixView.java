package dev.mnistexplorer.app.evaluate;

import dev.mnistexplorer.app.common.Palette;
import dev.mnistexplorer.app.common.ThemeColors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * The confusion matrix as a heat map: one cell per (true class, predicted class), coloured with
 * viridis on a log scale so that a dozen mistakes still show next to a thousand correct answers,
 * with the count written in each cell. The axis labels are CSS-styled labels (they grow with the
 * projector font); the cells are drawn on a canvas scaled by the UI scale. {@link MatrixNavigation}
 * handles the mouse and the keys.
 */
final class ConfusionMatrixView extends CanvasCells {
  private static final ThemeColors<ConfusionMatrixView> THEME = new ThemeColors<>();

  // Set in evaluate.css from the theme. The cells' viridis colours are data colours (Palette).
  // Thin half-transparent grey lines read on light and dark cells alike.
  private final StyleableProperty<Color> gridColour =
      THEME.colour(this, "-matrix-grid", s -> s.gridColour, Color.gray(0.5, 0.35), this::draw);
  // The hover and focus marks on an empty cell, which shows the theme's background.
  private final StyleableProperty<Color> emptyMarkColour =
      THEME.colour(this, "-matrix-empty-mark", s -> s.emptyMarkColour, Color.BLACK, this::draw);

  private final Label rowTitle = new Label();
  private final Label columnTitle = new Label();
  private final List<Label> rowLabels = new ArrayList<>();
  private final List<Label> columnLabels = new ArrayList<>();
  private final MatrixNavigation navigation;
  private List<String> names = List.of();
  private String fontKey = "";
  private final Map<Integer, Double> fontSizes = new HashMap<>();

  ConfusionMatrixView(DoubleProperty uiScale) {
    super(uiScale);
    getStyleClass().add("confusion-matrix");
    setFocusTraversable(true);
    rowTitle.getStyleClass().add("axis-title");
    rowTitle.setRotate(-90);
    columnTitle.getStyleClass().add("axis-title");
    getChildren().addAll(rowTitle, columnTitle);
    navigation = new MatrixNavigation(this);
    setAccessibleRole(AccessibleRole.TABLE_VIEW);
    setAccessibleRoleDescription(MatrixWords.roleDescription());
    setAccessibleHelp(MatrixWords.keysHelp());
    speak(null);
  }

  /** Shows a confusion matrix ({@code counts[actual][predicted]}) for classes named so. */
  void setData(int[][] counts, List<String> names) {
    this.names = List.copyOf(names);
    rowTitle.setText(EvaluateText.rowTitle(names));
    columnTitle.setText(EvaluateText.columnTitle(names));
    rowLabels.forEach(getChildren()::remove);
    columnLabels.forEach(getChildren()::remove);
    rowLabels.clear();
    columnLabels.clear();
    for (int k = 0; k < counts.length; k++) {
      rowLabels.add(classLabel(k, Pos.CENTER_RIGHT));
      columnLabels.add(classLabel(k, Pos.CENTER_RIGHT));
    }
    getChildren().addAll(rowLabels);
    getChildren().addAll(columnLabels);
    setCounts(counts);
    speak(null);
    navigation.updateReadout();
    requestLayout();
  }

  /**
   * What a screen reader says: the cell the keys moved to ("labelled 4, answered 9: 12 images"),
   * or, until a key moves, the summary ("98.1% right; most confused: 4 answered as 9, 12 times").
   */
  void speak(MatrixCell cell) {
    setAccessibleText(
        cell == null || cell.actual() >= classes()
            ? MatrixWords.summary(counts(), names)
            : MatrixWords.cell(cell, count(cell), names));
  }

  /** A table to assistive technology: as many rows and columns as there are classes. */
  @Override
  public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
    return switch (attribute) {
      case ROW_COUNT, COLUMN_COUNT -> classes();
      default -> super.queryAccessibleAttribute(attribute, parameters);
    };
  }

  private Label classLabel(int index, Pos alignment) {
    Label label = new Label(EvaluateText.name(names, index));
    label.getStyleClass().add("class-label");
    label.setAlignment(alignment);
    return label;
  }

  /** What to do when a cell is clicked or Enter is pressed on it. */
  void setOnOpen(Consumer<MatrixCell> action) {
    navigation.setOnOpen(action);
  }

  /** Describes the hovered cell, or the focused one ("4 predicted as 9: 12 images"). */
  ReadOnlyStringProperty readoutProperty() {
    return navigation.readoutProperty();
  }

  /** The centre of {@code cell} in this control's coordinates (for tests). */
  Point2D cellCenter(MatrixCell cell) {
    double size = cellSize();
    return new Point2D(
        canvas().getLayoutX() + (cell.predicted() + 0.5) * size,
        canvas().getLayoutY() + (cell.actual() + 0.5) * size);
  }

  @Override
  protected void layoutChildren() {
    int n = classes();
    double scale = uiScale();
    double gap = 6 * scale;
    double width = getWidth() - snappedLeftInset() - snappedRightInset();
    double height = getHeight() - snappedTopInset() - snappedBottomInset();
    double titleHeight = rowTitle.prefHeight(-1);
    double rowLabelWidth = maxPref(rowLabels, true);
    double left = titleHeight + rowLabelWidth + 3 * gap;
    double labelWidth = maxPref(columnLabels, true);
    double labelHeight = maxPref(columnLabels, false);
    double below = labelHeight + titleHeight + 2 * gap;
    double size = n == 0 ? 0 : Math.min(width - left, height - below) / n;
    boolean rotate = labelWidth > size * 0.9;
    if (rotate) {
      below = labelWidth + titleHeight + 2 * gap;
      size = n == 0 ? 0 : Math.min(width - left, height - below) / n;
    }
    size = Math.max(0, Math.floor(size));
    double grid = size * n;
    double x = snappedLeftInset() + left + Math.max(0, (width - left - grid) / 2);
    double y = snappedTopInset();
    placeGrid(x, y, size);
    placeClassLabels(x, y, size, gap, rotate);
    centre(rowTitle, x - 2 * gap - rowLabelWidth - titleHeight / 2, y + grid / 2);
    centre(columnTitle, x + grid / 2, y + grid + below - titleHeight / 2);
    draw();
  }

  /**
   * The class names left of each row and under each column of the grid at ({@code x}, {@code y})
   * with cells of {@code size}; the column labels turned upright when {@code rotate}.
   */
  private void placeClassLabels(double x, double y, double size, double gap, boolean rotate) {
    double rowLabelWidth = maxPref(rowLabels, true);
    double labelWidth = maxPref(columnLabels, true);
    double labelHeight = maxPref(columnLabels, false);
    double grid = size * classes();
    for (int k = 0; k < classes(); k++) {
      Label row = rowLabels.get(k);
      double ph = row.prefHeight(-1);
      row.resizeRelocate(x - gap - rowLabelWidth, y + (k + 0.5) * size - ph / 2, rowLabelWidth, ph);
      Label column = columnLabels.get(k);
      column.setRotate(rotate ? -90 : 0);
      double w = rotate ? labelWidth : column.prefWidth(-1);
      double h = column.prefHeight(-1);
      double centreY = y + grid + gap + (rotate ? labelWidth : labelHeight) / 2;
      column.resizeRelocate(x + (k + 0.5) * size - w / 2, centreY - h / 2, w, h);
    }
  }

  private static double maxPref(List<Label> labels, boolean width) {
    double max = 0;
    for (Label label : labels) {
      max = Math.max(max, width ? label.prefWidth(-1) : label.prefHeight(-1));
    }
    return max;
  }

  private static void centre(Label label, double x, double y) {
    double w = label.prefWidth(-1);
    double h = label.prefHeight(-1);
    label.resizeRelocate(x - w / 2, y - h / 2, w, h);
  }

  @Override
  protected double computePrefWidth(double height) {
    return 480 * uiScale();
  }

  @Override
  public Orientation getContentBias() {
    return Orientation.HORIZONTAL;
  }

  /** As tall as a square grid as wide as the width allows, plus the labels under it. */
  @Override
  protected double computePrefHeight(double width) {
    if (width < 0) {
      return 480 * uiScale();
    }
    double gap = 6 * uiScale();
    double titleHeight = rowTitle.prefHeight(-1);
    double left = titleHeight + maxPref(rowLabels, true) + 3 * gap;
    double below = maxPref(columnLabels, false) + titleHeight + 2 * gap;
    double grid = Math.max(0, width - snappedLeftInset() - snappedRightInset() - left);
    return snappedTopInset() + grid + below + snappedBottomInset();
  }

  @Override
  protected double computeMinWidth(double height) {
    return 180 * uiScale();
  }

  @Override
  protected double computeMinHeight(double width) {
    return 200 * uiScale();
  }

  @Override
  protected void drawCell(GraphicsContext g, MatrixCell cell, double x, double y, double size) {
    int count = count(cell);
    Color fill = count == 0 ? null : colour(count);
    if (fill != null) {
      g.setFill(fill);
      g.fillRect(x, y, size, size);
    }
    double fontSize = countFontSize(count);
    if (count > 0 && fontSize >= CountFont.MIN_SIZE) {
      g.setFont(CountFont.font(fontSize));
      g.setTextAlign(TextAlignment.CENTER);
      g.setTextBaseline(VPos.CENTER);
      g.setFill(Palette.textOn(fill));
      g.fillText(Integer.toString(count), x + size / 2, y + size / 2);
    }
  }

  /**
   * The font size for {@code count}: as large as the UI scale asks, small enough that the count
   * fits its cell. One size per number of digits, so the few mistakes (one or two digits) stay
   * large enough to read from the back of a room while the diagonal's thousands get smaller.
   */
  double countFontSize(int count) {
    if (cellSize() <= 0) {
      return 0;
    }
    String key = cellSize() + "x" + uiScale();
    if (!key.equals(fontKey)) {
      fontKey = key;
      fontSizes.clear();
    }
    int digits = Integer.toString(count).length();
    return fontSizes.computeIfAbsent(
        digits, d -> CountFont.fontSize("8".repeat(d), cellSize(), 14 * uiScale()));
  }

  /**
   * Viridis at log(1 + count) / log(1 + max): on a linear scale every mistake would be as dark as
   * an empty cell next to the diagonal's thousand correct answers.
   */
  private Color colour(int count) {
    return Palette.viridis(Math.log1p(count) / Math.log1p(maxCount()));
  }

  @Override
  protected void drawMarks(GraphicsContext g) {
    MatrixCell hovered = navigation.hovered();
    if (hovered != null) {
      outline(g, hovered, contrast(hovered), 2, 1, false);
    }
    if (isFocused() && focusedCell() != null) {
      outline(g, focusedCell(), contrast(focusedCell()), 2, 4, true);
    }
    MatrixCell selected = selectedCell();
    if (selected != null) {
      outline(g, selected, Color.BLACK, 5, 0, false);
      outline(g, selected, Color.WHITE, 2, 1.5, false);
    }
  }

  private Color contrast(MatrixCell cell) {
    int count = count(cell);
    return count == 0 ? emptyMarkColour.getValue() : Palette.textOn(colour(count));
  }

  @Override
  protected Color gridLineColour() {
    return gridColour.getValue();
  }

  @Override
  public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
    return THEME.cssMetaData();
  }

  /** Describes {@code cell} in words ("4 predicted as 9: 12 images"). */
  String describe(MatrixCell cell) {
    return EvaluateText.cell(cell, count(cell), names);
  }
}
