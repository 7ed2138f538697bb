package dev.mnistexplorer.core.inspect;

import dev.mnistexplorer.core.network.LayerOutput;
import dev.mnistexplorer.core.network.NetworkSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Names the outputs of DJL's blocks ({@code ModelService.layerOutputs}: flatten, Linear, sigmoid,
 * dropout, …, Linear, softmax) as the stages of a {@link ForwardPass}, so that the "by layer"
 * computation lines up with the hand one stage by stage. The input stage is the image as given; the
 * normalised image is what DJL's flatten block received, so it comes from the flatten output;
 * dropout is the identity at inference and is left out.
 */
public final class LayerStages {

  private LayerStages() {}

  /**
   * The stages for one image.
   *
   * @throws IllegalArgumentException when the outputs do not follow the spec's steps
   */
  public static ForwardPass of(NetworkSpec spec, float[] unitPixels, List<LayerOutput> outputs) {
    int[] image = {spec.imageRows(), spec.imageCols()};
    List<String> names = StageNames.of(spec);
    List<Stage> stages = new ArrayList<>();
    stages.add(Stage.of(StageNames.INPUT, image, unitPixels.clone()));
    int next = 1; // index into names
    for (LayerOutput output : outputs) {
      if (output.step().startsWith("dropout")) {
        continue;
      }
      if (next >= names.size()) {
        throw new IllegalArgumentException("more layer outputs than " + spec.describe() + " has");
      }
      if (output.step().equals("flatten")) {
        stages.add(Stage.of(names.get(next++), image, output.values().clone()));
      }
      stages.add(Stage.of(names.get(next++), withBatch(output.shape()), output.values()));
    }
    if (next != names.size()) {
      throw new IllegalArgumentException("fewer layer outputs than " + spec.describe() + " has");
    }
    return new ForwardPass(stages);
  }

  /** A layer output's shape (without the batch axis) with the batch of one put back in front. */
  private static int[] withBatch(long[] shape) {
    int[] result = new int[shape.length + 1];
    result[0] = 1;
    for (int i = 0; i < shape.length; i++) {
      result[i + 1] = Math.toIntExact(shape[i]);
    }
    return result;
  }
}
