package dev.mnistexplorer.app.inspect;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.SentDigit;
import dev.mnistexplorer.app.common.UiNumbers;
import dev.mnistexplorer.core.inspect.ForwardPass;
import dev.mnistexplorer.core.inspect.Stage;
import dev.mnistexplorer.core.inspect.StageNames;
import dev.mnistexplorer.core.network.Activation;
import java.util.List;

/**
 * The words and numbers the Inspect place shows: each stage's name in words, its shape, its
 * figures, the value under the pointer, the formula that computes it by hand or by layer, and how
 * far the two computations are apart. Stages are recognised by their {@link StageNames}.
 */
final class InspectText {
  private static final I18n TR = I18n.forPackageOf(InspectText.class);

  private InspectText() {}

  /** Said while there is no digit to look at. */
  static String noDigit() {
    return TR.tr(
        "Draw a digit in Predict (Ctrl+4), or choose Inspect on a digit in Dataset or Evaluate");
  }

  /** Where the digit comes from while the pad is followed. */
  static String followingPad() {
    return TR.tr("The digit on the Predict pad, as you draw it");
  }

  /** The readout while the pointer is on no cell. */
  static String pointAtACell() {
    return TR.tr("Point at a cell, or press Up or Down, for its value");
  }

  /** Under the formula while the computation is by hand. */
  static String compareHint() {
    return TR.tr("Choose By layer to check these numbers against the network's own layers");
  }

  /** A stage's name in words: "input 28×28", "W·x + b, layer 1", "sigmoid, layer 1", "softmax". */
  static String title(String stage) {
    switch (stage) {
      case StageNames.INPUT:
        return TR.tr("input 28×28");
      case StageNames.NORMALISED:
        return TR.tr("normalised");
      case StageNames.FLATTENED:
        return TR.tr("flattened");
      case StageNames.LOGITS:
        return TR.tr("logits: W·x + b");
      case StageNames.SOFTMAX:
        return TR.tr("softmax");
      default:
        break;
    }
    int layer = layerOf(stage);
    if (stage.startsWith("linear")) {
      return TR.format("W·x + b, layer %d", layer);
    }
    Activation activation = activationOf(stage);
    return activation == null
        ? stage
        : TR.format("%s, layer %d", activation.displayName().toLowerCase(I18n.locale()), layer);
  }

  /** "Step 4 of 9: W·x + b, layer 1" for the stage at {@code index} (from 0). */
  static String step(int index, int count, String stage) {
    return TR.format("Step %d of %d: %s", index + 1, count, title(stage));
  }

  /** The shape the PyTorch way: "[28, 28]", "[1, 784]". */
  static String shape(Stage stage) {
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < stage.shape().length; i++) {
      text.append(i == 0 ? "" : ", ").append(stage.shape()[i]);
    }
    return text.append(']').toString();
  }

  /** "min −3.2104", "max 4.1000", "mean 0.0210", one a line. */
  static String figures(Stage stage) {
    return TR.format(
        "min %s\nmax %s\nmean %s", value(stage.min()), value(stage.max()), value(stage.mean()));
  }

  /**
   * The value under the pointer: "pixel (row 3, column 5): 0.8123" for an image, "digit 4: 0.9731"
   * for the ten classes, "unit 37: 0.8123" otherwise; a hint when {@code index} is -1.
   */
  static String valueAt(Stage stage, int index, List<String> classNames) {
    if (index < 0 || index >= stage.size()) {
      return pointAtACell();
    }
    String value = value(stage.values()[index]);
    int[] shape = stage.shape();
    if (shape.length == 2 && shape[0] > 1) {
      return TR.format("pixel (row %d, column %d): %s", index / shape[1], index % shape[1], value);
    }
    if (isClassStage(stage.name())) {
      String name = index < classNames.size() ? classNames.get(index) : Integer.toString(index);
      return TR.format("class %s: %s", name, value);
    }
    return TR.format("unit %d: %s", index, value);
  }

  /** Whether a stage has one value per class (the logits and the softmax). */
  static boolean isClassStage(String stage) {
    return stage.equals(StageNames.LOGITS) || stage.equals(StageNames.SOFTMAX);
  }

  /**
   * What a screen reader says for a stage: its name, shape and range, and what its picture shows
   * ("Stage sigmoid, layer 1, shape [1, 100], min 0.02, max 0.98; 100 values as a 10 × 10 grid:
   * blue below 0, orange above").
   */
  static String accessibleText(Stage stage) {
    return TR.format(
            "Stage %s, shape %s, min %s, max %s",
            title(stage.name()), shape(stage), brief(stage.min()), brief(stage.max()))
        + "; "
        + picture(stage);
  }

  /** What a stage's picture shows, in words. */
  static String picture(Stage stage) {
    StageGrid grid = StageGrid.of(stage.shape());
    if (grid.bars()) {
      return TR.format("%d values as bars up or down from 0", stage.size());
    }
    return TR.format(
        "%,d values as a %d × %d grid: blue below 0, orange above",
        stage.size(), grid.rows(), grid.columns());
  }

  /**
   * The formula that computes stage {@code index} of {@code pass}: the tutorial's own code by hand
   * ("torch.mm(x, w) + b", "1 / (1 + exp(−x))"), or the module that does it by layer.
   */
  static String formula(ForwardPass pass, int index, boolean byLayer) {
    Stage stage = pass.stages().get(index);
    String name = stage.name();
    int inputs = index == 0 ? stage.size() : pass.stages().get(index - 1).size();
    String code = code(name, stage.size(), inputs, byLayer);
    if (code.isEmpty()) {
      return "";
    }
    return byLayer ? TR.format("By layer: %s", code) : TR.format("By hand: %s", code);
  }

  private static String code(String name, int size, int inputs, boolean byLayer) {
    switch (name) {
      case StageNames.INPUT:
        return TR.tr("the pixels ÷ 255 (ToTensor), ink high, 0…1");
      case StageNames.NORMALISED:
        return "(x − 0.5) / 0.5 (Normalize((0.5,), (0.5,))), −1…1";
      case StageNames.FLATTENED:
        return TR.format("x.view(1, %d): the rows one after another", size);
      case StageNames.SOFTMAX:
        return byLayer ? "torch.softmax(x, dim=1)" : "exp(x) / sum(exp(x))";
      default:
        break;
    }
    if (name.equals(StageNames.LOGITS) || name.startsWith("linear")) {
      return byLayer ? "nn.Linear(" + inputs + ", " + size + ")" : "torch.mm(x, w) + b";
    }
    Activation activation = activationOf(name);
    if (activation == null) {
      return "";
    }
    return byLayer ? module(activation) : byHand(activation);
  }

  private static String byHand(Activation activation) {
    return switch (activation) {
      case SIGMOID -> "1 / (1 + exp(−x))";
      case TANH -> "(exp(x) − exp(−x)) / (exp(x) + exp(−x))";
      case RELU -> "max(0, x)";
      case LEAKY_RELU -> "max(0.01·x, x)";
      case GELU -> "0.5·x·(1 + erf(x / √2))";
      case IDENTITY -> "x";
    };
  }

  private static String module(Activation activation) {
    return switch (activation) {
      case SIGMOID -> "nn.Sigmoid()";
      case TANH -> "nn.Tanh()";
      case RELU -> "nn.ReLU()";
      case LEAKY_RELU -> "nn.LeakyReLU()";
      case GELU -> "nn.GELU()";
      case IDENTITY -> "nn.Identity()";
    };
  }

  /** "max |Δ| between by hand and by layer: 2.4e-7". */
  static String difference(float maxAbs) {
    return TR.format("max |Δ| between by hand and by layer: %s", scientific(maxAbs));
  }

  /** Where the digit shown comes from: the live pad, or "MNIST test #12, labelled 4". */
  static String source(SentDigit digit, boolean following, List<String> classNames) {
    if (following) {
      return digit == null ? noDigit() : followingPad();
    }
    if (digit == null) {
      return noDigit();
    }
    int label = digit.label();
    return label >= 0 && label < classNames.size()
        ? TR.format("%s, labelled %s", digit.source(), classNames.get(label))
        : digit.source();
  }

  /** "The network answers 4 (97.3%)". */
  static String answer(ForwardPass pass, List<String> classNames) {
    int predicted = pass.predicted();
    String name =
        predicted < classNames.size() ? classNames.get(predicted) : Integer.toString(predicted);
    double percent = 100.0 * pass.probabilities()[predicted];
    String sure = percent >= 99.95 ? TR.format(">%.1f%%", 99.9) : TR.format("%.1f%%", percent);
    return TR.format("The network answers %s (%s)", name, sure);
  }

  /** A value to four decimals ("0.8123", "−3.2104"), or in powers of ten when very small or big. */
  static String value(float value) {
    if (value == 0 || Float.isNaN(value)) {
      return Float.isNaN(value) ? "NaN" : "0";
    }
    float size = Math.abs(value);
    String text =
        size >= 1e-3f && size < 1e5f
            ? UiNumbers.format("%.4f", value)
            : compactExponent(UiNumbers.format("%.2e", value));
    return withMinusSign(text);
  }

  /** "2.4e-7"; "0" for exactly 0. */
  static String scientific(float value) {
    return value == 0 ? "0" : compactExponent(UiNumbers.format("%.1e", value));
  }

  private static String brief(float value) {
    return withMinusSign(UiNumbers.format("%.2f", value));
  }

  private static String compactExponent(String text) {
    return text.replace("e+0", "e").replace("e-0", "e-").replace("e+", "e");
  }

  /** A leading "−" (U+2212) reads better than a hyphen; exponents keep theirs. */
  private static String withMinusSign(String text) {
    return text.startsWith("-") ? "−" + text.substring(1) : text;
  }

  /** The layer number at the end of a stage name ("sigmoid2" → 2), or 0. */
  private static int layerOf(String stage) {
    int start = stage.length();
    while (start > 0 && Character.isDigit(stage.charAt(start - 1))) {
      start--;
    }
    return start == stage.length() ? 0 : Integer.parseInt(stage.substring(start));
  }

  /** The activation of a stage named like "leaky_relu1", or null. */
  private static Activation activationOf(String stage) {
    String id = stage.replaceAll("\\d+$", "");
    for (Activation activation : Activation.values()) {
      if (activation.id().equals(id)) {
        return activation;
      }
    }
    return null;
  }
}
