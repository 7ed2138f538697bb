package dev.mnistexplorer.app.scripted;

import dev.mnistexplorer.app.predict.PredictModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;

/**
 * {@code stroke_to_bars}: draws digits on the Predict pad one stroke segment per pulse, as mouse
 * drags arrive, and measures from each segment to the frame whose layout shows the softmax bars
 * answering it (or a later segment: the model keeps only the newest request, so an answer covers
 * every segment drawn before it was asked). "Shown" is the scene's post-layout pulse listener after
 * the answer was applied: the bars have their new sizes and that frame is rendered next.
 */
final class StrokeBench {
  private final PredictModel model;
  private final Scene scene;
  private final List<double[]> digits = DigitStrokes.all();

  /** Times of segments not answered yet, oldest first. */
  private final Deque<Long> pending = new ArrayDeque<>();

  /** Segments answered since the last pulse: {segment time, answer applied time}. */
  private final List<long[]> applied = new ArrayList<>();

  private final List<Double> toShownMs = new ArrayList<>();
  private final List<Double> toAppliedMs = new ArrayList<>();
  private int digit;
  private int point;
  private int waitFrames;
  private int segments;
  private int withoutInput;
  private int unanswered;

  StrokeBench(PredictModel model, Scene scene) {
    this.model = model;
    this.scene = scene;
  }

  /** Runs on the FX thread with Predict shown and a network loaded; completes with the result. */
  CompletableFuture<JsonLine> run() {
    model.untrainedProperty().set(false);
    ChangeListener<float[]> answers = (obs, old, now) -> answered(now);
    Runnable shown = this::shown;
    model.probabilitiesProperty().addListener(answers);
    scene.addPostLayoutPulseListener(shown);
    // Pulse gaps and GC alongside: they tell a slow answer from a slow frame.
    PulseRecorder pulses = new PulseRecorder();
    GcSnapshot gc = GcSnapshot.now();
    pulses.start();
    return FrameLoop.run(now -> frame())
        .thenApply(
            ignored -> {
              FrameGaps gaps = pulses.finish();
              model.probabilitiesProperty().removeListener(answers);
              scene.removePostLayoutPulseListener(shown);
              model.clear();
              return GcSnapshot.now()
                  .addSince(gc, result())
                  .put("frame_p99_gap_ms", gaps.gaps().p99Ms())
                  .put("frame_max_gap_ms", gaps.gaps().maxMs());
            });
  }

  /** One pulse: start a digit, extend its stroke by one segment, or wait for the last answers. */
  private boolean frame() {
    double[] path = digits.get(digit);
    int points = path.length / 2;
    if (point == 0) {
      model.clear();
      model.beginStroke(path[0], path[1]);
      point = 1;
    } else if (point < points) {
      long segmentAt = System.nanoTime();
      model.extendStroke(path[2 * point], path[2 * point + 1]);
      segments++;
      if (model.networkInputProperty().get() == null) {
        withoutInput++; // too small to read yet: the pad shows a hint, no bars to wait for
      } else {
        pending.addLast(segmentAt);
      }
      point++;
    } else if (point == points) {
      model.endStroke();
      point++;
    } else if ((pending.isEmpty() && applied.isEmpty()) || ++waitFrames > 120) {
      unanswered += pending.size();
      pending.clear();
      waitFrames = 0;
      point = 0;
      return ++digit < digits.size();
    }
    return true;
  }

  /** An answer arrived: it covers every segment drawn up to the request it answers. */
  private void answered(float[] probabilities) {
    if (probabilities == null || model.lastLatencyNanos() < 0) {
      return;
    }
    long now = System.nanoTime();
    long askedAt = now - model.lastLatencyNanos();
    while (!pending.isEmpty() && pending.peekFirst() <= askedAt) {
      applied.add(new long[] {pending.removeFirst(), now});
    }
  }

  /** After a pulse's layout: the answered segments' bars are in the frame about to render. */
  private void shown() {
    if (applied.isEmpty()) {
      return;
    }
    long now = System.nanoTime();
    for (long[] segment : applied) {
      toShownMs.add((now - segment[0]) / 1e6);
      toAppliedMs.add((segment[1] - segment[0]) / 1e6);
    }
    applied.clear();
  }

  private JsonLine result() {
    LatencyStats shownStats = LatencyStats.of(toArray(toShownMs));
    LatencyStats appliedStats = LatencyStats.of(toArray(toAppliedMs));
    return JsonLine.bench("stroke_to_bars")
        .put("digits", digits.size())
        .put("segments", segments)
        .put("measured", shownStats.count())
        .put("p50_ms", shownStats.p50Ms())
        .put("p99_ms", shownStats.p99Ms())
        .put("max_ms", shownStats.maxMs())
        .put("applied_p50_ms", appliedStats.p50Ms())
        .put("applied_p99_ms", appliedStats.p99Ms())
        .put("applied_max_ms", appliedStats.maxMs())
        .put("segments_without_input", withoutInput)
        .put("segments_unanswered", unanswered)
        .put("target_ms", 16L);
  }

  private static double[] toArray(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
