package dev.mnistexplorer.app.network;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.Feature;
import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.app.common.PlaceKey;
import java.util.List;
import javafx.scene.Node;

/**
 * The Network place: build a network layer by layer (or from a preset), choose its training
 * settings, every change checked at once, and hand it to the Train place.
 */
public final class NetworkFeature implements Feature {
  private final NetworkModel model;
  private final NetworkView view = new NetworkView();

  public NetworkFeature(AppContext context) {
    this(context, new NetworkModel(context.state(), context.navigator()));
  }

  /** With the builder's model made by the caller (the app's assembly, or a test). */
  public NetworkFeature(AppContext context, NetworkModel model) {
    this.model = model;
    new NetworkController(context, model, view);
  }

  @Override
  public Place place() {
    return Place.NETWORK;
  }

  @Override
  public Node view() {
    return view;
  }

  @Override
  public void shown() {
    view.layers.add.requestFocus();
  }

  @Override
  public List<PlaceKey> keys() {
    return placeKeys();
  }

  /** This place's own keys, without building it (Help lists them before a first visit). */
  public static List<PlaceKey> placeKeys() {
    return PlaceKey.concat(NetworkController.KEYS, LayerListBinder.KEYS, ShapeDiagram.KEYS);
  }
}
