package dev.mnistexplorer.app.predict;

import dev.mnistexplorer.core.inspect.Attribution;
import java.util.List;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/**
 * Binds the "why this answer" parts of the Predict view to the {@link WhyModel}: the switch and the
 * class to explain, the overlay on what the network sees with its caption and legend (in {@link
 * PredictText}'s words), and the nearest training digits, whose buttons show them in Dataset.
 */
final class WhyBinder {
  private final PredictModel predict;
  private final WhyModel model;
  private final PredictView view;
  private final WhyPanel panel;

  WhyBinder(PredictModel predict, WhyModel model, PredictView view) {
    this.predict = predict;
    this.model = model;
    this.view = view;
    this.panel = view.answer.whyPanel;
    bindChoice();
    model.attributionProperty().addListener((o, was, now) -> showAttribution());
    model.errorProperty().addListener((o, was, now) -> showAttribution());
    model.nearestProperty().addListener((o, was, now) -> showNearest());
    predict.classNamesProperty().addListener((o, was, now) -> classesChanged());
    model.shownProperty().addListener((o, was, now) -> view.showWhy(now));
    predict.networkInputProperty().addListener((o, was, now) -> panel.picture.setInput(now));
    for (int position = 0; position < panel.nearestDigits.size(); position++) {
      int chosen = position;
      panel.nearestDigits.get(position).setOnAction(event -> model.browseNearest(chosen));
    }
    showAttribution();
    showNearest();
  }

  private void bindChoice() {
    panel.why.selectedProperty().bindBidirectional(model.shownProperty());
    panel.explained.setValue(model.explainedClassProperty().get());
    panel
        .explained
        .valueProperty()
        .addListener(
            (o, was, now) ->
                model.explainedClassProperty().set(now == null ? WhyModel.THE_ANSWER : now));
    model
        .explainedClassProperty()
        .addListener((o, was, now) -> panel.explained.setValue(now.intValue()));
    predict.predictedClassProperty().addListener((o, was, now) -> classesChanged());
    classesChanged();
  }

  /**
   * The choice's words depend on the answer ("Why 7", "Why not 7"): renamed when it changes. A
   * combo box redraws its cells for a new cell factory, not for a new converter alone.
   */
  private void classesChanged() {
    int predicted = predict.predictedClassProperty().get();
    List<String> names = predict.classNamesProperty().get();
    StringConverter<Integer> words =
        new StringConverter<>() {
          @Override
          public String toString(Integer choice) {
            return choice == null ? "" : PredictText.whyChoice(choice, predicted, names);
          }

          @Override
          public Integer fromString(String text) {
            return WhyModel.THE_ANSWER; // not editable
          }
        };
    panel.explained.setConverter(words);
    panel.explained.setCellFactory(list -> choiceCell(words));
    panel.explained.setButtonCell(choiceCell(words));
  }

  private static ListCell<Integer> choiceCell(StringConverter<Integer> words) {
    return new ListCell<>() {
      @Override
      protected void updateItem(Integer choice, boolean empty) {
        super.updateItem(choice, empty);
        setText(empty ? "" : words.toString(choice));
      }
    };
  }

  private void showAttribution() {
    Attribution why = model.attributionProperty().get();
    List<String> names = predict.classNamesProperty().get();
    if (why == null) {
      panel.picture.setOverlay(null, 0, "");
      panel.title.setText(PredictText.whyTitle(null, names));
      panel.showLegend("", "");
      panel.numbers.setText(model.errorProperty().get());
      return;
    }
    panel.picture.setOverlay(
        why.contributions(), why.maxAbsContribution(), WhyWords.spoken(why, names));
    panel.title.setText(PredictText.whyTitle(why, names));
    panel.showLegend(PredictText.whyLegend(why, names), PredictText.whyLegendBrief(why, names));
    panel.numbers.setText(PredictText.whyNumbers(why, names));
  }

  private void showNearest() {
    List<WhyModel.NearbyDigit> nearest = model.nearestProperty().get();
    List<String> names = predict.classNamesProperty().get();
    panel.nearestTitle.setText(PredictText.nearestTitle(nearest.size()));
    for (int position = 0; position < panel.nearestDigits.size(); position++) {
      if (position < nearest.size()) {
        WhyModel.NearbyDigit digit = nearest.get(position);
        panel.showNearest(
            position,
            digit.unitPixels(),
            PredictText.nearestLabel(digit.neighbour(), names),
            PredictText.nearestTooltip(digit.neighbour(), names));
      } else {
        panel.showNearest(position, null, "", "");
      }
    }
  }
}
