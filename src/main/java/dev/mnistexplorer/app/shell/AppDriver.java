package dev.mnistexplorer.app.shell;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.app.dataset.DatasetModel;
import dev.mnistexplorer.app.dataset.MyDigitsModel;
import dev.mnistexplorer.app.evaluate.EvaluateModel;
import dev.mnistexplorer.app.inspect.InspectModel;
import dev.mnistexplorer.app.lessons.LessonsModel;
import dev.mnistexplorer.app.network.NetworkModel;
import dev.mnistexplorer.app.predict.PredictModel;
import dev.mnistexplorer.app.predict.WhyModel;
import dev.mnistexplorer.app.training.TrainingModel;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Scene;

/**
 * What a scripted mode ({@code --screenshots}, {@code --ui-bench}) may do with the running main
 * window: show a place, read the scene, wait until the data and the bundled model are loaded, and
 * use the commands of the places' own models. The shell hands it to a {@link ScriptedRun}; nothing
 * in the app knows the scripted modes themselves.
 */
public interface AppDriver {

  /** The main window's scene (for snapshots and frame timing). */
  Scene scene();

  /** Shows a place, as the navigation does. */
  void show(Place place);

  /** Completes when start-up (dataset and bundled model) has finished, well or not. */
  CompletableFuture<Void> ready();

  /** The shared context: state, executors. */
  AppContext context();

  /** When the window appeared and the first prediction became possible. */
  LaunchTimes launchTimes();

  /** Turns projector mode on or off. */
  void setProjector(boolean on);

  /** Puts the bundled pretrained model back; completes once it is loaded. */
  CompletableFuture<?> openBundledModel();

  /** The Dataset place's browsing model. */
  DatasetModel dataset();

  /** The Dataset place's model of the learner's own digits (My digits). */
  MyDigitsModel myDigits();

  /** The Network place's model (the builder's layers and settings). */
  NetworkModel network();

  /** The Predict place's model (strokes and answers). */
  PredictModel predict();

  /** The Training place's model (runs). */
  TrainingModel training();

  /** Predict's "why this answer" and nearest training digits. */
  WhyModel why();

  /** The Evaluate place's model (evaluations and the confusion matrix's drill-down). */
  EvaluateModel evaluate();

  /** The Inspect place's model (the forward pass and which view is shown). */
  InspectModel inspect();

  /** The lesson in progress, its steps and lock mode. */
  LessonsModel lessons();
}
