package dev.mnistexplorer.app.dataset;

import dev.mnistexplorer.app.common.I18n;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.TilePane;

/**
 * The mean image of each class, one small button per class (image above, class name below): what an
 * "average 3" looks like. Pressing one filters the grid to that class. The tiles wrap onto more
 * rows when the window is narrow or the text large. Each image is made at the screen's own
 * resolution and shown unsmoothed, so the means stay sharp at 200 % desktop scaling.
 */
public final class ClassMeans extends TilePane {
  private static final I18n TR = I18n.forPackageOf(ClassMeans.class);

  /** Side of a mean image in layout pixels at 100 %. */
  private static final double SIDE = 40;

  private final ReadOnlyDoubleProperty outputScale = OutputScale.of(this);
  private IntConsumer onClassChosen = label -> {};
  private ClassStatistics statistics;
  private List<String> names = List.of();
  private double uiScale = 1.0;

  public ClassMeans() {
    getStyleClass().add("class-means");
    setAccessibleText(TR.tr("Mean image of each class"));
    outputScale.addListener((obs, old, now) -> rebuild());
  }

  public void setOnClassChosen(IntConsumer action) {
    onClassChosen = action;
  }

  /** Shows {@code stats}' means (or nothing for null) with {@code names} under them. */
  public void show(ClassStatistics stats, List<String> classNames, double scale) {
    statistics = stats;
    names = classNames;
    uiScale = scale;
    rebuild();
  }

  private void rebuild() {
    getChildren().clear();
    if (statistics == null) {
      return;
    }
    for (int c = 0; c < statistics.means().length; c++) {
      getChildren().add(tile(c, statistics, names.get(c)));
    }
  }

  private Button tile(int label, ClassStatistics stats, String name) {
    double side = SIDE * uiScale;
    int deviceSide = (int) Math.round(side * outputScale.get());
    ImageView image = new ImageView(meanImage(stats.means()[label], deviceSide));
    image.setFitWidth(side);
    image.setFitHeight(side);
    image.setSmooth(false);
    Button tile = new Button(name, image);
    tile.setContentDisplay(ContentDisplay.TOP);
    tile.getStyleClass().add("class-mean");
    int count = stats.counts()[label];
    tile.setTooltip(
        new Tooltip(
            TR.format("Mean of the %,d images labelled %s; press to show only them", count, name)));
    tile.setAccessibleText(TR.format("Mean image of class %s, %,d images", name, count));
    tile.setAccessibleHelp(TR.tr("Press Space to show only this class in the grid"));
    tile.setOnAction(event -> onClassChosen.accept(label));
    return tile;
  }

  /**
   * A {@code side} × {@code side} picture of a 28×28 mean (0..1, ink high), ink dark on paper, each
   * device pixel taking its nearest source pixel: no smoothing, so strokes keep their edges.
   */
  static WritableImage meanImage(float[] unitPixels, int side) {
    int size = Math.max(1, side);
    WritableImage image = new WritableImage(size, size);
    PixelWriter writer = image.getPixelWriter();
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        float ink = unitPixels[(y * 28 / size) * 28 + x * 28 / size];
        int grey = Math.round((1f - ink) * 255f);
        writer.setArgb(x, y, 0xFF000000 | grey << 16 | grey << 8 | grey);
      }
    }
    return image;
  }
}
