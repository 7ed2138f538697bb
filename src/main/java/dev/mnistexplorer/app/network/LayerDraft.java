package dev.mnistexplorer.app.network;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.core.network.Activation;
import dev.mnistexplorer.core.network.LayerSpec;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One hidden layer being edited: its units and dropout as typed, and its activation. The builder
 * turns it into a {@link LayerSpec} once both texts are valid.
 */
public final class LayerDraft {
  private static final I18n TR = I18n.forPackageOf(LayerDraft.class);
  private final DraftField units;
  private final ObjectProperty<Activation> activation;
  private final DraftField dropout;

  LayerDraft(LayerSpec layer) {
    units = new DraftField(TR.tr("units"), Integer.toString(layer.units()));
    activation = new SimpleObjectProperty<>(this, "activation", layer.activation());
    dropout = new DraftField(TR.tr("dropout"), NumberText.of(layer.dropout()));
  }

  public DraftField units() {
    return units;
  }

  public ObjectProperty<Activation> activationProperty() {
    return activation;
  }

  public DraftField dropout() {
    return dropout;
  }

  /** What a list of drafts must watch to notice any edit of this layer. */
  Observable[] observables() {
    return new Observable[] {units.textProperty(), activation, dropout.textProperty()};
  }
}
