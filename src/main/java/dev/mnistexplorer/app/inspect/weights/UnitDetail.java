package dev.mnistexplorer.app.inspect.weights;

import dev.mnistexplorer.app.common.DigitImages;
import dev.mnistexplorer.core.inspect.ArgbImage;
import javafx.beans.property.DoubleProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/**
 * The chosen unit up close: its incoming weights large, its bias and extremes, and the test digits
 * that excite it most, each with its activation. Knows no model: the controller hands it pictures
 * and words.
 */
final class UnitDetail extends VBox {
  /** Pixels per weight of the large tile (times the UI scale). */
  static final int LARGE_ZOOM = 9;

  final Label title = new Label(WeightsText.noUnit());
  final ImageView tile = new ImageView();
  final Label numbers = new Label();
  final Label digitsHeading = new Label();
  final TilePane digits = new TilePane();
  private final DoubleProperty uiScale;

  UnitDetail(DoubleProperty uiScale) {
    this.uiScale = uiScale;
    getStyleClass().add("unit-detail");
    title.getStyleClass().add("section-title");
    title.setWrapText(true);
    title.setMinHeight(Region.USE_PREF_SIZE);
    tile.getStyleClass().add("unit-tile");
    tile.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
    tile.setSmooth(false);
    numbers.getStyleClass().add("unit-numbers");
    numbers.setWrapText(true);
    numbers.setMinHeight(Region.USE_PREF_SIZE);
    digitsHeading.getStyleClass().add("muted");
    digitsHeading.setWrapText(true);
    digitsHeading.setMinHeight(Region.USE_PREF_SIZE);
    digits.getStyleClass().add("exciting-digits");
    digits.setPrefColumns(4);
    getChildren().addAll(title, tile, numbers, digitsHeading, digits);
  }

  /** The zoom of the large tile now. */
  int largeZoom() {
    return (int) Math.round(LARGE_ZOOM * uiScale.get());
  }

  /** Shows a picture of the chosen unit's weights (null: none chosen). */
  void showTile(ArgbImage picture, String accessibleText) {
    tile.setAccessibleText(accessibleText);
    if (picture == null) {
      tile.setImage(null);
      return;
    }
    WritableImage image = new WritableImage(picture.width(), picture.height());
    image
        .getPixelWriter()
        .setPixels(
            0,
            0,
            picture.width(),
            picture.height(),
            PixelFormat.getIntArgbInstance(),
            picture.pixels(),
            0,
            picture.width());
    tile.setImage(image);
  }

  /** Removes the exciting digits (none chosen, or being looked for). */
  void clearDigits() {
    digits.getChildren().clear();
  }

  /** Adds one exciting digit: its picture, its activation under it, a tooltip. */
  void addDigit(float[] unitPixels, String caption, String tooltip) {
    int scale = Math.max(1, (int) Math.round(2 * uiScale.get()));
    ImageView picture = new ImageView(DigitImages.of(unitPixels, scale, true));
    picture.setSmooth(false); // pixel art stays sharp squares at 200% desktop scaling
    Label cell = new Label(caption, picture);
    cell.setContentDisplay(ContentDisplay.TOP);
    cell.getStyleClass().add("exciting-digit");
    cell.setTooltip(new Tooltip(tooltip));
    cell.setAccessibleText(tooltip);
    digits.getChildren().add(cell);
  }
}
