package dev.mnistexplorer.app.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.common.InGerman;
import dev.mnistexplorer.core.lesson.Lesson;
import dev.mnistexplorer.core.lesson.LessonControl;
import dev.mnistexplorer.core.lesson.LessonFiles;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The lesson bar in German, and the bundled lessons in the UI's language. */
@ExtendWith(InGerman.class)
class GermanLessonsTextTest {

  @Test
  void theBarsWordsAreGerman() {
    Set<LessonControl> kept = new LinkedHashSet<>(List.of(LessonControl.TRAIN));
    kept.add(LessonControl.PREDICT);

    assertThat(LessonsText.stepOf(1, 5)).isEqualTo("Schritt 2 von 5");
    assertThat(LessonsText.lockedNote(true, kept)).isEqualTo("Gesperrt auf Training, Erkennen");
    assertThat(LessonsText.stepProblem(1, "konnte nicht trainieren", "x"))
        .isEqualTo("Schritt 2: konnte nicht trainieren (x)");
  }

  @Test
  void theBundledLessonsComeInGermanWithGermanNumbers() {
    List<Lesson> german = LessonFiles.bundled("de");
    List<Lesson> english = LessonFiles.bundled();

    assertThat(german).hasSameSizeAs(english);
    assertThat(german.get(0).title()).isEqualTo("Ein Netz, das noch nichts gelernt hat");
    assertThat(german.get(0).steps().get(0).prompt()).contains("60.000");
    assertThat(LessonFiles.bundled("en"))
        .extracting(Lesson::title)
        .isEqualTo(english.stream().map(Lesson::title).toList());
    assertThat(LessonFiles.bundled("fr"))
        .extracting(Lesson::title)
        .isEqualTo(english.stream().map(Lesson::title).toList());
  }
}
