package dev.mnistexplorer.app.network;

import dev.mnistexplorer.app.common.I18n;
import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormatSymbols;

/**
 * Numbers written the way a person types them: "0.1", "0.001", "50", never "1.0E-3"; with the UI
 * language's decimal mark ("0,1" in German), and read back with either mark, so a German pupil can
 * type "0,01" as well as "0.01".
 */
final class NumberText {

  private NumberText() {}

  /** The shortest plain decimal for {@code value}. */
  static String of(float value) {
    if (value == 0f) {
      return "0";
    }
    return localised(new BigDecimal(Float.toString(value)).stripTrailingZeros().toPlainString());
  }

  /** {@code value} rounded to two significant digits, e.g. 0.0031622 → "0.0032". */
  static String rounded(double value) {
    return localised(
        new BigDecimal(value).round(new MathContext(2)).stripTrailingZeros().toPlainString());
  }

  /** Typed text with the UI language's decimal mark turned into the point Java parses. */
  static String withPoint(String typed) {
    char mark = symbols().getDecimalSeparator();
    return mark == '.' ? typed : typed.replace(mark, '.');
  }

  /** Typed whole number without the UI language's thousands marks ("60,000", "60.000"). */
  static String withoutGrouping(String typed) {
    return typed.replace(String.valueOf(symbols().getGroupingSeparator()), "");
  }

  private static String localised(String plain) {
    char mark = symbols().getDecimalSeparator();
    return mark == '.' ? plain : plain.replace('.', mark);
  }

  private static DecimalFormatSymbols symbols() {
    return DecimalFormatSymbols.getInstance(I18n.locale());
  }
}
