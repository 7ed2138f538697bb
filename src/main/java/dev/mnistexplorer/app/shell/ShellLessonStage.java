package dev.mnistexplorer.app.shell;

import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.app.common.SharedState;
import dev.mnistexplorer.app.lessons.LessonStage;
import dev.mnistexplorer.app.predict.PadStroke;
import dev.mnistexplorer.app.predict.PredictModel;
import dev.mnistexplorer.core.lesson.LessonControl;
import dev.mnistexplorer.core.lesson.ModelChoice;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.training.TrainingConfig;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Does a lesson step's actions with the places' own public commands: the builder's draft, Predict's
 * switches and pad, Train's runs, Inspect's weights view, the shell's model commands. A command
 * that replaces the network or starts a run first stops a run that is still going (the lesson asked
 * before it started whether to save unsaved training).
 */
final class ShellLessonStage implements LessonStage {
  private final AppAssembly assembly;
  private final MainWindow window;
  private final ShellModel shell;

  ShellLessonStage(AppAssembly assembly, MainWindow window, ShellModel shell) {
    this.assembly = assembly;
    this.window = window;
    this.shell = shell;
  }

  /** The place a lesson names; the two enums share their names. */
  static Place place(LessonControl control) {
    return Place.valueOf(control.name());
  }

  @Override
  public void showNetwork(NetworkSpec network, TrainingConfig training) {
    assembly.networkModel().show(network, training);
  }

  @Override
  public void quickRun(boolean on) {
    assembly.trainingModel().quickRunProperty().set(on);
  }

  @Override
  public CompletableFuture<?> useModel(ModelChoice choice) {
    return assembly
        .stopTrainingRun()
        .thenCompose(
            stopped -> choice == ModelChoice.PRETRAINED ? shell.openBundled() : shell.newModel());
  }

  @Override
  public void answerUntrained(boolean on) {
    assembly.predictModel().untrainedProperty().set(on);
  }

  @Override
  public void centreDigit(boolean on) {
    assembly.predictModel().centreDigitProperty().set(on);
  }

  @Override
  public void drawOnPad(List<float[]> strokes) {
    PredictModel predict = assembly.predictModel();
    predict.clear();
    if (!strokes.isEmpty()) {
      predict.addStrokes(strokes.stream().map(PadStroke::through).toList());
    }
  }

  @Override
  public void show(LessonControl place, boolean inspectWeights) {
    if (place == LessonControl.INSPECT) {
      assembly.inspectModel().weightsChosenProperty().set(inspectWeights);
    }
    window.show(place(place));
  }

  @Override
  public CompletableFuture<?> train(NetworkSpec network, TrainingConfig training) {
    SharedState state = assembly.context().state();
    NetworkSpec spec = network != null ? network : state.draftSpecProperty().get();
    TrainingConfig config = training != null ? training : state.draftConfigProperty().get();
    if (spec == null || config == null) {
      return CompletableFuture.failedFuture(
          new IllegalStateException("the Network place's settings are not valid"));
    }
    return assembly
        .stopTrainingRun()
        .thenCompose(stopped -> assembly.trainingModel().startWith(spec, config));
  }

  @Override
  public void compareLatestRuns(int count) {
    assembly.trainingModel().compareLatestRuns(count);
  }
}
