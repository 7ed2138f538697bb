package dev.mnistexplorer.app.dataset;

import dev.mnistexplorer.app.common.DigitImages;
import dev.mnistexplorer.app.common.UiNumbers;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.TilePane;

/**
 * The mean image of each class, one small button per class (image above, class name below): what an
 * "average 3" looks like. Pressing one filters the grid to that class. The tiles wrap onto more
 * rows when the window is narrow or the text large.
 */
public final class ClassMeans extends TilePane {
  private IntConsumer onClassChosen = label -> {};
  private double uiScale = 1.0;

  public ClassMeans() {
    getStyleClass().add("class-means");
  }

  public void setOnClassChosen(IntConsumer action) {
    onClassChosen = action;
  }

  /** Shows {@code stats}' means (or nothing for null) with {@code names} under them. */
  public void show(ClassStatistics stats, List<String> names, double scale) {
    uiScale = scale;
    getChildren().clear();
    if (stats == null) {
      return;
    }
    for (int c = 0; c < stats.means().length; c++) {
      getChildren().add(tile(c, stats, names.get(c)));
    }
  }

  private Button tile(int label, ClassStatistics stats, String name) {
    ImageView image = new ImageView(DigitImages.of(stats.means()[label], 2, true));
    image.setFitWidth(40 * uiScale);
    image.setFitHeight(40 * uiScale);
    Button tile = new Button(name, image);
    tile.setContentDisplay(ContentDisplay.TOP);
    tile.getStyleClass().add("class-mean");
    tile.setTooltip(
        new Tooltip(
            UiNumbers.format(
                "Mean of the %,d images labelled %s; press to show only them",
                stats.counts()[label], name)));
    tile.setOnAction(event -> onClassChosen.accept(label));
    return tile;
  }
}
