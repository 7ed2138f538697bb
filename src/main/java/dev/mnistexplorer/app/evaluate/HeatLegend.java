package dev.mnistexplorer.app.evaluate;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.Palette;
import dev.mnistexplorer.app.common.UiNumbers;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;

/**
 * The heat map's key: the viridis ramp from one image to the fullest cell, on the same log scale as
 * the matrix, so a teacher can say "the brighter, the more images".
 */
final class HeatLegend extends VBox {
  private static final I18n TR = I18n.forPackageOf(HeatLegend.class);

  private final Label low = new Label("1");
  private final Label high = new Label();
  private final Region ramp = new Region();

  HeatLegend() {
    getStyleClass().add("heat-legend");
    setAccessibleRole(AccessibleRole.TEXT);
    ramp.getStyleClass().add("heat-ramp");
    List<Stop> stops = new ArrayList<>();
    for (int k = 0; k <= 10; k++) {
      stops.add(new Stop(k / 10.0, Palette.viridis(k / 10.0)));
    }
    // The ramp's colours are data (Palette), not theme: set in code, sized in the stylesheet.
    ramp.setBackground(
        new Background(
            new BackgroundFill(
                new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, stops),
                CornerRadii.EMPTY,
                Insets.EMPTY)));
    Label what = new Label(TR.tr("images per cell (log scale)"));
    what.getStyleClass().add("muted");
    what.setWrapText(true);
    what.setMinHeight(Region.USE_PREF_SIZE);
    low.setMinWidth(Region.USE_PREF_SIZE);
    high.setMinWidth(Region.USE_PREF_SIZE);
    // The words under the ramp, not beside it: beside, a narrow column cut them letter by letter.
    HBox scale = new HBox(low, ramp, high);
    scale.getStyleClass().add("heat-scale");
    getChildren().addAll(scale, what);
    setVisible(false);
  }

  /** Shows the ramp up to {@code max} images. */
  void setMax(int max) {
    high.setText(UiNumbers.format("%,d", max));
    setVisible(max > 0);
    setAccessibleText(
        TR.format(
            "Colour key: from dark purple for 1 image to yellow for %,d images, on a log scale",
            max));
  }
}
