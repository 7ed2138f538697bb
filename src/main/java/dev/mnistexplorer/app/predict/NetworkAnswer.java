package dev.mnistexplorer.app.predict;

import dev.mnistexplorer.core.inference.Probabilities;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The answer {@link PredictModel} shows: the probabilities, the most probable class and its
 * probability, and whether the untrained network gave it. Kept apart so the model's commands stay
 * readable; touched on the JavaFX thread only, no nodes.
 */
final class NetworkAnswer {
  final ReadOnlyObjectWrapper<float[]> probabilities = new ReadOnlyObjectWrapper<>();
  final ReadOnlyIntegerWrapper predictedClass = new ReadOnlyIntegerWrapper(-1);
  final ReadOnlyDoubleWrapper confidence = new ReadOnlyDoubleWrapper();
  final ReadOnlyBooleanWrapper untrained = new ReadOnlyBooleanWrapper();
  long latencyNanos = -1; // from the stroke to this answer

  /** No answer to show. */
  void clear() {
    predictedClass.set(-1);
    confidence.set(0);
    probabilities.set(null);
  }

  /**
   * Shows {@code answer} (one probability per class), from the untrained network or not, {@code
   * latency} nanoseconds after the stroke it answers.
   */
  void show(float[] answer, boolean fromUntrained, long latency) {
    int best = Probabilities.argMax(answer);
    latencyNanos = latency;
    // Probabilities last: views redraw on them and read the rest.
    untrained.set(fromUntrained);
    confidence.set(answer[best]);
    predictedClass.set(best);
    probabilities.set(answer);
  }
}
