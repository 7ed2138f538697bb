package dev.mnistexplorer.app.training;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.Feature;
import dev.mnistexplorer.app.common.Page;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** The Training place (integration seam; its MVC is being written). */
public final class TrainingFeature implements Feature {
  private final Label view = new Label("Training");

  public TrainingFeature(AppContext context) {}

  @Override
  public Page page() {
    return Page.TRAIN;
  }

  @Override
  public Node view() {
    return view;
  }

  /** Stops a running training run when the window closes (the stub has none). */
  public void stopForShutdown() {}
}
