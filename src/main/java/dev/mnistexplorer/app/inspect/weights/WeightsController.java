package dev.mnistexplorer.app.inspect.weights;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.core.inspect.Excitation;
import dev.mnistexplorer.core.inspect.LayerWeights;
import dev.mnistexplorer.core.inspect.TileScale;
import dev.mnistexplorer.core.inspect.WeightTiles;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;

/**
 * Binds the weights view to its model: the snapshot and the scale into the grid, the legend and the
 * heading (through {@link WeightsText}); the chosen unit into the large tile and its exciting
 * digits; the grid's choice and the scale toggle into the model.
 */
final class WeightsController {
  private static final I18n TR = I18n.forPackageOf(WeightsController.class);

  private final AppContext context;
  private final WeightsModel model;
  private final WeightsView view;

  WeightsController(AppContext context, WeightsModel model, WeightsView view) {
    this.context = context;
    this.model = model;
    this.view = view;
    bindGrid();
    bindScale();
    bindStatus();
    model.weightsProperty().addListener(observable -> showWeights());
    model.selectedUnitProperty().addListener(observable -> showUnit());
    model.scaleProperty().addListener(observable -> showUnit());
    model.excitingDigitsProperty().addListener(observable -> showDigits());
    showWeights();
  }

  private void bindGrid() {
    view.grid.weightsProperty().bind(model.weightsProperty());
    view.grid.scaleProperty().bind(model.scaleProperty());
    view.grid.chosenUnitProperty().set(model.selectedUnitProperty().get());
    view.grid.chosenUnitProperty().addListener((obs, old, now) -> model.select(now.intValue()));
    model
        .selectedUnitProperty()
        .addListener((obs, old, now) -> view.grid.chosenUnitProperty().set(now.intValue()));
    Observable[] inputs = {
      model.weightsProperty(), model.selectedUnitProperty(), view.grid.keyboardUnitProperty()
    };
    view.grid
        .accessibleTextProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    WeightsText.gridAccessibleText(
                        model.weightsProperty().get(),
                        view.grid.keyboardUnitProperty().get(),
                        model.selectedUnitProperty().get()),
                inputs));
  }

  private void bindScale() {
    view.perTile.setSelected(model.scaleProperty().get() == TileScale.PER_TILE);
    view.shared.setSelected(model.scaleProperty().get() == TileScale.SHARED);
    view.scale
        .getToggleGroup()
        .selectedToggleProperty()
        .addListener(
            (obs, old, now) -> {
              if (now == null) {
                old.setSelected(true); // one of the two is always on
              } else {
                model
                    .scaleProperty()
                    .set(now == view.shared ? TileScale.SHARED : TileScale.PER_TILE);
              }
            });
    model
        .scaleProperty()
        .addListener(
            (obs, old, now) ->
                (now == TileScale.SHARED ? view.shared : view.perTile).setSelected(true));
  }

  private void bindStatus() {
    Observable[] inputs = {
      model.messageProperty(), model.weightsProperty(), context.state().trainingProperty()
    };
    view.status
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    WeightsText.status(
                        model.messageProperty().get(),
                        model.weightsProperty().get(),
                        context.state().trainingProperty().get()),
                inputs));
  }

  private void showWeights() {
    LayerWeights weights = model.weightsProperty().get();
    view.heading.setText(WeightsText.heading(weights));
    view.explanation.setText(WeightsText.explanation(weights));
    showUnit();
  }

  /** The legend and the chosen unit's tile and numbers, for the current snapshot and scale. */
  private void showUnit() {
    LayerWeights weights = model.weightsProperty().get();
    TileScale scale = model.scaleProperty().get();
    int unit = model.selectedUnitProperty().get();
    view.legend.show(
        WeightsText.legendLow(weights, scale, unit),
        WeightsText.legendHigh(weights, scale, unit),
        WeightsText.legendCaption(weights, scale, unit));
    view.detail.title.setText(WeightsText.unitTitle(weights, unit));
    view.detail.numbers.setText(WeightsText.unitNumbers(weights, unit));
    boolean chosen = weights != null && unit >= 0 && unit < weights.units();
    view.detail.showTile(
        chosen ? WeightTiles.tile(weights, unit, scale, view.detail.largeZoom()) : null,
        WeightsText.unitAccessibleText(weights, unit));
    if (!chosen) {
      view.detail.digitsHeading.setText("");
      view.detail.clearDigits();
    }
  }

  private void showDigits() {
    ExcitingDigits exciting = model.excitingDigitsProperty().get();
    view.detail.clearDigits();
    if (exciting == null) {
      boolean chosen = model.selectedUnitProperty().get() >= 0;
      view.detail.digitsHeading.setText(
          chosen ? TR.tr("Looking for the digits that excite it…") : "");
      return;
    }
    List<Excitation> digits = exciting.digits();
    view.detail.digitsHeading.setText(
        WeightsText.topDigitsHeading(model.weightsProperty().get(), digits));
    for (int i = 0; i < digits.size(); i++) {
      Excitation digit = digits.get(i);
      view.detail.addDigit(
          exciting.pixels(i),
          WeightsText.activation(digit),
          WeightsText.digitTooltip(
              exciting.dataset().name(), exciting.dataset().classNames(), digit));
    }
  }
}
