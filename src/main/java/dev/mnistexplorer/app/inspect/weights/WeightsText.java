package dev.mnistexplorer.app.inspect.weights;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.UiNumbers;
import dev.mnistexplorer.core.inspect.Excitation;
import dev.mnistexplorer.core.inspect.LayerWeights;
import dev.mnistexplorer.core.inspect.TileScale;
import java.util.List;

/** The sentences and numbers of the weights view, as pure functions of the core's records. */
final class WeightsText {
  private static final I18n TR = I18n.forPackageOf(WeightsText.class);

  /** A real minus sign: "−0.21" reads better than a hyphen next to "+0.21". */
  private static final char MINUS = '\u2212';

  private WeightsText() {}

  /** The unit's title while none is chosen. */
  static String noUnit() {
    return TR.tr("Click a tile (or move to it with the arrow keys and press Enter)");
  }

  /** The heading over the grid: what the tiles are. */
  static String heading(LayerWeights weights) {
    if (weights == null) {
      return TR.tr("First-layer weights");
    }
    if (weights.outputLayer()) {
      return TR.tr("The ten output units' weights: one template per digit");
    }
    return TR.format(
        "Layer %d: %,d units, each a %d × %d tile of its %,d incoming weights",
        weights.layer(), weights.units(), weights.tileRows(), weights.tileCols(), weights.inputs());
  }

  /** The line under the heading: how to read the colours. */
  static String explanation(LayerWeights weights) {
    return isOutput(weights)
        ? TR.tr("Orange pixels push the digit up when the pen is there, blue ones push it down.")
        : TR.tr("Orange pixels push the unit up when the pen is there, blue ones push it down.");
  }

  /** A weight, bias or activation with three decimals and a real minus sign. */
  static String number(float value) {
    return signed(UiNumbers.format("%.3f", value));
  }

  /** A scale end: "+0.431" or "−0.431". */
  static String signedNumber(float value) {
    return value >= 0 ? "+" + number(value) : number(value);
  }

  private static String signed(String text) {
    return text.startsWith("-") ? MINUS + text.substring(1) : text;
  }

  /** The value the strongest colours stand for (what the legend's ends show). */
  static float legendMax(LayerWeights weights, TileScale scale, int unit) {
    if (weights == null) {
      return 0;
    }
    if (scale == TileScale.SHARED || unit < 0 || unit >= weights.units()) {
      return weights.maxAbs();
    }
    return weights.maxAbs(unit);
  }

  /** The legend's left end, e.g. "−0.431" (or "−max" per tile with no unit chosen). */
  static String legendLow(LayerWeights weights, TileScale scale, int unit) {
    return perTileWithoutUnit(weights, scale, unit)
        ? MINUS + TR.tr("max")
        : signedNumber(-legendMax(weights, scale, unit));
  }

  /** The legend's right end, e.g. "+0.431" (or "+max"). */
  static String legendHigh(LayerWeights weights, TileScale scale, int unit) {
    return perTileWithoutUnit(weights, scale, unit)
        ? "+" + TR.tr("max")
        : signedNumber(legendMax(weights, scale, unit));
  }

  private static boolean perTileWithoutUnit(LayerWeights weights, TileScale scale, int unit) {
    return weights == null
        || (scale == TileScale.PER_TILE && (unit < 0 || unit >= weights.units()));
  }

  /** The words beside the legend: what the scale's ends mean now. */
  static String legendCaption(LayerWeights weights, TileScale scale, int unit) {
    if (weights == null) {
      return "";
    }
    if (scale == TileScale.SHARED) {
      return TR.format(
          "Shared scale: every tile runs from %s to %s, the layer's largest weight, so tiles"
              + " can be compared.",
          legendLow(weights, scale, unit), legendHigh(weights, scale, unit));
    }
    if (unit < 0 || unit >= weights.units()) {
      return TR.tr(
          "Per tile: each tile runs to its own largest weight, so every pattern shows fully.");
    }
    return TR.format(
        "Per tile: each tile runs to its own largest weight; unit %d's is %s.",
        unit, number(weights.maxAbs(unit)));
  }

  /** The title of the chosen unit's detail. */
  static String unitTitle(LayerWeights weights, int unit) {
    if (weights == null || unit < 0 || unit >= weights.units()) {
      return noUnit();
    }
    if (weights.outputLayer()) {
      return TR.format("Output unit %d: the template of digit %d", unit, unit);
    }
    return TR.format("Unit %d of %,d", unit, weights.units());
  }

  /** The chosen unit's numbers: "bias 0.031 · min −0.210 · max 0.180". */
  static String unitNumbers(LayerWeights weights, int unit) {
    if (weights == null || unit < 0 || unit >= weights.units()) {
      return "";
    }
    float min = Float.POSITIVE_INFINITY;
    float max = Float.NEGATIVE_INFINITY;
    for (int i = unit * weights.inputs(), end = i + weights.inputs(); i < end; i++) {
      min = Math.min(min, weights.weights()[i]);
      max = Math.max(max, weights.weights()[i]);
    }
    return TR.format(
        "bias %s · min %s · max %s", number(weights.bias(unit)), number(min), number(max));
  }

  /**
   * The heading of the exciting digits: what the numbers under them are, or, when even the
   * strongest is not above 0, that the unit never fires (a "dead" ReLU unit, common in trained
   * networks).
   */
  static String topDigitsHeading(LayerWeights weights, List<Excitation> digits) {
    if (!digits.isEmpty() && digits.get(0).activation() <= 0 && !isOutput(weights)) {
      return TR.format(
          "No test digit excites this unit: its output stays at %s or below for all of them"
              + " (a “dead” unit). The first %d are shown.",
          number(digits.get(0).activation()), digits.size());
    }
    return isOutput(weights)
        ? TR.format("The %d test digits that excite it most (its logit under each)", digits.size())
        : TR.format(
            "The %d test digits that excite it most (its output under each)", digits.size());
  }

  private static boolean isOutput(LayerWeights weights) {
    return weights != null && weights.outputLayer();
  }

  /** Under one exciting digit: its activation. */
  static String activation(Excitation digit) {
    return number(digit.activation());
  }

  /** One exciting digit's tooltip: "Test digit 1,234, a 7: output 3.210". */
  static String digitTooltip(String datasetName, List<String> classNames, Excitation digit) {
    String label =
        digit.label() >= 0 && digit.label() < classNames.size()
            ? classNames.get(digit.label())
            : Integer.toString(digit.label());
    return TR.format(
        "%s test digit %,d, a %s: %s",
        datasetName, digit.index(), label, number(digit.activation()));
  }

  /**
   * What a screen reader says for the grid: the unit the keys are on first (it changes with every
   * arrow key), whether it is the chosen one, then what the grid shows.
   */
  static String gridAccessibleText(LayerWeights weights, int cursor, int chosen) {
    if (weights == null) {
      return TR.tr("Weights of the first layer, not loaded yet");
    }
    String grid =
        TR.format(
            "Weights of %,d units of layer %d as %d × %d tiles",
            weights.units(), weights.layer(), weights.tileRows(), weights.tileCols());
    if (cursor < 0 || cursor >= weights.units()) {
      return grid;
    }
    String unit =
        cursor == chosen
            ? TR.format("Unit %d, chosen: %s", cursor, unitNumbers(weights, cursor))
            : TR.format("Unit %d: %s", cursor, unitNumbers(weights, cursor));
    return unit + ". " + grid;
  }

  /** What a screen reader says for the large tile. */
  static String unitAccessibleText(LayerWeights weights, int unit) {
    if (weights == null || unit < 0 || unit >= weights.units()) {
      return TR.tr("No unit selected");
    }
    return TR.format(
        "The %,d incoming weights of unit %d drawn large; %s",
        weights.inputs(), unit, unitNumbers(weights, unit));
  }

  /** The status line: why nothing shows, or what the tiles are taken from. */
  static String status(String message, LayerWeights weights, boolean training) {
    if (!message.isEmpty()) {
      return message;
    }
    if (weights == null) {
      return TR.tr("Loading the weights…");
    }
    return training ? TR.tr("Training: the tiles follow the weights a few times a second.") : "";
  }
}
