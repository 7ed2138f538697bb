package dev.mnistexplorer.app.archbad;

import dev.mnistexplorer.app.dataset.DatasetModel;
import javafx.scene.layout.VBox;

/** Breaks ArchitectureTest.VIEWS_SEE_NO_MODEL on purpose: a view that binds itself to a model. */
public final class ModelWatchingView extends VBox {
  ModelWatchingView(DatasetModel model) {
    model.splitProperty().addListener(observable -> requestLayout());
  }
}
