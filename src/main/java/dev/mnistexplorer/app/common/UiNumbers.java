package dev.mnistexplorer.app.common;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import javafx.util.StringConverter;

/**
 * Every number the window shows is written in one convention, the UI language's ({@link
 * I18n#locale()}: "60,000" and "98.79" in English, "60.000" and "98,79" in German), never the
 * desktop's own: before, a German desktop saw "60.000" on one place and "203,530" on the next.
 */
public final class UiNumbers {
  private UiNumbers() {}

  /**
   * {@link String#format} in the UI's locale, for patterns without words ("%,d", "%.1f"); a pattern
   * with words is a feature's {@code TR.format}.
   */
  public static String format(String pattern, Object... args) {
    return String.format(I18n.locale(), pattern, args);
  }

  /** Tick labels for a chart axis ("0.25", "1", "10"): JavaFX's own follow the desktop's locale. */
  public static StringConverter<Number> axisLabels() {
    DecimalFormat decimals =
        new DecimalFormat("0.####", DecimalFormatSymbols.getInstance(I18n.locale()));
    return new StringConverter<>() {
      @Override
      public String toString(Number value) {
        return value == null ? "" : decimals.format(value.doubleValue());
      }

      @Override
      public Number fromString(String text) {
        return Double.valueOf(text);
      }
    };
  }
}
