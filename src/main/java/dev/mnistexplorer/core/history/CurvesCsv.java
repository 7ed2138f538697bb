package dev.mnistexplorer.core.history;

import java.util.List;
import java.util.Locale;

/**
 * The curves a comparison shows, as CSV in long form (one row per point: run, network, optimizer,
 * metric, epoch, value), so runs with different numbers of points fit one table and a spreadsheet
 * or pandas pivots it as it likes. Pure: builds the text, writes nothing.
 */
public final class CurvesCsv {
  /** The header row. */
  public static final String HEADER = "run,network,optimizer,metric,epoch,value";

  /**
   * One curve to export.
   *
   * @param run the run's name in the legend, e.g. "1: 784-256-10 sigmoid"
   * @param metric e.g. "test accuracy %"
   */
  public record Series(
      String run, String network, String optimizer, String metric, RunCurve curve) {}

  private CurvesCsv() {}

  /** The CSV text: the header, then every point of every series, in order; lines end in "\n". */
  public static String of(List<Series> series) {
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    for (Series one : series) {
      String prefix =
          cell(one.run())
              + ','
              + cell(one.network())
              + ','
              + cell(one.optimizer())
              + ','
              + cell(one.metric())
              + ',';
      for (int i = 0; i < one.curve().size(); i++) {
        csv.append(prefix)
            .append(number(one.curve().xAt(i)))
            .append(',')
            .append(number(one.curve().yAt(i)))
            .append('\n');
      }
    }
    return csv.toString();
  }

  /** A cell quoted when it holds a comma, quote or line break (RFC 4180). */
  static String cell(String text) {
    String value = text == null ? "" : text;
    if (value.contains(",")
        || value.contains("\"")
        || value.contains("\n")
        || value.contains("\r")) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }

  /** A number with a dot and no grouping, whatever the locale; empty for NaN. */
  private static String number(double value) {
    if (!Double.isFinite(value)) {
      return "";
    }
    String text = String.format(Locale.ROOT, "%.6f", value);
    text = text.replaceAll("0+$", "");
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }
}
