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
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;

/**
 * The Training place's controller: binds the {@link TrainingView} to the {@link TrainingModel},
 * wires the buttons and the keyboard (Ctrl+Enter start, Space pause/resume, Esc stop, active only
 * while this place is shown), and offers the shell a way to stop a run when the window closes.
 */
public final class TrainingFeature implements Feature {
  private static final KeyCombination START =
      new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

  private final AppContext context;
  private final TrainingModel model;
  private final TrainingView view;
  private final ScrollPane scroller;
  private final EventHandler<KeyEvent> keys = this::onKey;
  private DiscardGuard discardGuard = DiscardGuard.never();

  public TrainingFeature(AppContext context) {
    this(context, new TrainingModel(context));
  }

  /** With the model made by the caller (the app's assembly, or a test). */
  public TrainingFeature(AppContext context, TrainingModel model) {
    this.context = context;
    this.model = model;
    this.view = new TrainingView(model, context.state());
    // Scrolls only when even the charts' minimum does not fit (projector mode on a small screen).
    this.scroller = new ScrollPane(view);
    scroller.setFitToWidth(true);

    scroller.setFocusTraversable(false);
    scroller.getStyleClass().add("training-scroll");
    scroller.getStylesheets().addAll(view.getStylesheets());
    // Fill the height the pane offers (the charts grow), but never below the view's minimum: then
    // it scrolls. (fitToHeight does not show the scroll bar when the content's minimum changes.)
    scroller
        .viewportBoundsProperty()
        .addListener((obs, old, bounds) -> view.setPrefHeight(bounds.getHeight()));
    CompletionNotifier.watch(model.banner());
    view.start.setOnAction(event -> startAfterAsking());
    view.pause.setOnAction(event -> model.togglePause());
    view.stop.setOnAction(event -> model.stop());
    view.oneMore.setOnAction(event -> model.oneMoreEpoch());
    model
        .quickRunProperty()
        .addListener((obs, old, quick) -> (quick ? view.quickRun : view.fullSet).setSelected(true));
    // Keys go through the scene so they work wherever the focus is, but only while shown.
    view.sceneProperty()
        .addListener(
            (ChangeListener<Scene>)
                (obs, old, now) -> {
                  if (old != null) {
                    old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
                  }
                  if (now != null) {
                    now.addEventFilter(KeyEvent.KEY_PRESSED, keys);
                  }
                });
  }

  @Override
  public Page page() {
    return Page.TRAIN;
  }

  @Override
  public Node view() {
    return scroller;
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
    discardGuard = guard;
  }

  /** Start builds a fresh network: unsaved training of the current one is lost unless kept. */
  private void startAfterAsking() {
    if (discardGuard.mayDiscard("training a new network")) {
      model.start();
    }
  }

  /**
   * Cancels a running training run and waits briefly (at most 2 s) for it to end. The shell calls
   * this when the main window closes, before closing the model service.
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

  private void onKey(KeyEvent event) {
    if (START.match(event)) {
      if (model.canStartProperty().get()) {
        event.consume();
        startAfterAsking();
      }
    } else if (event.getCode() == KeyCode.SPACE && !event.isShortcutDown()) {
      if (model.canPauseProperty().get()) {
        model.togglePause();
        event.consume();
      }
    } else if (event.getCode() == KeyCode.ESCAPE && model.canStopProperty().get()) {
      model.stop();
      event.consume();
    }
  }
}
