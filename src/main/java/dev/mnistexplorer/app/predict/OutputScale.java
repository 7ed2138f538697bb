package dev.mnistexplorer.app.predict;

import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * How many device pixels one layout unit of a node covers: 1 on an ordinary screen, 2 at 200%
 * desktop scaling ({@code GDK_SCALE=2}). Pixel art drawn for the device's pixels stays crisp
 * squares; drawn for layout units and stretched by the renderer it turns blurry.
 */
final class OutputScale {

  private OutputScale() {}

  /** The output scale of the window {@code node} is shown in, or 1 while it is in none. */
  static double of(Node node) {
    Scene scene = node.getScene();
    Window window = scene == null ? null : scene.getWindow();
    return window == null ? 1 : Math.max(1, window.getOutputScaleX());
  }

  /**
   * Calls {@code redraw} whenever {@code node}'s output scale may have changed: it joins another
   * scene or window, or its window moves to a screen with another scale.
   */
  static void follow(Node node, Runnable redraw) {
    InvalidationListener scaleChanged = o -> redraw.run();
    ChangeListener<Window> windowChanged =
        (o, was, now) -> {
          if (was != null) {
            was.outputScaleXProperty().removeListener(scaleChanged);
          }
          if (now != null) {
            now.outputScaleXProperty().addListener(scaleChanged);
          }
          redraw.run();
        };
    node.sceneProperty()
        .addListener(
            (o, was, now) -> {
              if (was != null) {
                was.windowProperty().removeListener(windowChanged);
                windowChanged.changed(null, was.getWindow(), null);
              }
              if (now != null) {
                now.windowProperty().addListener(windowChanged);
                windowChanged.changed(null, null, now.getWindow());
              }
            });
  }
}
