package dev.mnistexplorer.app.common;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals of one Java source file, with the code around them (comments and literal
 * contents blanked, offsets kept) so a test can ask which call a literal is an argument of.
 */
final class JavaLiterals {

  /** One literal: where it starts (its opening quote) and its value with escapes decoded. */
  record Literal(int start, String value) {}

  private final String source;
  private final String code;
  private final List<Literal> literals;

  private JavaLiterals(String source, String code, List<Literal> literals) {
    this.source = source;
    this.code = code;
    this.literals = literals;
  }

  static JavaLiterals parse(String source) {
    StringBuilder code = new StringBuilder(source);
    List<Literal> found = new ArrayList<>();
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        int end = source.indexOf('\n', i);
        end = end < 0 ? source.length() : end;
        blank(code, i, end);
        i = end;
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2) + 2;
        blank(code, i, end);
        i = end;
      } else if (c == '\'') {
        int end = closing(source, i, '\'');
        blank(code, i + 1, end - 1);
        i = end;
      } else if (c == '"') {
        int end = closing(source, i, '"');
        found.add(new Literal(i, decode(source.substring(i + 1, end - 1))));
        blank(code, i + 1, end - 1);
        i = end;
      } else {
        i++;
      }
    }
    return new JavaLiterals(source, code.toString(), found);
  }

  /** The code with comments and literal contents blanked. */
  String code() {
    return code;
  }

  /** Literals that are (part of) the first argument of {@code TR.tr} or {@code TR.format}. */
  List<Literal> translated() {
    return literals.stream().filter(this::isTranslated).toList();
  }

  /**
   * The keys {@code TR.tr} and {@code TR.format} are called with: the literals of one first
   * argument joined, as the compiler joins {@code "a" + "b"}.
   */
  List<Literal> translatedKeys() {
    java.util.Map<Integer, Literal> byCall = new java.util.LinkedHashMap<>();
    for (Literal literal : translated()) {
      byCall.merge(
          enclosingParen(literal.start()),
          literal,
          (first, next) -> new Literal(first.start(), first.value() + next.value()));
    }
    return List.copyOf(byCall.values());
  }

  List<Literal> untranslated() {
    return literals.stream().filter(l -> !isTranslated(l)).toList();
  }

  /** The name of the method or constructor whose argument list holds {@code offset}, or "". */
  String enclosingCall(int offset) {
    int open = enclosingParen(offset);
    if (open < 0) {
      return "";
    }
    int end = open;
    while (end > 0 && Character.isWhitespace(code.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isJavaIdentifierPart(code.charAt(start - 1))) {
      start--;
    }
    return code.substring(start, end);
  }

  int lineNumber(Literal literal) {
    int line = 1;
    for (int i = 0; i < literal.start(); i++) {
      if (source.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  String lineOf(Literal literal) {
    int start = source.lastIndexOf('\n', literal.start()) + 1;
    int end = source.indexOf('\n', literal.start());
    return source.substring(start, end < 0 ? source.length() : end);
  }

  private boolean isTranslated(Literal literal) {
    int open = enclosingParen(literal.start());
    if (open < 0) {
      return false;
    }
    String call = enclosingCall(literal.start());
    String receiver = code.substring(0, open - call.length()).stripTrailing();
    boolean trCall = (call.equals("tr") || call.equals("format")) && receiver.endsWith("TR.");
    // The first argument: only literals, '+' and blanks between the parenthesis and the literal.
    return trCall && code.substring(open + 1, literal.start()).matches("[\\s\"+]*");
  }

  private int enclosingParen(int offset) {
    int depth = 0;
    for (int i = offset - 1; i >= 0; i--) {
      char c = code.charAt(i);
      if (c == ')') {
        depth++;
      } else if (c == '(') {
        if (depth == 0) {
          return i;
        }
        depth--;
      } else if ((c == ';' || c == '{' || c == '}') && depth == 0) {
        return -1;
      }
    }
    return -1;
  }

  private static int closing(String source, int open, char quote) {
    int i = open + 1;
    while (i < source.length() && source.charAt(i) != quote) {
      i += source.charAt(i) == '\\' ? 2 : 1;
    }
    return i + 1;
  }

  private static void blank(StringBuilder code, int from, int to) {
    for (int i = from; i < to && i < code.length(); i++) {
      if (code.charAt(i) != '\n') {
        code.setCharAt(i, ' ');
      }
    }
  }

  private static String decode(String body) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c != '\\' || i + 1 >= body.length()) {
        out.append(c);
        continue;
      }
      char next = body.charAt(++i);
      switch (next) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'u' -> {
          out.append((char) Integer.parseInt(body.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> out.append(next);
      }
    }
    return out.toString();
  }
}
