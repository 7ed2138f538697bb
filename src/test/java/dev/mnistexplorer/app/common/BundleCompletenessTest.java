package dev.mnistexplorer.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Fails when a UI string is not in the bundles: every text the app code asks {@code TR} for must be
 * in its package's English and German bundle with the same format conversions, no control may be
 * given a bare literal, and no literal of two or more words may sit in app code outside a {@code
 * TR} call unless it is an exception's or a log's message or its line says {@code // not UI text}.
 */
class BundleCompletenessTest {

  private static final Path APP_SOURCES = Path.of("src/main/java/dev/mnistexplorer/app");
  private static final Path APP_RESOURCES = Path.of("src/main/resources/dev/mnistexplorer/app");

  /** Scripted runs print JSON and drive the window; none of their words reach a user. */
  private static final String NOT_UI_PACKAGE = "scripted";

  private static final Pattern CONVERSION =
      Pattern.compile("%(\\d+\\$)?[-#+ 0,(<]*\\d*(\\.\\d+)?([a-zA-Z%])");

  private static final Pattern SINK =
      Pattern.compile(
          "(\\.(setText|setTitle|setHeaderText|setContentText|setPromptText|setAccessibleText"
              + "|setAccessibleHelp|setAccessibleRoleDescription)"
              + "|new (Label|Button|MenuItem|Menu|CheckMenuItem|RadioMenuItem|Tab|CheckBox"
              + "|ToggleButton|RadioButton|Tooltip|Hyperlink|Text|TitledPane))\\(\\s*$");

  private static final Set<String> EXEMPT_CALLS =
      Set.of("warn", "info", "debug", "error", "trace", "log", "requireNonNull", "printf");

  @Test
  void everyTextTheCodeAsksForIsInBothBundlesOfItsPackage() throws IOException {
    List<String> missing = new ArrayList<>();
    for (SourceFile source : appSources()) {
      Properties english = bundle(source.packageDir(), "messages.properties");
      Properties german = bundle(source.packageDir(), "messages_de.properties");
      for (JavaLiterals.Literal key : source.literals().translatedKeys()) {
        if (!english.containsKey(key.value()) || !german.containsKey(key.value())) {
          missing.add(source.where(key) + " \"" + key.value() + "\"");
        }
      }
    }
    assertThat(missing).as("texts asked for but missing from messages(_de).properties").isEmpty();
  }

  @Test
  void bothBundlesHoldTheSameTextsWithTheSameConversions() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path englishFile : bundleFiles()) {
      Path dir = englishFile.getParent();
      Properties english = bundle(dir, "messages.properties");
      Properties german = bundle(dir, "messages_de.properties");
      Set<String> keys = new TreeSet<>(english.stringPropertyNames());
      keys.addAll(german.stringPropertyNames());
      for (String key : keys) {
        String en = english.getProperty(key);
        String de = german.getProperty(key);
        if (en == null || de == null) {
          problems.add(dir + ": only in " + (en == null ? "German" : "English") + ": " + key);
        } else if (!en.equals(key)) {
          problems.add(dir + ": the English entry must be its key: " + key);
        } else if (!conversions(key).equals(conversions(de))) {
          problems.add(dir + ": conversions differ: " + key + " / " + de);
        } else if (de.isBlank()) {
          problems.add(dir + ": empty German entry: " + key);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void aTranslationMayReorderItsArgumentsOnlyByNamingThem() {
    assertThat(conversions("%s has %,d images")).isEqualTo(conversions("%s hat %,d Bilder"));
    assertThat(conversions("%s has %,d images")).isNotEqualTo(conversions("%,d Bilder in %s"));
    assertThat(conversions("%s has %,d images")).isEqualTo(conversions("%2$,d Bilder in %1$s"));
  }

  @Test
  void noControlIsGivenABareLiteral() throws IOException {
    List<String> bare = new ArrayList<>();
    for (SourceFile source : appSources()) {
      for (JavaLiterals.Literal literal : source.literals().untranslated()) {
        String before = source.literals().code().substring(0, literal.start());
        if (SINK.matcher(before).find() && literal.value().matches("(?s).*\\p{L}.*")) {
          bare.add(source.where(literal) + " \"" + literal.value() + "\"");
        }
      }
    }
    assertThat(bare).as("controls given text that is not from a bundle").isEmpty();
  }

  @Test
  void noSentenceLivesOutsideTheBundles() throws IOException {
    Pattern twoWords = Pattern.compile("\\p{L}{2,}[ \\u00a0]+\\p{L}{2,}");
    List<String> sentences = new ArrayList<>();
    for (SourceFile source : appSources()) {
      JavaLiterals literals = source.literals();
      for (JavaLiterals.Literal literal : literals.untranslated()) {
        String call = literals.enclosingCall(literal.start());
        boolean exempt =
            call.endsWith("Exception")
                || call.endsWith("Error")
                || EXEMPT_CALLS.contains(call)
                || literals.lineOf(literal).contains("// not UI text");
        String words = CONVERSION.matcher(literal.value()).replaceAll(" ");
        if (!exempt && twoWords.matcher(words).find()) {
          sentences.add(source.where(literal) + " \"" + literal.value() + "\"");
        }
      }
    }
    assertThat(sentences).as("words shown to users must come from TR.tr/TR.format").isEmpty();
  }

  /**
   * The pattern's conversions as "argument:kind" ("1:s", "2:d"), so a translation may reorder its
   * arguments only by naming them ({@code %2$s}): one that swaps "%s … %d" into "%d … %s" would
   * throw when formatted, and the user would see English.
   */
  private static List<String> conversions(String pattern) {
    List<String> found = new ArrayList<>();
    Matcher m = CONVERSION.matcher(pattern);
    int next = 0;
    int last = 0;
    while (m.find()) {
      String kind = m.group(3);
      if (kind.equals("%") || kind.equals("n")) {
        continue;
      }
      String explicit = m.group(1);
      if (explicit != null) {
        last = Integer.parseInt(explicit.substring(0, explicit.length() - 1));
      } else if (!m.group().contains("<")) {
        last = ++next;
      }
      found.add(last + ":" + kind.toLowerCase(java.util.Locale.ROOT));
    }
    found.sort(null);
    return found;
  }

  private static Properties bundle(Path dir, String name) throws IOException {
    Path resourceDir = APP_RESOURCES.resolve(APP_SOURCES.relativize(toSourceDir(dir)));
    Properties properties = new Properties();
    Path file = resourceDir.resolve(name);
    if (Files.isRegularFile(file)) {
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    }
    return properties;
  }

  private static Path toSourceDir(Path dir) {
    return dir.startsWith(APP_RESOURCES) ? APP_SOURCES.resolve(APP_RESOURCES.relativize(dir)) : dir;
  }

  private static List<Path> bundleFiles() throws IOException {
    try (Stream<Path> files = Files.walk(APP_RESOURCES)) {
      return files.filter(f -> f.getFileName().toString().equals("messages.properties")).toList();
    }
  }

  private static List<SourceFile> appSources() throws IOException {
    List<SourceFile> sources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(APP_SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        if (!APP_SOURCES.relativize(file).startsWith(NOT_UI_PACKAGE)) {
          sources.add(new SourceFile(file, JavaLiterals.parse(Files.readString(file))));
        }
      }
    }
    return sources;
  }

  private record SourceFile(Path file, JavaLiterals literals) {
    Path packageDir() {
      return file.getParent();
    }

    String where(JavaLiterals.Literal literal) {
      return file + ":" + literals.lineNumber(literal);
    }
  }
}
