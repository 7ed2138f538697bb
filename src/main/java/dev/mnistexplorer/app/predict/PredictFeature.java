package dev.mnistexplorer.app.predict;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.Feature;
import dev.mnistexplorer.app.common.Page;
import java.util.concurrent.CompletableFuture;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;

/**
 * The Predict place, the one the app opens on: draw a digit (or open a picture, or take one sent
 * from another place) and watch the network's answer follow every stroke. Builds the {@link
 * PredictModel}, {@link PredictView} and {@link PredictController}.
 */
public final class PredictFeature implements Feature {
  private final AppContext context;
  private final PredictModel model;
  private final PredictView view;
  private final PredictController controller;

  public PredictFeature(AppContext context) {
    this(context, new PredictModel(context));
  }

  /** With the model made by the caller (the app's assembly, or a test). */
  public PredictFeature(AppContext context, PredictModel model) {
    this.context = context;
    this.model = model;
    this.view = new PredictView(context.state().uiScaleProperty());
    this.controller = new PredictController(context, model, view);
  }

  @Override
  public Page page() {
    return Page.PREDICT;
  }

  @Override
  public Node view() {
    return view;
  }

  @Override
  public void shown() {
    view.pad.requestFocus();
  }

  /** Asks for an image file to predict (Ctrl+I inside the view). */
  public void openImage() {
    controller.openImage();
  }

  @Override
  public CompletableFuture<Void> prepareScreenshot() {
    CompletableFuture<Void> ready = new CompletableFuture<>();
    Runnable draw =
        () -> {
          model.untrainedProperty().set(false);
          model.clear();
          model.addStrokes(SampleDrawings.seven());
          model.whenSettled().whenComplete((done, error) -> ready.complete(null));
        };
    if (context.state().modelProperty().get() != null) {
      draw.run();
    } else {
      // Started before the bundled model has loaded: draw as soon as there is a network.
      context
          .state()
          .modelProperty()
          .addListener(
              new InvalidationListener() {
                @Override
                public void invalidated(javafx.beans.Observable property) {
                  if (context.state().modelProperty().get() != null) {
                    property.removeListener(this);
                    draw.run();
                  }
                }
              });
    }
    return ready;
  }
}
