package dev.mnistexplorer.app.inspect.weights;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.core.inspect.DivergingPalette;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;

/**
 * The tiles' colour key: the diverging ramp from blue (most negative) through white (0) to orange
 * (most positive), its ends' values under it and a sentence saying what the ends mean.
 */
final class WeightsLegend extends VBox {
  private static final I18n TR = I18n.forPackageOf(WeightsLegend.class);

  final Label low = new Label();
  final Label zero = new Label("0");
  final Label high = new Label();
  final Label caption = new Label();
  private final Region ramp = new Region();

  WeightsLegend() {
    getStyleClass().add("weights-legend");
    ramp.getStyleClass().add("weights-ramp");
    List<Stop> stops = new ArrayList<>();
    int[] colours = DivergingPalette.legend(21);
    for (int k = 0; k < colours.length; k++) {
      stops.add(new Stop(k / (colours.length - 1.0), colour(colours[k])));
    }
    // The ramp's colours are data (the palette), not theme: set in code, sized in the stylesheet.
    ramp.setBackground(
        new Background(
            new BackgroundFill(
                new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, stops),
                CornerRadii.EMPTY,
                Insets.EMPTY)));
    for (Label end : new Label[] {low, zero, high}) {
      end.setMinWidth(Region.USE_PREF_SIZE);
      end.getStyleClass().add("weights-legend-value");
    }
    BorderPane ends = new BorderPane(zero, null, high, null, low);
    ends.getStyleClass().add("weights-legend-ends");
    VBox scale = new VBox(ramp, ends);
    scale.getStyleClass().add("weights-legend-scale");
    caption.getStyleClass().add("muted");
    caption.setWrapText(true);
    caption.setMinHeight(Region.USE_PREF_SIZE);
    getChildren().addAll(scale, caption);
    setAccessibleRole(AccessibleRole.TEXT);
    show("", "", "");
  }

  /** Shows the ends ("−0.431", "+0.431") and the sentence. */
  void show(String lowText, String highText, String captionText) {
    low.setText(lowText);
    high.setText(highText);
    caption.setText(captionText);
    setAccessibleText(
        lowText.isEmpty()
            ? TR.tr("Colour key: blue for negative weights, white for 0, orange for positive")
            : TR.format(
                    "Colour key: blue for negative weights down to %s, white for 0, orange"
                        + " for positive up to %s",
                    lowText, highText)
                + (captionText.isEmpty() ? "" : ". " + captionText));
  }

  private static Color colour(int argb) {
    return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF);
  }
}
