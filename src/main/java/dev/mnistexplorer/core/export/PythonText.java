package dev.mnistexplorer.core.export;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Values written into generated Python source. Class names come from model files, which are trusted
 * for nothing: every string is written as a plain ASCII literal with everything else escaped, so no
 * name can end the string or the line and inject code.
 */
final class PythonText {

  private PythonText() {}

  /** A Python float literal: {@code 0.5}, {@code 0.01}. */
  static String number(float value) {
    if (!Float.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    return Float.toString(value).replace("E", "e");
  }

  /** A Python string literal in double quotes, ASCII only. */
  static String string(String text) {
    StringBuilder literal = new StringBuilder("\"");
    text.codePoints()
        .forEach(
            point -> {
              if (point == '"' || point == '\\') {
                literal.append('\\').appendCodePoint(point);
              } else if (point >= 0x20 && point < 0x7F) {
                literal.appendCodePoint(point);
              } else if (point <= 0xFFFF) {
                literal.append(String.format("\\u%04x", point));
              } else {
                literal.append(String.format("\\U%08x", point));
              }
            });
    return literal.append('"').toString();
  }

  /** A Python list of string literals. */
  static String stringList(List<String> items) {
    return items.stream().map(PythonText::string).collect(Collectors.joining(", ", "[", "]"));
  }
}
