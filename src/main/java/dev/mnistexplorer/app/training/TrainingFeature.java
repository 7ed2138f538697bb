package dev.mnistexplorer.app.training;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.DiscardGuard;
import dev.mnistexplorer.app.common.Feature;
import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.app.common.PlaceKey;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Node;

/**
 * The Training place: train the builder's draft network, watch its progress and curves, pause,
 * stop, or train one more epoch. Builds the {@link TrainingView} and the {@link TrainingController}
 * that binds it to the {@link TrainingModel}, and offers the shell a way to stop a run when the
 * window closes or the network is replaced.
 */
public final class TrainingFeature implements Feature {
  private final AppContext context;
  private final TrainingModel model;
  private final TrainingView view;
  private final TrainingController controller;

  public TrainingFeature(AppContext context) {
    this(context, new TrainingModel(context));
  }

  /** With the model made by the caller (the app's assembly, or a test). */
  public TrainingFeature(AppContext context, TrainingModel model) {
    this.context = context;
    this.model = model;
    this.view = new TrainingView(context.state().uiScaleProperty());
    this.controller = new TrainingController(context, model, view);
  }

  @Override
  public Place place() {
    return Place.TRAIN;
  }

  @Override
  public Node view() {
    return view;
  }

  @Override
  public void shown() {
    (view.start.isDisabled() ? view.oneMore : view.start).requestFocus();
  }

  /**
   * How to ask before Start training replaces a trained, unsaved network: the shell's own question,
   * so Start asks exactly as New, Open and Quit do.
   */
  public void setDiscardGuard(DiscardGuard guard) {
    controller.setDiscardGuard(guard);
  }

  /** Shows the "Compare runs" tab (the screenshots and a lesson's comparison). */
  public void showCompare() {
    controller.showCompare();
  }

  /**
   * Asks a running run to stop as the window closes, without waiting for it. The shell calls this
   * when the main window closes, before closing the model service (which waits for the run).
   */
  public void cancelForShutdown() {
    model.cancelForShutdown();
  }

  /** Stops a running run; completes on the FX thread once it has ended. */
  public CompletableFuture<Void> stopRun() {
    return model.stopThen();
  }

  @Override
  public List<PlaceKey> keys() {
    return placeKeys();
  }

  /** This place's own keys, without building it (Help lists them before a first visit). */
  public static List<PlaceKey> placeKeys() {
    return PlaceKey.concat(
        TrainingController.KEYS,
        CompareController.KEYS,
        CompareView.MNEMONICS,
        MetricChart.KEYS,
        RunBars.KEYS);
  }
}
