package dev.mnistexplorer.app.evaluate;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.Feature;
import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.app.common.PlaceKey;
import java.util.List;
import javafx.scene.Node;

/**
 * The Evaluate place: run the network on the whole test set, read its accuracy per class and its
 * confusion matrix, open a cell to see its digits and one digit's probabilities, and send that
 * digit to Predict. Evaluates again when shown with new weights or a new dataset.
 */
public final class EvaluateFeature implements Feature {
  private final AppContext context;
  private final EvaluateModel model;
  private final EvaluateView view;

  public EvaluateFeature(AppContext context) {
    this(context, new EvaluateModel(context));
  }

  /** With the model made by the caller (the app's assembly, or a test). */
  public EvaluateFeature(AppContext context, EvaluateModel model) {
    this.context = context;
    this.model = model;
    this.view = new EvaluateView(context.state().uiScaleProperty());
    new EvaluateController(context, model, view);
  }

  @Override
  public Place place() {
    return Place.EVALUATE;
  }

  @Override
  public Node view() {
    return view;
  }

  @Override
  public void shown() {
    model.refreshIfStale();
    view.matrix.requestFocus();
  }

  @Override
  public List<PlaceKey> keys() {
    return placeKeys();
  }

  /** This place's own keys, without building it (Help lists them before a first visit). */
  public static List<PlaceKey> placeKeys() {
    return PlaceKey.concat(MatrixNavigation.KEYS, CellDigitsGrid.KEYS, ClassBars.KEYS);
  }
}
