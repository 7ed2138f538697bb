package dev.mnistexplorer.core.network;

import java.util.ArrayList;
import java.util.List;

/**
 * The tensor shapes a batch goes through, step by step, exactly as the PyTorch tutorial walks it:
 * (B,1,28,28) → flatten (B,784) → Linear (B,256) → sigmoid (B,256) → Linear (B,10) → softmax
 * (B,10).
 */
public final class ShapeTrace {

  /** One step: what it does ("Linear", "sigmoid", "flatten"…) and the shape it produces. */
  public record Step(String operation, long[] shape, long parameters) {

    /** The shape written the PyTorch way, e.g. "(64,784)". */
    public String shapeText() {
      StringBuilder text = new StringBuilder("(");
      for (int i = 0; i < shape.length; i++) {
        text.append(i == 0 ? "" : ",").append(shape[i]);
      }
      return text.append(')').toString();
    }

    @Override
    public String toString() {
      return operation.isEmpty() ? shapeText() : operation + " " + shapeText();
    }
  }

  private ShapeTrace() {}

  /** The steps for a batch of {@code batch} images, starting with the input itself. */
  public static List<Step> of(NetworkSpec spec, long batch) {
    List<Step> steps = new ArrayList<>();
    steps.add(new Step("", new long[] {batch, 1, spec.imageRows(), spec.imageCols()}, 0));
    steps.add(new Step("flatten", new long[] {batch, spec.inputs()}, 0));
    int fanIn = spec.inputs();
    for (LayerSpec layer : spec.hidden()) {
      long[] shape = {batch, layer.units()};
      steps.add(new Step("Linear", shape, (long) fanIn * layer.units() + layer.units()));
      steps.add(new Step(layer.activation().id(), shape, 0));
      if (layer.hasDropout()) {
        steps.add(new Step("dropout(" + layer.dropout() + ")", shape, 0));
      }
      fanIn = layer.units();
    }
    long[] out = {batch, spec.outputs()};
    steps.add(new Step("Linear", out, (long) fanIn * spec.outputs() + spec.outputs()));
    steps.add(new Step("softmax", out, 0));
    return steps;
  }

  /** The whole trace on one line, joined by arrows. */
  public static String describe(NetworkSpec spec, long batch) {
    List<String> parts = of(spec, batch).stream().map(Step::toString).toList();
    return String.join(" → ", parts);
  }
}
