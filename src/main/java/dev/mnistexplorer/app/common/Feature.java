package dev.mnistexplorer.app.common;

import java.util.concurrent.CompletableFuture;
import javafx.scene.Node;

/**
 * One place of the main window (MVC inside: a model with the state and commands, a view, and a
 * controller that binds them). The shell creates each feature once with the {@link AppContext}.
 */
public interface Feature {

  /** Which place this is. */
  Page page();

  /** The view's root node. */
  Node view();

  /** Called when the place is shown (e.g. to refresh or focus its main control). */
  default void shown() {}

  /**
   * Puts the view into a state worth a screenshot for {@code --screenshots} (a drawn digit, a
   * finished short training run …); the future completes when it is ready to be captured.
   */
  default CompletableFuture<Void> prepareScreenshot() {
    return CompletableFuture.completedFuture(null);
  }
}
