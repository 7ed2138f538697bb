package dev.mnistexplorer.core.inspect;

import dev.mnistexplorer.core.inference.Probabilities;
import java.util.List;

/**
 * Every stage of one image's way through the network, in order (see {@link StageNames}); the last
 * stage is always the softmax, the class probabilities.
 */
public record ForwardPass(List<Stage> stages) {

  public ForwardPass {
    stages = List.copyOf(stages);
    if (stages.isEmpty() || !stages.get(stages.size() - 1).name().equals(StageNames.SOFTMAX)) {
      throw new IllegalArgumentException("a forward pass ends with the softmax stage");
    }
  }

  /**
   * The stage called {@code name}.
   *
   * @throws IllegalArgumentException when there is none, naming the stages there are
   */
  public Stage stage(String name) {
    for (Stage stage : stages) {
      if (stage.name().equals(name)) {
        return stage;
      }
    }
    throw new IllegalArgumentException("no stage '" + name + "'; the stages are " + names());
  }

  /** The stages' names, in order. */
  public List<String> names() {
    return stages.stream().map(Stage::name).toList();
  }

  /** The class probabilities (the softmax stage's values). */
  public float[] probabilities() {
    return stages.get(stages.size() - 1).values();
  }

  /** The class with the highest probability. */
  public int predicted() {
    return Probabilities.argMax(probabilities());
  }
}
