package dev.mnistexplorer.app.common;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import javafx.util.StringConverter;

/**
 * Every number the window shows is written in one convention, English style ("60,000", "98.79%"),
 * whatever the desktop's locale: before, a German desktop saw "60.000" on one place and "203,530"
 * on the next. Issue 12 adds real localisation; it replaces this one locale with the user's.
 */
public final class UiNumbers {
  /** The locale of every number in the UI. */
  public static final Locale LOCALE = Locale.ENGLISH;

  private UiNumbers() {}

  /** {@link String#format} in the UI's locale. */
  public static String format(String pattern, Object... args) {
    return String.format(LOCALE, pattern, args);
  }

  /** Tick labels for a chart axis ("0.25", "1", "10"): JavaFX's own follow the desktop's locale. */
  public static StringConverter<Number> axisLabels() {
    DecimalFormat decimals = new DecimalFormat("0.####", DecimalFormatSymbols.getInstance(LOCALE));
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
