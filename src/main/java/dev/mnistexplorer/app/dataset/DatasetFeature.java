package dev.mnistexplorer.app.dataset;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.Feature;
import dev.mnistexplorer.app.common.Page;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** The Dataset place (integration seam; its MVC is being written). */
public final class DatasetFeature implements Feature {
  private final Label view = new Label("Dataset");

  public DatasetFeature(AppContext context) {}

  @Override
  public Page page() {
    return Page.DATASET;
  }

  @Override
  public Node view() {
    return view;
  }
}
