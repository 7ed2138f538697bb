package dev.mnistexplorer.app.evaluate;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.Feature;
import dev.mnistexplorer.app.common.Page;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** The Evaluate place (integration seam; its MVC is being written). */
public final class EvaluateFeature implements Feature {
  private final Label view = new Label("Evaluate");

  public EvaluateFeature(AppContext context) {}

  @Override
  public Page page() {
    return Page.EVALUATE;
  }

  @Override
  public Node view() {
    return view;
  }
}
