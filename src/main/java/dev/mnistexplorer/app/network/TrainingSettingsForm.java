package dev.mnistexplorer.app.network;

import dev.mnistexplorer.core.training.OptimizerKind;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The training settings as a two-column form: optimizer, learning rate (a log-scale slider from
 * 1e-5 to 10 beside a text field that takes any typed value), momentum for SGD, batch size, epochs,
 * weight decay, learning-rate decay, seed and augmentation, each with its error under it.
 */
final class TrainingSettingsForm extends GridPane {
  private final TrainingDraft draft;
  private int row;

  TrainingSettingsForm(TrainingDraft draft) {
    this.draft = draft;
    getStyleClass().add("settings-form");
    ColumnConstraints labels = new ColumnConstraints();
    labels.setMinWidth(USE_PREF_SIZE); // labels never shrink to "Learning r…"
    getColumnConstraints().addAll(labels, new ColumnConstraints());
    add(
        "_Optimizer",
        optimizer(),
        null,
        "SGD follows the gradient; Adam adapts each weight's step");
    add("_Learning rate", learningRate(), draft.learningRate(), "How big each step is");
    TextField momentum = text(draft.momentum());
    momentum.disableProperty().bind(draft.optimizerProperty().isNotEqualTo(OptimizerKind.SGD));
    add(
        "_Momentum",
        momentum,
        draft.momentum(),
        "SGD only: how much of the last step carries over (0 to below 1)");
    add(
        "_Batch size",
        SteppedTextSpinner.of(draft.batchSize(), 1, 65536, SteppedTextSpinner.DOUBLING),
        draft.batchSize(),
        "Images per step (arrows double or halve it)");
    add(
        "_Epochs",
        SteppedTextSpinner.of(draft.epochs(), 1, 1000, SteppedTextSpinner.BY_ONE),
        draft.epochs(),
        "Passes over all training images");
    add(
        "_Weight decay",
        text(draft.weightDecay()),
        draft.weightDecay(),
        "Pulls weights towards 0 each step (0 to 1)");
    add(
        "Learning rate _decay",
        text(draft.learningRateDecay()),
        draft.learningRateDecay(),
        "The learning rate is multiplied by this after every epoch (1 keeps it constant)");
    add(
        "_Seed",
        SteppedTextSpinner.of(draft.seed(), 0, Integer.MAX_VALUE, SteppedTextSpinner.BY_ONE),
        draft.seed(),
        "Same seed, same starting weights and shuffles: a repeatable run");
    CheckBox augment = new CheckBox("A_ugment training images");
    augment.selectedProperty().bindBidirectional(draft.augmentProperty());
    augment.setTooltip(
        new Tooltip(
            "Shifts, scales, rotates and thickens the training digits a little at random.\n"
                + "It helps the network read digits people draw, which are rarely centred like"
                + " MNIST's."));
    add(augment, 1, row++);
  }

  private void add(String title, Control field, DraftField value, String tip) {
    Label label = new Label(title);
    label.setMnemonicParsing(true);
    label.setLabelFor(field);
    label.getStyleClass().add("form-label");
    field.setTooltip(new Tooltip(tip));
    add(label, 0, row);
    if (value == null) {
      add(field, 1, row++);
      return;
    }
    FieldErrors.outline(field, value.errorProperty());
    VBox cell = new VBox(field, FieldErrors.label(value.errorProperty()));
    cell.getStyleClass().add("form-cell");
    add(cell, 1, row++);
  }

  private void add(String title, HBox fields, DraftField value, String tip) {
    Label label = new Label(title);
    label.setMnemonicParsing(true);
    label.getStyleClass().add("form-label");
    Node first = fields.getChildren().get(fields.getChildren().size() - 1);
    label.setLabelFor(first);
    Tooltip.install(label, new Tooltip(tip));
    add(label, 0, row);
    VBox cell = new VBox(fields, FieldErrors.label(value.errorProperty()));
    cell.getStyleClass().add("form-cell");
    add(cell, 1, row++);
  }

  private HBox learningRate() {
    Slider slider = new Slider(TrainingDraft.MIN_LOG10_RATE, TrainingDraft.MAX_LOG10_RATE, -1);
    slider.valueProperty().bindBidirectional(draft.learningRateLog10Property());
    // Labels at 1e-5, 0.001, 0.1 and 10, a tick at every power of ten between.
    slider.setMajorTickUnit(2);
    slider.setMinorTickCount(1);
    slider.setShowTickMarks(true);
    slider.setShowTickLabels(true);
    slider.setLabelFormatter(powersOfTen());
    slider.setBlockIncrement(0.1);
    slider.getStyleClass().add("rate-slider");
    slider.setTooltip(new Tooltip("Log scale: each tick is ten times the last"));
    slider.setAccessibleText("Learning rate, log scale");
    TextField typed = text(draft.learningRate());
    typed.getStyleClass().add("rate-field");
    typed.setTooltip(new Tooltip("Type any rate above 0 and at most 100, e.g. 0.1 or 3e-4"));
    FieldErrors.outline(typed, draft.learningRate().errorProperty());
    HBox.setHgrow(slider, Priority.ALWAYS);
    HBox both = new HBox(slider, typed);
    both.getStyleClass().add("rate-control");
    return both;
  }

  private static TextField text(DraftField value) {
    TextField field = new TextField();
    field.textProperty().bindBidirectional(value.textProperty());
    field.getStyleClass().add("number-field");
    return field;
  }

  private ComboBox<OptimizerKind> optimizer() {
    ComboBox<OptimizerKind> box = new ComboBox<>();
    box.getItems().setAll(OptimizerKind.values());
    box.valueProperty().bindBidirectional(draft.optimizerProperty());
    box.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(OptimizerKind kind) {
            return kind == null ? "" : kind.displayName();
          }

          @Override
          public OptimizerKind fromString(String text) {
            return OptimizerKind.parse(text);
          }
        });
    return box;
  }

  private static StringConverter<Double> powersOfTen() {
    return new StringConverter<>() {
      @Override
      public String toString(Double log) {
        long exponent = Math.round(log);
        return exponent < -3 ? "1e" + exponent : NumberText.rounded(Math.pow(10, exponent));
      }

      @Override
      public Double fromString(String text) {
        return Math.log10(Double.parseDouble(text));
      }
    };
  }
}
