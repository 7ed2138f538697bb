package dev.mnistexplorer.core.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mnistexplorer.core.network.NetworkSpecValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonFilesTest {
  private static final String SMALL =
      "{\"format\": 1, \"title\": \"Small\", \"steps\": [{\"prompt\": \"Hello, class.\"}]}";

  @TempDir Path dir;

  @Test
  void aGoodFileIsRead() throws IOException {
    Path file = Files.writeString(dir.resolve("small.json"), SMALL);

    assertThat(LessonFiles.read(file).title()).isEqualTo("Small");
  }

  @Test
  void aFolderIsNotARegularFile() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("lesson.json"));

    assertThatThrownBy(() -> LessonFiles.read(folder))
        .isInstanceOf(LessonException.class)
        .hasMessageStartingWith("lesson.json: not a regular file");
  }

  @Test
  void aMissingFileSaysSo() {
    assertThatThrownBy(() -> LessonFiles.read(dir.resolve("gone.json")))
        .isInstanceOf(LessonException.class)
        .hasMessageStartingWith("gone.json: could not be read (")
        .hasMessageContaining("not found");
  }

  @Test
  void aFileOverTheLimitIsRefusedBeforeItIsParsed() throws IOException {
    Path file = dir.resolve("big.json");
    Files.write(file, new byte[LessonFiles.MAX_BYTES + 1]);

    assertThatThrownBy(() -> LessonFiles.read(file))
        .isInstanceOf(LessonException.class)
        .hasMessageStartingWith("big.json: too big for a lesson (" + (LessonFiles.MAX_BYTES + 1));
  }

  @Test
  void bytesThatAreNotUtf8AreRefused() throws IOException {
    Path file = dir.resolve("latin1.json");
    Files.write(file, "{\"title\": \"Le\u00e7on\"}".getBytes(StandardCharsets.ISO_8859_1));

    assertThatThrownBy(() -> LessonFiles.read(file))
        .hasMessageStartingWith("latin1.json: not UTF-8");
  }

  @Test
  void everyBundledLessonParsesAndItsNetworksAndSettingsValidate() {
    assertThat(LessonFiles.BUNDLED).hasSize(6);
    for (String name : LessonFiles.BUNDLED) {
      Lesson lesson = LessonFiles.readBundled(name);
      assertThat(lesson.steps()).as(name).isNotEmpty();
      for (LessonStep step : lesson.steps()) {
        if (step.network() != null) {
          assertThat(NetworkSpecValidator.validate(step.network())).as(name).isEmpty();
        }
        if (step.training() != null) {
          assertThat(step.training().problems()).as(name).isEmpty();
        }
        for (LessonRun run : step.runs()) {
          if (run.network() != null) {
            assertThat(NetworkSpecValidator.validate(run.network())).as(name).isEmpty();
          }
        }
      }
    }
  }

  @Test
  void theBundledLessonsAreTheIssuesSixInMenuOrder() {
    assertThat(LessonFiles.bundled())
        .extracting(Lesson::title)
        .containsExactly(
            "A network that has not learned yet",
            "No hidden layer: ten templates",
            "Sigmoid vs ReLU",
            "Learning rate too high",
            "Why we centre the digit",
            "One more hidden layer");
  }

  @Test
  void theCompleteExampleInTheDocsIsALessonThisAppReads() throws IOException {
    String doc = Files.readString(Path.of("docs/lessons.md"));
    int start = doc.indexOf("```json\n") + "```json\n".length();
    String example = doc.substring(start, doc.indexOf("```", start));

    Lesson lesson = LessonParser.parse(example, "docs/lessons.md");

    assertThat(lesson.title()).isEqualTo("Sigmoid vs ReLU");
    assertThat(lesson.steps()).hasSize(3);
    assertThat(lesson.steps().get(2).pad()).hasSize(1);
  }

  @Test
  void sigmoidVsReluTrainsTwoNetworksAndOverlaysThem() {
    LessonStep runs = LessonFiles.readBundled("sigmoid-vs-relu.json").steps().get(1);

    assertThat(runs.runs()).hasSize(2);
    assertThat(runs.runs().get(0).network().hidden().get(0).activation().id()).isEqualTo("sigmoid");
    assertThat(runs.runs().get(1).network().hidden().get(0).activation().id()).isEqualTo("relu");
    assertThat(runs.compareRuns()).isEqualTo(2);
  }
}
