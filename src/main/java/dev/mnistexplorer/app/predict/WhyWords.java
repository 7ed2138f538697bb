package dev.mnistexplorer.app.predict;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.core.inspect.Attribution;
import java.util.List;

/**
 * The "why this answer" picture in words, for a screen reader: which class it explains, where in
 * the 28×28 picture the strongest push towards it and against it lie ("top right", "centre"), and
 * the logit in numbers. A listener cannot see the colours, but can hear where they are.
 */
final class WhyWords {
  private static final I18n TR = I18n.forPackageOf(WhyWords.class);
  private static final int SIDE = 28;

  private WhyWords() {}

  /**
   * "Why 7: pixels that pushed towards 7 in orange, against in blue. Strongest push towards it: top
   * right; against it: bottom left. Logit of 7: 14.67; the ink adds +13.97 (to first order)".
   */
  static String spoken(Attribution why, List<String> classNames) {
    float[] values = why.contributions();
    int towards = strongest(values, 1);
    int against = strongest(values, -1);
    String where =
        against < 0
            ? TR.format("Strongest push towards it: %s", region(towards))
            : TR.format(
                "Strongest push towards it: %s; against it: %s", region(towards), region(against));
    return TR.format(
        "%s. %s. %s",
        PredictText.whyDescription(why, classNames),
        towards < 0 ? TR.tr("No pixel pushed towards it") : where,
        PredictText.whyNumbers(why, classNames));
  }

  /** The pixel with the largest value of {@code sign} (1 or -1), or -1 when none has that sign. */
  static int strongest(float[] values, int sign) {
    int best = -1;
    float bestValue = 0;
    for (int i = 0; i < values.length; i++) {
      float signed = values[i] * sign;
      if (signed > bestValue) {
        bestValue = signed;
        best = i;
      }
    }
    return best;
  }

  /** Where pixel {@code index} lies, in thirds of the picture: "top left" … "bottom right". */
  static String region(int index) {
    int row = Math.min(2, (index / SIDE) * 3 / SIDE);
    int column = Math.min(2, (index % SIDE) * 3 / SIDE);
    return switch (row * 3 + column) {
      case 0 -> TR.tr("top left");
      case 1 -> TR.tr("top centre");
      case 2 -> TR.tr("top right");
      case 3 -> TR.tr("middle left");
      case 4 -> TR.tr("centre");
      case 5 -> TR.tr("middle right");
      case 6 -> TR.tr("bottom left");
      case 7 -> TR.tr("bottom centre");
      default -> TR.tr("bottom right");
    };
  }
}
