package dev.mnistexplorer.app.common;

import javafx.scene.Node;

/**
 * One place of the main window (MVC inside: a model with the state and commands, a view, and a
 * controller that binds them). The shell creates each feature once with the {@link AppContext}.
 */
public interface Feature {

  /** Which place this is. */
  Place place();

  /** The view's root node. */
  Node view();

  /** Called when the place is shown (e.g. to refresh or focus its main control). */
  default void shown() {}
}
