package dev.mnistexplorer.app.inspect;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.Feature;
import dev.mnistexplorer.app.common.Place;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
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

  /**
   * Focuses the chosen stage, so Left and Right work at once; a digit just sent from another place
   * is still being computed, so then as soon as its stages are there.
   */
  @Override
  public void shown() {
    if (!focusChosenCard()) {
      model
          .passProperty()
          .addListener(
              new InvalidationListener() {
                @Override
                public void invalidated(Observable observable) {
                  model.passProperty().removeListener(this);
                  if (view.getScene() != null) {
                    focusChosenCard();
                  }
                }
              });
    }
  }

  private boolean focusChosenCard() {
    int chosen = model.selectedStageProperty().get();
    if (model.passProperty().get() == null || chosen >= view.cards().size()) {
      return false;
    }
    view.cards().get(chosen).requestFocus();
    return true;
  }
}
