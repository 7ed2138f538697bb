package dev.mnistexplorer.app.network;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.Feature;
import dev.mnistexplorer.app.common.Page;
import java.util.concurrent.CompletableFuture;
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
  public Page page() {
    return Page.NETWORK;
  }

  @Override
  public Node view() {
    return view;
  }

  @Override
  public void shown() {
    view.layers.add.requestFocus();
  }

  /** The tutorial's network and recipe, ready at once. */
  @Override
  public CompletableFuture<Void> prepareScreenshot() {
    model.applyPreset(NetworkPreset.TUTORIAL);
    return CompletableFuture.completedFuture(null);
  }
}
