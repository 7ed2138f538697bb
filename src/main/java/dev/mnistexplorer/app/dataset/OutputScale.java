package dev.mnistexplorer.app.dataset;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * How many device pixels one layout pixel of a node's window covers: 1.0 on a plain desktop, 2.0 at
 * 200 % desktop scaling ({@code GDK_SCALE=2}). Images drawn into a canvas are scaled up by that
 * factor, and smoothed on the way, unless they are made at the device's size: the digits made here
 * follow this value so that they stay sharp on a 4K screen. It follows the node into whichever
 * window shows it, and that window's moves between screens of different scales.
 */
final class OutputScale {
  private OutputScale() {}

  /** The output scale of {@code node}'s window (1.0 while it has none). */
  static ReadOnlyDoubleProperty of(Node node) {
    DoubleProperty scale = new SimpleDoubleProperty(node, "outputScale", 1.0);
    ChangeListener<Number> onScale = (obs, old, now) -> scale.set(now.doubleValue());
    ChangeListener<Window> onWindow =
        (obs, old, now) -> {
          if (old != null) {
            old.outputScaleXProperty().removeListener(onScale);
          }
          if (now != null) {
            now.outputScaleXProperty().addListener(onScale);
            scale.set(now.getOutputScaleX());
          }
        };
    ChangeListener<Scene> onScene =
        (obs, old, now) -> {
          if (old != null) {
            old.windowProperty().removeListener(onWindow);
          }
          onWindow.changed(
              null, old == null ? null : old.getWindow(), now == null ? null : now.getWindow());
          if (now != null) {
            now.windowProperty().addListener(onWindow);
          }
        };
    node.sceneProperty().addListener(onScene);
    onScene.changed(null, null, node.getScene());
    return scale;
  }
}
