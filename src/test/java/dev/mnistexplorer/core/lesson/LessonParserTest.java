package dev.mnistexplorer.core.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mnistexplorer.core.network.Activation;
import dev.mnistexplorer.core.network.LayerSpec;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.training.OptimizerKind;
import dev.mnistexplorer.core.training.TrainingConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class LessonParserTest {

  /** A lesson whose second step is {@code step} (the first only prompts). */
  private static String withStep(String step) {
    return """
        {"format": 1, "title": "T", "steps": [{"prompt": "First"}, %s]}
        """
        .formatted(step);
  }

  @Test
  void aCompleteLessonIsReadWithEveryAction() {
    Lesson lesson =
        LessonParser.parse(
            """
            {
              "format": 1,
              "title": "Sigmoid vs ReLU",
              "summary": "Two activations",
              "uses": ["network"],
              "steps": [
                {
                  "prompt": "Look at this.",
                  "network": {"hidden": [{"units": 128, "activation": "sigmoid"}]},
                  "training": {"learning_rate": 0.5, "epochs": 2},
                  "quick_run": true,
                  "model": "pretrained",
                  "untrained_answer": false,
                  "centre_digit": false,
                  "pad": [[0.1, 0.2, 0.3, 0.4]],
                  "place": "inspect",
                  "inspect_weights": true,
                  "train": [{}, {"network": {"hidden": []}, "training": {"optimizer": "adam",
                      "learning_rate": 0.001}}],
                  "compare_runs": 2,
                  "uses": ["predict", "model_files"]
                }
              ]
            }
            """,
            "lesson.json");

    assertThat(lesson.title()).isEqualTo("Sigmoid vs ReLU");
    assertThat(lesson.summary()).isEqualTo("Two activations");
    assertThat(lesson.uses()).containsExactly(LessonControl.NETWORK);
    LessonStep step = lesson.steps().get(0);
    assertThat(step.prompt()).isEqualTo("Look at this.");
    assertThat(step.network())
        .isEqualTo(new NetworkSpec(28, 28, List.of(LayerSpec.of(128, Activation.SIGMOID)), 10));
    assertThat(step.training())
        .isEqualTo(TrainingConfig.tutorial().withOptimizer(OptimizerKind.SGD, 0.5f).withEpochs(2));
    assertThat(step.quickRun()).isTrue();
    assertThat(step.model()).isEqualTo(ModelChoice.PRETRAINED);
    assertThat(step.untrainedAnswer()).isFalse();
    assertThat(step.centreDigit()).isFalse();
    assertThat(step.pad()).hasSize(1);
    assertThat(step.pad().get(0)).containsExactly(0.1f, 0.2f, 0.3f, 0.4f);
    assertThat(step.place()).isEqualTo(LessonControl.INSPECT);
    assertThat(step.inspectWeights()).isTrue();
    assertThat(step.runs()).hasSize(2);
    assertThat(step.runs().get(0)).isEqualTo(new LessonRun(null, null));
    assertThat(step.runs().get(1).network().hidden()).isEmpty();
    assertThat(step.runs().get(1).training().optimizer()).isEqualTo(OptimizerKind.ADAM);
    assertThat(step.compareRuns()).isEqualTo(2);
    assertThat(step.uses())
        .containsExactlyInAnyOrder(LessonControl.PREDICT, LessonControl.MODEL_FILES);
  }

  @Test
  void aStepWithOnlyAPromptLeavesEveryKnobAlone() {
    LessonStep step =
        LessonParser.parse(withStep("{\"prompt\": \"Second\"}"), "l.json").steps().get(1);

    assertThat(step).isEqualTo(LessonStep.prompt("Second"));
  }

  @Test
  void textThatIsNotJsonIsRefusedNamingTheFile() {
    assertThatThrownBy(() -> LessonParser.parse("title: lesson\n- step", "lesson.json"))
        .isInstanceOf(LessonException.class)
        .hasMessageStartingWith("lesson.json: not valid JSON");
  }

  @Test
  void anUnknownActivationNamesTheStepTheLayerAndTheAcceptedNames() {
    String step =
        """
        {"prompt": "P", "network": {"hidden": [{"units": 10, "activation": "sigmoyd"}]}}
        """;

    assertThatThrownBy(() -> LessonParser.parse(withStep(step), "lesson.json"))
        .isInstanceOf(LessonException.class)
        .hasMessageStartingWith("lesson.json: step 2: network: hidden layer 1:")
        .hasMessageContaining("'sigmoyd'")
        .hasMessageContaining(Activation.acceptedNames());
  }

  @Test
  void aMissingPromptNamesTheStepAndTheField() {
    assertThatThrownBy(() -> LessonParser.parse(withStep("{\"place\": \"train\"}"), "lesson.json"))
        .isInstanceOf(LessonException.class)
        .hasMessage("lesson.json: step 2: 'prompt' is missing");
  }

  @Test
  void aNewerFormatVersionIsRefusedSayingWhichVersionThisAppReads() {
    String newer = "{\"format\": 2, \"title\": \"T\", \"steps\": [{\"prompt\": \"P\"}]}";

    assertThatThrownBy(() -> LessonParser.parse(newer, "lesson.json"))
        .isInstanceOf(LessonException.class)
        .hasMessage(
            "lesson.json: 'format' is 2, but this version of MNIST Explorer reads format 1"
                + " (the lesson was written for a newer version)");
  }

  @Test
  void aLessonWithoutAFormatIsRefused() {
    assertThatThrownBy(
            () ->
                LessonParser.parse(
                    "{\"title\": \"T\", \"steps\": [{\"prompt\": \"P\"}]}", "a.json"))
        .hasMessageStartingWith("a.json: 'format' is missing");
  }

  @Test
  void aMisspeltKeyIsRefusedRatherThanIgnored() {
    assertThatThrownBy(
            () ->
                LessonParser.parse(withStep("{\"prompt\": \"P\", \"plcae\": \"train\"}"), "l.json"))
        .isInstanceOf(LessonException.class)
        .hasMessageStartingWith("l.json: step 2: unknown key 'plcae'")
        .hasMessageContaining("place");
  }

  @Test
  void anUnknownPlaceNamesTheAcceptedPlaces() {
    assertThatThrownBy(
            () ->
                LessonParser.parse(
                    withStep("{\"prompt\": \"P\", \"place\": \"kitchen\"}"), "l.json"))
        .hasMessage(
            "l.json: step 2: 'place' must be one of dataset, network, train, predict, evaluate,"
                + " inspect");
  }

  @Test
  void trainingSettingsOutOfRangeAreRefusedWithTheValidatorsSentence() {
    String step = "{\"prompt\": \"P\", \"training\": {\"learning_rate\": 500}}";

    assertThatThrownBy(() -> LessonParser.parse(withStep(step), "l.json"))
        .hasMessage(
            "l.json: step 2: training: learning rate must be above 0 and at most 100, got 500.0");
  }

  @Test
  void aTrainingFieldOfTheWrongTypeIsNamed() {
    String step = "{\"prompt\": \"P\", \"training\": {\"epochs\": \"five\"}}";

    assertThatThrownBy(() -> LessonParser.parse(withStep(step), "l.json"))
        .hasMessage("l.json: step 2: training: 'epochs' must be a number");
  }

  @Test
  void aRunsNetworkErrorNamesTheRun() {
    String step =
        "{\"prompt\": \"P\", \"train\": [{}, {\"network\": {\"hidden\": [{\"units\": 0,"
            + " \"activation\": \"relu\"}]}}]}";

    assertThatThrownBy(() -> LessonParser.parse(withStep(step), "l.json"))
        .hasMessageStartingWith("l.json: step 2: train: run 2: network: ");
  }

  @Test
  void padCoordinatesOffThePadAreRefused() {
    String step = "{\"prompt\": \"P\", \"pad\": [[0.1, 0.1, 1.5, 0.2]]}";

    assertThatThrownBy(() -> LessonParser.parse(withStep(step), "l.json"))
        .hasMessage(
            "l.json: step 2: pad: stroke 1: value 3 must be from 0 to 1 (across the pad), got 1.5");
  }

  @Test
  void aStrokeWithAnOddCountOfNumbersIsRefused() {
    String step = "{\"prompt\": \"P\", \"pad\": [[0.1, 0.1, 0.2]]}";

    assertThatThrownBy(() -> LessonParser.parse(withStep(step), "l.json"))
        .hasMessageStartingWith("l.json: step 2: pad: stroke 1: expected x, y pairs");
  }

  @Test
  void compareRunsOutsideItsRangeIsRefused() {
    assertThatThrownBy(
            () ->
                LessonParser.parse(withStep("{\"prompt\": \"P\", \"compare_runs\": 1}"), "l.json"))
        .hasMessage("l.json: step 2: 'compare_runs' must be a whole number from 2 to 10, got 1");
  }

  @Test
  void aLessonWithoutStepsIsRefused() {
    assertThatThrownBy(
            () -> LessonParser.parse("{\"format\": 1, \"title\": \"T\", \"steps\": []}", "l.json"))
        .hasMessage("l.json: 'steps' must list at least one step");
  }

  @Test
  void aTooLongPromptIsRefusedWithItsLength() {
    String prompt = "x".repeat(LessonParser.MAX_TEXT + 1);

    assertThatThrownBy(
            () -> LessonParser.parse(withStep("{\"prompt\": \"" + prompt + "\"}"), "l.json"))
        .hasMessageContaining("'prompt' must be at most 300 characters, got 301");
  }

  @Test
  void aTopLevelArrayIsRefused() {
    assertThatThrownBy(() -> LessonParser.parse("[1, 2]", "l.json"))
        .hasMessage("l.json: expected a JSON object { … }");
  }

  @Test
  void lockModeKeepsWhatTheLessonUsesAndHidesTheRest() {
    Lesson lesson =
        LessonParser.parse(
            """
            {"format": 1, "title": "T", "steps": [
              {"prompt": "A", "place": "network"},
              {"prompt": "B", "train": [{}]},
              {"prompt": "C", "inspect_weights": true},
              {"prompt": "D", "centre_digit": false}
            ]}
            """,
            "l.json");

    assertThat(lesson.controlsUnused())
        .containsExactlyInAnyOrder(
            LessonControl.DATASET, LessonControl.EVALUATE, LessonControl.MODEL_FILES);
  }

  @Test
  void aLessonThatNamesModelFilesKeepsThem() {
    Lesson lesson =
        LessonParser.parse(
            "{\"format\": 1, \"title\": \"T\", \"uses\": [\"model_files\", \"dataset\"],"
                + " \"steps\": [{\"prompt\": \"A\", \"place\": \"predict\"}]}",
            "l.json");

    assertThat(lesson.controlsUnused())
        .containsExactlyInAnyOrder(
            LessonControl.NETWORK,
            LessonControl.TRAIN,
            LessonControl.EVALUATE,
            LessonControl.INSPECT);
  }
}
