package dev.mnistexplorer.app.training;

import dev.mnistexplorer.app.common.I18n;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;

/**
 * The hint an empty live chart shows, kept inside the plot area: centred over the whole chart it
 * covered the title and the axes once the plot was short (projector mode on a small screen). It
 * wraps to the plot's width, says less when the full sentence is too tall for the plot, and is
 * hidden when even that does not fit, rather than drawn over the axes or in a smaller font.
 */
final class ChartHint extends Label {
  private static final I18n TR = I18n.forPackageOf(ChartHint.class);

  private final List<String> texts =
      List.of(
          TR.tr("Press Start: the curve appears here as the network learns."),
          TR.tr("Press Start to see the curve."));

  private final BooleanProperty fits = new SimpleBooleanProperty(this, "fits", true);

  /** A hint shown while {@code empty} holds and it fits the plot. */
  ChartHint(ObservableBooleanValue empty) {
    setText(texts.get(0));
    getStyleClass().add("chart-placeholder");
    setWrapText(true);
    setMouseTransparent(true);
    setManaged(false); // the chart places it over its plot area, not its whole box
    visibleProperty().bind(fits.and(empty));
  }

  /**
   * Places the hint in the middle of {@code plot} (the chart's plot area, in the parent's space).
   */
  void placeIn(Bounds plot) {
    double margin = getFont().getSize() * 0.4;
    double roomWide = plot.getWidth() - 2 * margin;
    double roomHigh = plot.getHeight() - 2 * margin;
    for (String text : texts) {
      if (!text.equals(getText())) {
        setText(text);
      }
      double width = Math.min(Math.min(getMaxWidth(), prefWidth(-1)), roomWide);
      double height = prefHeight(width);
      if (width > 0 && height <= roomHigh) {
        resizeRelocate(
            plot.getMinX() + (plot.getWidth() - width) / 2,
            plot.getMinY() + (plot.getHeight() - height) / 2,
            width,
            height);
        fits.set(true);
        return;
      }
    }
    fits.set(false);
  }

  /** Whether the hint fits the plot now (it is hidden when not). */
  boolean fits() {
    return fits.get();
  }
}
