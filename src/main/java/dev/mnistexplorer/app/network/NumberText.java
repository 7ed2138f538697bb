package dev.mnistexplorer.app.network;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers written the way a person types them: "0.1", "0.001", "50", never "1.0E-3". */
final class NumberText {

  private NumberText() {}

  /** The shortest plain decimal for {@code value}. */
  static String of(float value) {
    if (value == 0f) {
      return "0";
    }
    return new BigDecimal(Float.toString(value)).stripTrailingZeros().toPlainString();
  }

  /** {@code value} rounded to two significant digits, e.g. 0.0031622 → "0.0032". */
  static String rounded(double value) {
    return new BigDecimal(value).round(new MathContext(2)).stripTrailingZeros().toPlainString();
  }
}
