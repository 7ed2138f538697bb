package dev.mnistexplorer.app.network;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.Feature;
import dev.mnistexplorer.app.common.Page;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** The Network place (integration seam; its MVC is being written). */
public final class NetworkFeature implements Feature {
  private final Label view = new Label("Network");

  public NetworkFeature(AppContext context) {}

  @Override
  public Page page() {
    return Page.NETWORK;
  }

  @Override
  public Node view() {
    return view;
  }
}
