package dev.mnistexplorer.app.predict;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.Feature;
import dev.mnistexplorer.app.common.Page;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** The Predict place (integration seam; its MVC is being written). */
public final class PredictFeature implements Feature {
  private final Label view = new Label("Predict");

  public PredictFeature(AppContext context) {}

  @Override
  public Page page() {
    return Page.PREDICT;
  }

  @Override
  public Node view() {
    return view;
  }
}
