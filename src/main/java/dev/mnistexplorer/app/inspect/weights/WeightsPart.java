package dev.mnistexplorer.app.inspect.weights;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.PlaceKey;
import java.util.List;
import javafx.scene.Node;

/**
 * The first-layer weights as a part another place embeds (the Inspect place): every unit as a tile
 * of its incoming weights in a scrolling grid, live during training, and one unit up close with the
 * test digits that excite it most. It follows the weights only while its host says it is showing
 * ({@link #setShowing}), so a hidden part costs training nothing.
 */
public final class WeightsPart {
  private final WeightsModel model;
  private final WeightsView view;

  public WeightsPart(AppContext context) {
    this(context, new WeightsModel(context));
  }

  /** With the model made by the caller (the app's assembly, or a test). */
  public WeightsPart(AppContext context, WeightsModel model) {
    this.model = model;
    this.view = new WeightsView(context.state().uiScaleProperty());
    new WeightsController(context, model, view);
  }

  /** The part's root node. */
  public Node view() {
    return view;
  }

  /** The host shows ({@code true}) or hides the part: it refreshes only while showing. */
  public void setShowing(boolean showing) {
    model.showingProperty().set(showing);
  }

  /** Puts the keyboard in the grid of tiles. */
  public void focus() {
    view.grid.requestFocus();
  }

  /** The weight tiles' keys, for Help ▸ Keyboard Shortcuts. */
  public static List<PlaceKey> keys() {
    return WeightsGrid.KEYS;
  }
}
