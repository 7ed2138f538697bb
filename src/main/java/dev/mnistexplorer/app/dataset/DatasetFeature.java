package dev.mnistexplorer.app.dataset;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.Feature;
import dev.mnistexplorer.app.common.Page;
import java.util.concurrent.CompletableFuture;
import javafx.beans.value.ObservableValue;
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
    this.context = context;
    this.model = model;
    this.source = new DatasetSourceModel(context);
    new DatasetController(context, model, source, view);
  }

  @Override
  public Page page() {
    return Page.DATASET;
  }

  @Override
  public Node view() {
    return view;
  }

  @Override
  public void shown() {
    view.grid.requestFocus();
  }

  /** Training image 0 (a 5) selected, its pixel values shown; completes once it is drawn. */
  @Override
  public CompletableFuture<Void> prepareScreenshot() {
    CompletableFuture<Void> ready = new CompletableFuture<>();
    whenPresent(
        context.state().datasetProperty(),
        () -> {
          model.splitProperty().set(Split.TRAIN);
          model.filterBy(DatasetModel.ALL_LABELS);
          model.select(0);
          view.grid.scrollToRow(0);
          whenPresent(
              model.statisticsProperty(),
              // One more pulse so the canvases have drawn what was just set.
              () -> context.fx().execute(() -> ready.complete(null)));
        });
    return ready;
  }

  /** Runs {@code action} once {@code value} is non-null (at once if it already is). */
  private static void whenPresent(ObservableValue<?> value, Runnable action) {
    if (value.getValue() != null) {
      action.run();
      return;
    }
    value.addListener(
        new javafx.beans.value.ChangeListener<Object>() {
          @Override
          public void changed(ObservableValue<?> obs, Object old, Object now) {
            if (now != null) {
              value.removeListener(this);
              action.run();
            }
          }
        });
  }
}
