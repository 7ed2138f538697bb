package dev.mnistexplorer.app.inspect;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.Icons;
import dev.mnistexplorer.app.common.PlaceKey;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/**
 * The Inspect place's two views, one at a time: the forward pass of one digit and the first layer's
 * weights (Ctrl+Tab switches). Only nodes here; {@link InspectFeature} binds the choice.
 */
final class InspectTabs extends TabPane {
  private static final I18n TR = I18n.forPackageOf(InspectTabs.class);

  /** Help ▸ Keyboard Shortcuts: the TabPane's own switch key. */
  static final List<PlaceKey> KEYS =
      List.of(new PlaceKey(TR.tr("Ctrl+Tab"), TR.tr("forward pass or first-layer weights")));

  final Tab forward = new Tab(TR.tr("Forward pass"));
  final Tab weights = new Tab(TR.tr("First-layer weights"));

  InspectTabs(Node forwardView, Node weightsView) {
    getStyleClass().add("inspect-tabs");
    forward.setContent(forwardView);
    weights.setContent(weightsView);
    forward.setGraphic(Icons.of(MaterialDesignR.RAY_START_ARROW));
    weights.setGraphic(Icons.of(MaterialDesignV.VIEW_GRID_OUTLINE));
    forward.setTooltip(
        new Tooltip(TR.tr("One digit through the network, step by step (Ctrl+Tab)")));
    weights.setTooltip(
        new Tooltip(
            TR.tr("What each first-layer unit looks for: its 784 weights as a tile (Ctrl+Tab)")));
    getTabs().setAll(forward, weights);
    setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
  }
}
