package dev.mnistexplorer.core.lesson;

import dev.mnistexplorer.core.ErrorMessages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Opens lesson files: a teacher's own (any path; only a regular file of at most {@value #MAX_BYTES}
 * bytes of UTF-8 JSON) and the lessons bundled with the app. Blocking I/O: call it off the JavaFX
 * thread.
 */
public final class LessonFiles {
  /** A lesson is a page of text; strokes make it longer, never this long. */
  public static final int MAX_BYTES = 256 * 1024;

  /** The lessons that ship with the app, in menu order (resources/lessons/). */
  static final List<String> BUNDLED =
      List.of(
          "untrained.json",
          "ten-templates.json",
          "sigmoid-vs-relu.json",
          "learning-rate-too-high.json",
          "why-we-centre.json",
          "one-more-layer.json");

  private static final String BUNDLED_DIR = "/lessons/";

  private LessonFiles() {}

  /**
   * Reads and parses a lesson file.
   *
   * @throws LessonException naming the file and what is wrong with it
   */
  public static Lesson read(Path file) {
    String name = String.valueOf(file.getFileName());
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      throw new LessonException(name + ": could not be read (" + ErrorMessages.reason(e) + ")");
    }
    if (!attributes.isRegularFile()) {
      throw new LessonException(name + ": not a regular file (a lesson is a .json file)");
    }
    if (attributes.size() > MAX_BYTES) {
      throw tooBig(name, attributes.size());
    }
    try (InputStream in = Files.newInputStream(file)) {
      return LessonParser.parse(text(in, name), name);
    } catch (IOException e) {
      throw new LessonException(name + ": could not be read (" + ErrorMessages.reason(e) + ")");
    }
  }

  /** The bundled lessons, in menu order. */
  public static List<Lesson> bundled() {
    return BUNDLED.stream().map(LessonFiles::readBundled).toList();
  }

  /**
   * The bundled lessons in {@code language} (an ISO 639 code such as "de"): each lesson's twin in
   * resources/lessons/{@code language}/, the English one where there is no twin.
   */
  public static List<Lesson> bundled(String language) {
    return BUNDLED.stream().map(name -> readBundled(translated(language, name))).toList();
  }

  /** The resource name of {@code name}'s twin in {@code language}, or {@code name} itself. */
  static String translated(String language, String name) {
    String twin = language + "/" + name;
    boolean exists =
        !language.isEmpty()
            && !language.equals("en")
            && language.matches("[a-z]{2,3}")
            && LessonFiles.class.getResource(BUNDLED_DIR + twin) != null;
    return exists ? twin : name;
  }

  static Lesson readBundled(String name) {
    try (InputStream in = LessonFiles.class.getResourceAsStream(BUNDLED_DIR + name)) {
      if (in == null) {
        throw new LessonException(name + ": missing from the app's bundled lessons");
      }
      return LessonParser.parse(text(in, name), name);
    } catch (IOException e) {
      throw new LessonException(name + ": could not be read (" + ErrorMessages.reason(e) + ")");
    }
  }

  /** Reads at most one byte past the limit (a file may grow after its size was read). */
  private static String text(InputStream in, String name) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw tooBig(name, bytes.length);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new LessonException(name + ": not UTF-8 text (a lesson is a JSON text file)");
    }
  }

  private static LessonException tooBig(String name, long size) {
    return new LessonException(
        name
            + ": too big for a lesson ("
            + size
            + " bytes; at most "
            + MAX_BYTES
            + " bytes, 256 KB)");
  }
}
