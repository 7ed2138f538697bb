package dev.mnistexplorer.app.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.TestContexts;
import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.core.lesson.Lesson;
import dev.mnistexplorer.core.lesson.LessonControl;
import dev.mnistexplorer.core.lesson.LessonParser;
import dev.mnistexplorer.core.training.TrainingDivergedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lesson's steps and lock mode, without the toolkit: a recording stage stands in for the app.
 */
class LessonsModelTest {
  private static final Lesson LESSON =
      LessonParser.parse(
          """
          {"format": 1, "title": "Two activations", "steps": [
            {"prompt": "First the tutorial's network.", "model": "pretrained",
             "network": {"hidden": [{"units": 128, "activation": "sigmoid"}]},
             "training": {"learning_rate": 0.5}, "quick_run": true,
             "untrained_answer": true, "centre_digit": false, "pad": [[0.1, 0.2, 0.3, 0.4]],
             "place": "predict"},
            {"prompt": "Now train two.", "place": "train",
             "train": [{"network": {"hidden": [{"units": 8, "activation": "sigmoid"}]}},
                       {"network": {"hidden": [{"units": 8, "activation": "relu"}]}}],
             "compare_runs": 2},
            {"prompt": "And the weights.", "inspect_weights": true}
          ]}
          """,
          "test.json");

  @TempDir Path dir;
  private RecordingStage stage;
  private LessonsModel model;

  @BeforeEach
  void create() {
    stage = new RecordingStage();
    // The lessons never call the model service: the stage does the work.
    AppContext context = TestContexts.direct(null, new TestContexts.RecordingNavigator());
    model = new LessonsModel(context, stage);
  }

  @Test
  void theFirstStepSetsTheNetworkThenTheModelThenPredictAndThePlace() {
    model.start(LESSON);

    assertThat(stage.asked)
        .containsExactly(
            "network 784-128-10 sigmoid / learning rate 0.5", "quick run true", "model pretrained");
    assertThat(model.busyProperty().get()).isTrue();

    stage.models.get(0).complete(null);

    assertThat(stage.asked)
        .containsExactly(
            "network 784-128-10 sigmoid / learning rate 0.5",
            "quick run true",
            "model pretrained",
            "untrained answer true",
            "centre digit false",
            "pad [[0.1, 0.2, 0.3, 0.4]]",
            "show predict");
    assertThat(model.busyProperty().get()).isFalse();
    assertThat(model.stepProperty().get()).isZero();
    assertThat(model.canBackProperty().get()).isFalse();
    assertThat(model.canNextProperty().get()).isTrue();
  }

  @Test
  void theSecondRunStartsOnlyWhenTheFirstHasEndedAndThenTheirCurvesAreOverlaid() {
    startAtStepTwo();

    assertThat(stage.asked).containsExactly("show train", "train 784-8-10 sigmoid");
    assertThat(model.canNextProperty().get()).as("Next waits for the runs").isFalse();

    stage.runs.get(0).complete(null);
    assertThat(stage.asked)
        .containsExactly("show train", "train 784-8-10 sigmoid", "train 784-8-10 relu");

    stage.runs.get(1).complete(null);
    assertThat(stage.asked).endsWith("compare 2");
    assertThat(model.canNextProperty().get()).isTrue();
  }

  @Test
  void aRunThatDivergesIsTheLessonNotAProblem() {
    startAtStepTwo();

    stage.runs.get(0).completeExceptionally(new TrainingDivergedException(1, 3, Float.NaN));
    stage.runs.get(1).complete(null);

    assertThat(model.problemProperty().get()).isEmpty();
  }

  @Test
  void aRunThatCannotStartIsShownAsTheStepsProblem() {
    startAtStepTwo();

    stage
        .runs
        .get(0)
        .completeExceptionally(new IllegalStateException("Start is not available now"));

    assertThat(model.problemProperty().get())
        .isEqualTo("Step 2: could not do training (Start is not available now)");
  }

  @Test
  void backDoesTheStepAgainWithoutTrainingAgain() {
    stage.finishRunsAtOnce = true;
    startAtStepTwo();
    model.next();
    assertThat(stage.asked).endsWith("show inspect weights");
    stage.asked.clear();

    model.back();

    assertThat(model.stepProperty().get()).isEqualTo(1);
    assertThat(stage.asked).containsExactly("show train", "compare 2");
  }

  @Test
  void endingTheLessonLeavesLockModeAndIgnoresWhatItsStepWasStillDoing() {
    model.start(LESSON);
    model.lock();
    model.end();
    stage.models.get(0).complete(null);

    assertThat(model.lessonProperty().get()).isNull();
    assertThat(model.lockedProperty().get()).isFalse();
    assertThat(model.hiddenProperty().get()).isEmpty();
    assertThat(stage.asked).doesNotContain("show predict");
  }

  @Test
  void endingALessonThatSwitchedCentringOffSwitchesItBackOn() {
    model.start(LESSON);
    stage.models.get(0).complete(null);
    stage.asked.clear();

    model.end();

    assertThat(stage.asked).containsExactly("centre digit true");
  }

  @Test
  void endingALessonThatLeftCentringAloneLeavesItAlone() throws IOException {
    Path plain =
        Files.writeString(
            dir.resolve("plain.json"),
            "{\"format\": 1, \"title\": \"P\", \"steps\": [{\"prompt\": \"Hello\"}]}");
    model.openFile(plain).join();

    model.end();

    assertThat(stage.asked).isEmpty();
  }

  @Test
  void lockModeHidesWhatTheLessonDoesNotUse() {
    model.start(LESSON);
    assertThat(model.hiddenProperty().get()).as("not locked yet").isEmpty();

    model.lock();

    assertThat(model.hiddenProperty().get())
        .containsExactlyInAnyOrder(
            LessonControl.DATASET,
            LessonControl.NETWORK,
            LessonControl.EVALUATE,
            LessonControl.MODEL_FILES);
    model.unlock();
    assertThat(model.hiddenProperty().get()).isEmpty();
  }

  @Test
  void lockModeNeedsALesson() {
    model.lock();

    assertThat(model.lockedProperty().get()).isFalse();
  }

  @Test
  void aLessonFileThatDoesNotParseSaysWhyAndTheLessonInProgressStays() throws IOException {
    model.start(LESSON);
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"format\": 1, \"title\": \"T\"}");

    model.openFile(bad).join();

    assertThat(model.openErrorProperty().get())
        .isEqualTo("bad.json: 'steps' must list at least one step");
    assertThat(model.lessonProperty().get()).isSameAs(LESSON);
  }

  @Test
  void aGoodLessonFileStartsAtItsFirstStep() throws IOException {
    Path good =
        Files.writeString(
            dir.resolve("good.json"),
            "{\"format\": 1, \"title\": \"Mine\", \"steps\": [{\"prompt\": \"Hello\","
                + " \"place\": \"dataset\"}]}");

    model.openFile(good).join();

    assertThat(model.openErrorProperty().get()).isEmpty();
    assertThat(model.lessonProperty().get().title()).isEqualTo("Mine");
    assertThat(stage.asked).containsExactly("show dataset");
    assertThat(LessonsText.prompt(model.lessonProperty().get(), model.stepProperty().get()))
        .isEqualTo("Hello");
  }

  @Test
  void theBundledLessonsAreListed() {
    model.loadBundled().join();

    assertThat(model.bundled()).hasSize(6);
  }

  private void startAtStepTwo() {
    model.start(LESSON);
    stage.models.get(0).complete(null);
    stage.asked.clear();
    model.next();
  }
}
