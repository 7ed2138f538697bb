package dev.mnistexplorer.app.inspect.weights;

import dev.mnistexplorer.app.common.UiNumbers;
import dev.mnistexplorer.core.inspect.Excitation;
import dev.mnistexplorer.core.inspect.LayerWeights;
import dev.mnistexplorer.core.inspect.TileScale;
import java.util.List;

/** The sentences and numbers of the weights view, as pure functions of the core's records. */
final class WeightsText {
  /** A real minus sign: "−0.21" reads better than a hyphen next to "+0.21". */
  private static final char MINUS = '\u2212';

  static final String NO_UNIT = "Click a tile (or move to it with the arrow keys and press Enter)";

  private WeightsText() {}

  /** The heading over the grid: what the tiles are. */
  static String heading(LayerWeights weights) {
    if (weights == null) {
      return "First-layer weights";
    }
    if (weights.outputLayer()) {
      return "The ten output units' weights: one template per digit";
    }
    return UiNumbers.format(
        "Layer %d: %,d units, each a %d × %d tile of its %,d incoming weights",
        weights.layer(), weights.units(), weights.tileRows(), weights.tileCols(), weights.inputs());
  }

  /** The line under the heading: how to read the colours. */
  static String explanation(LayerWeights weights) {
    String whose = weights != null && weights.outputLayer() ? "the digit" : "the unit";
    return "Orange pixels push " + whose + " up when the pen is there, blue ones push it down.";
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
        ? MINUS + "max"
        : signedNumber(-legendMax(weights, scale, unit));
  }

  /** The legend's right end, e.g. "+0.431" (or "+max"). */
  static String legendHigh(LayerWeights weights, TileScale scale, int unit) {
    return perTileWithoutUnit(weights, scale, unit)
        ? "+max"
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
      return "Shared scale: every tile runs from "
          + legendLow(weights, scale, unit)
          + " to "
          + legendHigh(weights, scale, unit)
          + ", the layer's largest weight, so tiles can be compared.";
    }
    if (unit < 0 || unit >= weights.units()) {
      return "Per tile: each tile runs to its own largest weight, so every pattern shows fully.";
    }
    return "Per tile: each tile runs to its own largest weight; unit "
        + unit
        + "'s is "
        + number(weights.maxAbs(unit))
        + ".";
  }

  /** The title of the chosen unit's detail. */
  static String unitTitle(LayerWeights weights, int unit) {
    if (weights == null || unit < 0 || unit >= weights.units()) {
      return NO_UNIT;
    }
    if (weights.outputLayer()) {
      return "Output unit " + unit + ": the template of digit " + unit;
    }
    return UiNumbers.format("Unit %d of %,d", unit, weights.units());
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
    return "bias " + number(weights.bias(unit)) + " · min " + number(min) + " · max " + number(max);
  }

  /**
   * The heading of the exciting digits: what the numbers under them are, or, when even the
   * strongest is not above 0, that the unit never fires (a "dead" ReLU unit, common in trained
   * networks).
   */
  static String topDigitsHeading(LayerWeights weights, List<Excitation> digits) {
    String what = weights != null && weights.outputLayer() ? "logit" : "output";
    if (!digits.isEmpty() && digits.get(0).activation() <= 0 && !isOutput(weights)) {
      return "No test digit excites this unit: its output stays at "
          + number(digits.get(0).activation())
          + " or below for all of them (a \"dead\" unit). The first "
          + digits.size()
          + " are shown.";
    }
    return "The "
        + digits.size()
        + " test digits that excite it most (its "
        + what
        + " under each)";
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
    return UiNumbers.format("%s test digit %,d, a %s: ", datasetName, digit.index(), label)
        + number(digit.activation());
  }

  /** What a screen reader says for the grid. */
  static String gridAccessibleText(LayerWeights weights, int unit) {
    if (weights == null) {
      return "Weights of the first layer, not loaded yet";
    }
    String text =
        UiNumbers.format(
            "Weights of %,d units of layer %d as %d × %d tiles",
            weights.units(), weights.layer(), weights.tileRows(), weights.tileCols());
    if (unit < 0 || unit >= weights.units()) {
      return text + "; no unit selected";
    }
    return text + "; unit " + unit + " selected, bias " + number(weights.bias(unit));
  }

  /** What a screen reader says for the large tile. */
  static String unitAccessibleText(LayerWeights weights, int unit) {
    if (weights == null || unit < 0 || unit >= weights.units()) {
      return "No unit selected";
    }
    return "The "
        + weights.inputs()
        + " incoming weights of unit "
        + unit
        + " drawn large; "
        + unitNumbers(weights, unit);
  }

  /** The status line: why nothing shows, or what the tiles are taken from. */
  static String status(String message, LayerWeights weights, boolean training) {
    if (!message.isEmpty()) {
      return message;
    }
    if (weights == null) {
      return "Loading the weights…";
    }
    return training ? "Training: the tiles follow the weights a few times a second." : "";
  }
}
