package dev.mnistexplorer.app.inspect;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.Feature;
import dev.mnistexplorer.app.common.Place;
import javafx.scene.Node;

/**
 * The Inspect place: the forward pass of one digit (the Predict pad's, live, or one sent from
 * Dataset or Evaluate) as a strip of stages with their shapes, pictures and numbers, computed by
 * hand or by layer. Builds the {@link InspectModel}, {@link InspectView} and {@link
 * InspectController}.
 */
public final class InspectFeature implements Feature {
  private final InspectModel model;
  private final InspectView view;

  public InspectFeature(AppContext context) {
    this(context, new InspectModel(context));
  }

  /** With the model made by the caller (the app's assembly, or a test). */
  public InspectFeature(AppContext context, InspectModel model) {
    this.model = model;
    this.view = new InspectView(context.state().uiScaleProperty());
    new InspectController(context, model, view);
  }

  @Override
  public Place place() {
    return Place.INSPECT;
  }

  @Override
  public Node view() {
    return view;
  }

  @Override
  public void shown() {
    int chosen = model.selectedStageProperty().get();
    if (model.passProperty().get() != null && chosen < view.cards().size()) {
      view.cards().get(chosen).requestFocus();
    } else {
      view.follow.requestFocus();
    }
  }
}
