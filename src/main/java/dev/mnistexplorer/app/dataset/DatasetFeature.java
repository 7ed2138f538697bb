package dev.mnistexplorer.app.dataset;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.Feature;
import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.app.common.PlaceKey;
import java.util.List;
import javafx.scene.Node;

/**
 * The Dataset place: browse every image of the current dataset in a fast grid, filter by label,
 * look at one digit's pixel values, see class counts and mean images, switch datasets, and send a
 * digit to Predict.
 */
public final class DatasetFeature implements Feature {
  private final AppContext context;
  private final DatasetModel model;
  private final DatasetSourceModel source;
  private final DatasetView view = new DatasetView();

  public DatasetFeature(AppContext context) {
    this(context, new DatasetModel(context));
  }

  /** With the browsing model made by the caller (the app's assembly, or a test). */
  public DatasetFeature(AppContext context, DatasetModel model) {
    this(context, model, new MyDigitsModel(context));
  }

  /** With the browsing model and the personal digits' model made by the caller. */
  public DatasetFeature(AppContext context, DatasetModel model, MyDigitsModel myDigits) {
    this.context = context;
    this.model = model;
    this.source = new DatasetSourceModel(context);
    FineTuneModel fineTune = new FineTuneModel(context, myDigits, source::mnist);
    new DatasetController(context, model, source, view);
    new MyDigitsBinder(context, model, myDigits, fineTune, view).bind();
  }

  @Override
  public Place place() {
    return Place.DATASET;
  }

  @Override
  public Node view() {
    return view;
  }

  @Override
  public void shown() {
    view.grid.requestFocus();
  }

  @Override
  public List<PlaceKey> keys() {
    return placeKeys();
  }

  /** This place's own keys, without building it (Help lists them before a first visit). */
  public static List<PlaceKey> placeKeys() {
    return PlaceKey.concat(
        DatasetGrid.KEYS,
        DatasetController.KEYS,
        ClassCountBars.KEYS,
        PixelValuesView.KEYS,
        MyDigitsBinder.KEYS,
        MyDigitsBar.MNEMONICS);
  }
}
