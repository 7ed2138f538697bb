package dev.mnistexplorer.app.evaluate;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.Feature;
import dev.mnistexplorer.app.common.Page;
import dev.mnistexplorer.app.common.SharedState;
import java.util.concurrent.CompletableFuture;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Node;

/**
 * The Evaluate place: run the network on the whole test set, read its accuracy per class and its
 * confusion matrix, open a cell to see its digits and one digit's probabilities, and send that
 * digit to Predict. Evaluates again when shown with new weights or a new dataset.
 */
public final class EvaluateFeature implements Feature {
  private final AppContext context;
  private final EvaluateModel model;
  private final EvaluateView view;

  public EvaluateFeature(AppContext context) {
    this(context, new EvaluateModel(context));
  }

  /** With the model made by the caller (the app's assembly, or a test). */
  public EvaluateFeature(AppContext context, EvaluateModel model) {
    this.context = context;
    this.model = model;
    this.view = new EvaluateView(context.state().uiScaleProperty());
    new EvaluateController(context, model, view);
  }

  @Override
  public Page page() {
    return Page.EVALUATE;
  }

  @Override
  public Node view() {
    return view;
  }

  @Override
  public void shown() {
    model.refreshIfStale();
    view.matrix.requestFocus();
  }

  /**
   * Evaluates the current network on the whole test set, then opens the most confused pair and its
   * first digit; completes once that is laid out and drawn.
   */
  @Override
  public CompletableFuture<Void> prepareScreenshot() {
    return whenLoaded()
        .thenComposeAsync(loaded -> model.evaluate(), context.fx())
        .thenComposeAsync(evaluated -> model.showMostConfused(), context.fx())
        .thenRunAsync(
            () -> {
              view.applyCss();
              view.layout();
            },
            context.fx());
  }

  /** Completes on the JavaFX thread once the dataset and a network are loaded. */
  private CompletableFuture<Void> whenLoaded() {
    SharedState state = context.state();
    CompletableFuture<Void> loaded = new CompletableFuture<>();
    InvalidationListener check =
        new InvalidationListener() {
          @Override
          public void invalidated(Observable observable) {
            if (state.datasetProperty().get() != null && state.modelProperty().get() != null) {
              state.datasetProperty().removeListener(this);
              state.modelProperty().removeListener(this);
              loaded.complete(null);
            }
          }
        };
    context
        .fx()
        .execute(
            () -> {
              state.datasetProperty().addListener(check);
              state.modelProperty().addListener(check);
              check.invalidated(null);
            });
    return loaded;
  }
}
