package dev.mnistexplorer.app.inspect;

import dev.mnistexplorer.app.common.PlaceKey;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;

/**
 * The Inspect place's two views, one at a time: the forward pass of one digit and the first layer's
 * weights (Ctrl+Tab switches). Only nodes here; {@link InspectFeature} binds the choice.
 */
final class InspectTabs extends TabPane {
  /** Help ▸ Keyboard Shortcuts: the TabPane's own switch key. */
  static final List<PlaceKey> KEYS =
      List.of(new PlaceKey("Ctrl+Tab", "forward pass or first-layer weights"));

  final Tab forward = new Tab("Forward pass");
  final Tab weights = new Tab("First-layer weights");

  InspectTabs(Node forwardView, Node weightsView) {
    getStyleClass().add("inspect-tabs");
    forward.setContent(forwardView);
    weights.setContent(weightsView);
    forward.setTooltip(new Tooltip("One digit through the network, step by step (Ctrl+Tab)"));
    weights.setTooltip(
        new Tooltip("What each first-layer unit looks for: its 784 weights as a tile (Ctrl+Tab)"));
    getTabs().setAll(forward, weights);
    setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
  }
}
