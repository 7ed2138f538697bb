package dev.mnistexplorer.app.lessons;

import dev.mnistexplorer.core.lesson.LessonControl;
import dev.mnistexplorer.core.lesson.ModelChoice;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.training.TrainingConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A stage that writes down what each step asked for, in order; models and runs end when the test
 * says so.
 */
final class RecordingStage implements LessonStage {
  final List<String> asked = new ArrayList<>();
  final List<CompletableFuture<Object>> runs = new ArrayList<>();
  final List<CompletableFuture<Object>> models = new ArrayList<>();
  boolean finishRunsAtOnce;

  @Override
  public void showNetwork(NetworkSpec network, TrainingConfig training) {
    asked.add(
        "network "
            + (network == null ? "unchanged" : network.describe())
            + " / "
            + (training == null ? "unchanged" : "learning rate " + training.learningRate()));
  }

  @Override
  public void quickRun(boolean on) {
    asked.add("quick run " + on);
  }

  @Override
  public CompletableFuture<?> useModel(ModelChoice choice) {
    asked.add("model " + choice.id());
    CompletableFuture<Object> loaded = new CompletableFuture<>();
    models.add(loaded);
    return loaded;
  }

  @Override
  public void answerUntrained(boolean on) {
    asked.add("untrained answer " + on);
  }

  @Override
  public void centreDigit(boolean on) {
    asked.add("centre digit " + on);
  }

  @Override
  public void drawOnPad(List<float[]> strokes) {
    asked.add("pad " + strokes.stream().map(Arrays::toString).toList());
  }

  @Override
  public void show(LessonControl place, boolean inspectWeights) {
    asked.add("show " + place.id() + (inspectWeights ? " weights" : ""));
  }

  @Override
  public CompletableFuture<?> train(NetworkSpec network, TrainingConfig training) {
    asked.add("train " + (network == null ? "draft" : network.describe()));
    CompletableFuture<Object> run = new CompletableFuture<>();
    runs.add(run);
    if (finishRunsAtOnce) {
      run.complete(null);
    }
    return run;
  }

  @Override
  public void compareLatestRuns(int count) {
    asked.add("compare " + count);
  }
}
