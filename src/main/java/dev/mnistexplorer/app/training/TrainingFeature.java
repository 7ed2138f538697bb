package dev.mnistexplorer.app.training;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.DiscardGuard;
import dev.mnistexplorer.app.common.Feature;
import dev.mnistexplorer.app.common.Page;
import dev.mnistexplorer.core.network.NetworkSpec;
import java.util.concurrent.CompletableFuture;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.util.Duration;

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
  public Page page() {
    return Page.TRAIN;
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

  /** A quick run of the tutorial network, 2 epochs, ready when it has finished and is drawn. */
  @Override
  public CompletableFuture<Void> prepareScreenshot() {
    CompletableFuture<Void> ready = new CompletableFuture<>();
    Runnable run =
        () -> {
          model.quickRunProperty().set(true);
          model
              .startWith(
                  NetworkSpec.tutorial(), context.state().draftConfigProperty().get().withEpochs(2))
              .whenComplete((result, error) -> afterLayout(ready));
        };
    if (model.canStartProperty().get()) {
      run.run();
    } else {
      model
          .canStartProperty()
          .addListener(
              new ChangeListener<Boolean>() {
                @Override
                public void changed(
                    ObservableValue<? extends Boolean> obs, Boolean old, Boolean now) {
                  if (now) {
                    model.canStartProperty().removeListener(this);
                    run.run();
                  }
                }
              });
    }
    return ready;
  }

  /** Completes once a few pulses have laid out and drawn the charts. */
  private static void afterLayout(CompletableFuture<Void> ready) {
    PauseTransition settle = new PauseTransition(Duration.millis(300));
    settle.setOnFinished(event -> ready.complete(null));
    settle.play();
  }
}
