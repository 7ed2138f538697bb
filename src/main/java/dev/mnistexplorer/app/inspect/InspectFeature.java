package dev.mnistexplorer.app.inspect;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.Feature;
import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.app.common.PlaceKey;
import dev.mnistexplorer.app.inspect.weights.WeightsPart;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
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
  private final WeightsPart weights;
  private final InspectTabs tabs;
  // Held here: a binding that only a listener watches would be collected (its inputs hold it
  // weakly), and the weights would stop following the tab.
  private BooleanBinding weightsOnScreen;

  public InspectFeature(AppContext context) {
    this(context, new InspectModel(context));
  }

  /** With the model made by the caller (the app's assembly, or a test). */
  public InspectFeature(AppContext context, InspectModel model) {
    this.model = model;
    this.view = new InspectView(context.state().uiScaleProperty());
    this.weights = new WeightsPart(context);
    this.tabs = new InspectTabs(view, weights.view());
    new InspectController(context, model, view);
    bindTabs();
  }

  /**
   * The chosen tab follows the model's choice and back; each view works only while it is on screen
   * (the shell takes a hidden place out of its content pane).
   */
  private void bindTabs() {
    tabs.getSelectionModel()
        .select(model.weightsChosenProperty().get() ? tabs.weights : tabs.forward);
    model
        .weightsChosenProperty()
        .addListener(
            (o, old, chosen) ->
                tabs.getSelectionModel().select(chosen ? tabs.weights : tabs.forward));
    tabs.weights
        .selectedProperty()
        .addListener((o, old, selected) -> model.weightsChosenProperty().set(selected));
    BooleanBinding onScreen = tabs.parentProperty().isNotNull();
    model.showingProperty().bind(onScreen.and(tabs.forward.selectedProperty()));
    weightsOnScreen = onScreen.and(tabs.weights.selectedProperty());
    weightsOnScreen.addListener((o, old, now) -> weights.setShowing(now));
    weights.setShowing(weightsOnScreen.get());
  }

  @Override
  public Place place() {
    return Place.INSPECT;
  }

  @Override
  public Node view() {
    return tabs;
  }

  /**
   * Focuses the chosen stage, so Left and Right work at once; a digit just sent from another place
   * is still being computed, so then as soon as its stages are there.
   */
  @Override
  public void shown() {
    if (model.weightsChosenProperty().get()) {
      weights.focus();
    } else if (!focusChosenCard()) {
      // Until the stages are there, the tabs hold the keyboard, so Ctrl+Tab works at once.
      tabs.requestFocus();
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

  @Override
  public List<PlaceKey> keys() {
    return placeKeys();
  }

  /** This place's own keys, without building it (Help lists them before a first visit). */
  public static List<PlaceKey> placeKeys() {
    return PlaceKey.concat(InspectController.KEYS, InspectTabs.KEYS, WeightsPart.keys());
  }
}
