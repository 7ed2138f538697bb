package dev.mnistexplorer.app.dataset;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.core.data.Dataset;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;

/**
 * Binds the selected digit's detail and the split's statistics to the browsing model (split from
 * {@link DatasetController} to keep each class to one concern).
 */
final class DetailBinder {
  private static final I18n TR = I18n.forPackageOf(DetailBinder.class);

  private final DatasetModel model;
  private final DatasetView view;
  private final DoubleProperty uiScale;

  DetailBinder(DatasetModel model, DatasetView view, DoubleProperty uiScale) {
    this.model = model;
    this.view = view;
    this.uiScale = uiScale;
  }

  void bind() {
    SelectedDigitPanel detail = view.detail;
    detail.pixels.digitProperty().bind(model.selectedProperty());
    detail.pixels.normalisedProperty().bind(model.normalisedProperty());
    detail.pixels.uiScaleProperty().bind(uiScale);
    detail.raw.setSelected(!model.normalisedProperty().get());
    detail.normalised.setSelected(model.normalisedProperty().get());
    detail
        .raw
        .getToggleGroup()
        .selectedToggleProperty()
        .addListener(
            (obs, old, now) -> {
              if (now == null) {
                old.setSelected(true);
              } else {
                model.normalisedProperty().set(now == detail.normalised);
              }
            });
    model
        .normalisedProperty()
        .addListener((obs, old, now) -> (now ? detail.normalised : detail.raw).setSelected(true));
    // A mnemonic (Alt+R, Alt+N) sends a toggle button an action event without selecting it.
    detail.raw.setOnAction(event -> model.normalisedProperty().set(false));
    detail.normalised.setOnAction(event -> model.normalisedProperty().set(true));
    detail.hover.textProperty().bind(detail.pixels.readoutProperty());
    detail.sendToPredict.disableProperty().bind(model.selectedProperty().isNull());
    detail.sendToPredict.setOnAction(event -> model.sendToPredict());
    detail.inspect.disableProperty().bind(model.selectedProperty().isNull());
    detail.inspect.setOnAction(event -> model.sendToInspect());
    model.selectedProperty().addListener((obs, old, now) -> showSelected(now));
    model
        .normalisedProperty()
        .addListener((obs, old, now) -> showSelected(model.selectedProperty().get()));
    showSelected(model.selectedProperty().get());
    bindStatistics();
  }

  private void showSelected(SelectedDigit digit) {
    SelectedDigitPanel detail = view.detail;
    if (digit == null) {
      detail.title.setText(TR.tr("No digit selected"));
      detail.setAccessibleText(TR.tr("No digit selected"));
      detail.label.setText("");
      detail.shape.setText("");
      detail.formula.setText("");
      return;
    }
    detail.title.setText(DatasetText.digitTitle(digit));
    detail.label.setText(DatasetText.digitLabel(digit));
    detail.shape.setText(DatasetText.shape(digit));
    detail.formula.setText(DatasetText.formula(model.normalisedProperty().get()));
    detail.setAccessibleText(
        TR.format(
            "Selected digit: %s, %s",
            DatasetText.digitTitle(digit), DatasetText.digitLabel(digit)));
  }

  private void bindStatistics() {
    ClassCountBars bars = view.bars;
    bars.statisticsProperty().bind(model.statisticsProperty());
    bars.highlightedProperty().bind(model.labelFilterProperty());
    bars.uiScaleProperty().bind(uiScale);
    bars.setOnClassClicked(
        label ->
            model.filterBy(
                model.labelFilterProperty().get() == label ? DatasetModel.ALL_LABELS : label));
    view.means.setOnClassChosen(model::filterBy);
    model.statisticsProperty().addListener((obs, old, now) -> showStatistics());
    uiScale.addListener((obs, old, now) -> showStatistics());
    // In projector mode the grid and the digit need the height; the statistics open on request.
    view.statistics.setExpanded(uiScale.get() < 1.5);
    uiScale.addListener((obs, old, now) -> view.statistics.setExpanded(now.doubleValue() < 1.5));
    view.statistics
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                this::statisticsTitle, model.visibleProperty(), model.statisticsProperty()));
    showStatistics();
  }

  private void showStatistics() {
    Dataset dataset = model.dataset();
    List<String> names = dataset == null ? List.of() : dataset.classNames();
    view.bars.classNamesProperty().set(names);
    view.means.show(model.statisticsProperty().get(), names, uiScale.get());
  }

  private String statisticsTitle() {
    VisibleDigits digits = model.visibleProperty().get();
    if (digits == null) {
      return "";
    }
    if (model.statisticsProperty().get() == null) {
      return TR.tr("Counting classes…");
    }
    return DatasetText.statisticsTitle(model.splitProperty().get(), digits.images().count());
  }
}
