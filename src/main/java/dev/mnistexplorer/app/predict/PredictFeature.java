package dev.mnistexplorer.app.predict;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.Feature;
import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.app.common.PlaceKey;
import java.util.List;
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

  /** With the model made by the caller (a test). */
  public PredictFeature(AppContext context, PredictModel model) {
    this(context, model, new WhyModel(context, model));
  }

  /** With the models made by the caller (the app's assembly, or a test). */
  public PredictFeature(AppContext context, PredictModel model, WhyModel why) {
    this.context = context;
    this.model = model;
    this.view = new PredictView(context.state().uiScaleProperty());
    this.controller = new PredictController(context, model, why, view);
  }

  @Override
  public Place place() {
    return Place.PREDICT;
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
  public List<PlaceKey> keys() {
    return placeKeys();
  }

  /** This place's own keys, without building it (Help lists them before a first visit). */
  public static List<PlaceKey> placeKeys() {
    return PlaceKey.concat(
        PredictController.KEYS, SoftmaxBars.KEYS, PredictView.MNEMONICS, WhyPanel.MNEMONICS);
  }
}
