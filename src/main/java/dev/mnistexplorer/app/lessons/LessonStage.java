package dev.mnistexplorer.app.lessons;

import dev.mnistexplorer.core.lesson.LessonControl;
import dev.mnistexplorer.core.lesson.ModelChoice;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.training.TrainingConfig;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What a lesson step can ask of the app, one knob at a time. The shell implements it with the
 * places' own public commands (the lessons never see a place: ArchitectureTest), and tests with a
 * recorder. Called on the JavaFX thread; the futures complete on it too.
 */
public interface LessonStage {

  /** Shows a network and/or training settings in the builder (the draft); null keeps that part. */
  void showNetwork(NetworkSpec network, TrainingConfig training);

  /** Whether training runs use the quick subset of the training images. */
  void quickRun(boolean on);

  /** Puts the pretrained model or a fresh untrained network in place. */
  CompletableFuture<?> useModel(ModelChoice choice);

  /** Predict answers with an untrained network of the same layers (true) or the current one. */
  void answerUntrained(boolean on);

  /** Predict centres the drawing as MNIST does (true) or leaves it where it was drawn. */
  void centreDigit(boolean on);

  /** Clears the pad and draws these strokes ({@code x0, y0, x1, y1, …}, 0..1 across the pad). */
  void drawOnPad(List<float[]> strokes);

  /** Shows a place; for Inspect, its weights view when {@code inspectWeights}. */
  void show(LessonControl place, boolean inspectWeights);

  /**
   * Starts a training run of a fresh network (null: the draft's network and settings); completes
   * when it has ended, well or not.
   */
  CompletableFuture<?> train(NetworkSpec network, TrainingConfig training);

  /** Overlays the curves of the newest {@code count} runs on Train. */
  void compareLatestRuns(int count);
}
