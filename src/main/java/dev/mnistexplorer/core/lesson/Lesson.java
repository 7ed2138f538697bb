package dev.mnistexplorer.core.lesson;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A lesson for a class: a title, a one-line summary and the steps a teacher goes through, each with
 * a prompt shown large on screen and the knobs it sets (read from a JSON file by {@link
 * LessonParser}, format in docs/lessons.md). {@link #controlsUsed()} is what lock mode keeps.
 */
public record Lesson(
    String title, String summary, Set<LessonControl> uses, List<LessonStep> steps) {

  public Lesson {
    uses = Set.copyOf(uses);
    steps = List.copyOf(steps);
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("a lesson needs at least one step");
    }
  }

  /**
   * Every control the lesson touches: its own {@code uses}, each step's place and {@code uses}, and
   * what a step's actions need (Inspect for the weights view, Train for a run or an overlay,
   * Predict for the pad and its switches).
   */
  public Set<LessonControl> controlsUsed() {
    Set<LessonControl> used = EnumSet.noneOf(LessonControl.class);
    used.addAll(uses);
    for (LessonStep step : steps) {
      used.addAll(step.uses());
      if (step.place() != null) {
        used.add(step.place());
      }
      if (step.inspectWeights()) {
        used.add(LessonControl.INSPECT);
      }
      if (!step.runs().isEmpty() || step.compareRuns() > 0) {
        used.add(LessonControl.TRAIN);
      }
      if (step.pad() != null || step.untrainedAnswer() != null || step.centreDigit() != null) {
        used.add(LessonControl.PREDICT);
      }
    }
    return used;
  }

  /** What lock mode hides: every control the lesson does not use. */
  public Set<LessonControl> controlsUnused() {
    Set<LessonControl> unused = EnumSet.allOf(LessonControl.class);
    unused.removeAll(controlsUsed());
    return unused;
  }
}
