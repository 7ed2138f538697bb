package dev.mnistexplorer.app.common;

import java.util.List;
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

  /**
   * The keys this place handles itself (not the menus' accelerators), for Help ▸ Keyboard
   * Shortcuts; each list is declared beside the handler it describes.
   */
  default List<PlaceKey> keys() {
    return List.of();
  }
}
