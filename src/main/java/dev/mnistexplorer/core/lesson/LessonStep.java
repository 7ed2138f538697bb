package dev.mnistexplorer.core.lesson;

import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.training.TrainingConfig;
import java.util.List;
import java.util.Set;

/**
 * One step of a {@link Lesson}: the prompt shown to the class and what the app is set to. Every
 * action is optional; null (or false, or empty) leaves that knob as it is. They are done in the
 * order of the fields: the builder's network and settings, the model, Predict's switches and pad,
 * the place to show, then the training runs one after the other, then the overlay of their curves.
 *
 * @param network the builder's network (the draft), or null
 * @param training the builder's training settings, or null
 * @param quickRun whether runs train on a small subset (seconds in front of a class), or null
 * @param model the network to put in place first, or null to keep the current one
 * @param untrainedAnswer Predict's "answer with an untrained network" switch, or null
 * @param centreDigit Predict's switch that centres the drawing as MNIST does, or null
 * @param pad strokes to draw on a cleared pad ({@code x0, y0, x1, y1, …} from 0 to 1 across the
 *     square pad, y down); empty clears the pad; null leaves the pad alone
 * @param place the place to show, or null
 * @param inspectWeights whether Inspect shows its weights view rather than the forward pass
 * @param runs training runs to start, each after the previous one has ended
 * @param compareRuns how many of the newest runs to overlay on Train afterwards (0: none)
 * @param uses what else the step uses, for lock mode
 */
public record LessonStep(
    String prompt,
    NetworkSpec network,
    TrainingConfig training,
    Boolean quickRun,
    ModelChoice model,
    Boolean untrainedAnswer,
    Boolean centreDigit,
    List<float[]> pad,
    LessonControl place,
    boolean inspectWeights,
    List<LessonRun> runs,
    int compareRuns,
    Set<LessonControl> uses) {

  public LessonStep {
    runs = List.copyOf(runs);
    uses = Set.copyOf(uses);
    pad = pad == null ? null : List.copyOf(pad);
  }

  /** A step that only shows a prompt. */
  public static LessonStep prompt(String prompt) {
    return new LessonStep(
        prompt, null, null, null, null, null, null, null, null, false, List.of(), 0, Set.of());
  }
}
