package dev.mnistexplorer.app.network;

import dev.mnistexplorer.app.common.I18n;
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
 * The training settings as a two-column form: optimizer, learning rate (a log-scale slider beside a
 * text field that takes any typed value), momentum for SGD, batch size, epochs, weight decay,
 * learning-rate decay, seed, the optional "stop at" target (a test accuracy, or epochs without
 * improvement) and augmentation, each with a label for its error under it.
 */
final class TrainingSettingsForm extends GridPane {
  private static final I18n TR = I18n.forPackageOf(TrainingSettingsForm.class);
  final ComboBox<OptimizerKind> optimizer = optimizerChoice();
  final Slider rateSlider = rateSlider();
  final TextField rate = numberField();
  final Label rateError = FieldErrors.label();
  final TextField momentum = numberField();
  final Label momentumError = FieldErrors.label();
  final SteppedTextSpinner batchSize =
      new SteppedTextSpinner(1, 65536, SteppedTextSpinner.DOUBLING);
  final Label batchSizeError = FieldErrors.label();
  final SteppedTextSpinner epochs = new SteppedTextSpinner(1, 1000, SteppedTextSpinner.BY_ONE);
  final Label epochsError = FieldErrors.label();
  final TextField weightDecay = numberField();
  final Label weightDecayError = FieldErrors.label();
  final TextField rateDecay = numberField();
  final Label rateDecayError = FieldErrors.label();
  final SteppedTextSpinner seed =
      new SteppedTextSpinner(0, Integer.MAX_VALUE, SteppedTextSpinner.BY_ONE);
  final Label seedError = FieldErrors.label();
  final TextField stopAtAccuracy = numberField();
  final Label stopAtAccuracyError = FieldErrors.label();
  final TextField patience = numberField();
  final Label patienceError = FieldErrors.label();
  final CheckBox augment = new CheckBox(TR.tr("A_ugment training images"));
  private int row;

  TrainingSettingsForm() {
    getStyleClass().add("settings-form");
    ColumnConstraints labels = new ColumnConstraints();
    labels.setMinWidth(USE_PREF_SIZE); // labels never shrink to "Learning r…"
    getColumnConstraints().addAll(labels, new ColumnConstraints());
    add(
        TR.tr("_Optimizer"),
        optimizer,
        null,
        TR.tr("SGD follows the gradient; Adam adapts each weight's step"));
    addLearningRate();
    add(
        TR.tr("_Momentum"),
        momentum,
        momentumError,
        TR.tr("SGD only: how much of the last step carries over (0 to below 1)"));
    add(
        TR.tr("_Batch size"),
        batchSize,
        batchSizeError,
        TR.tr("Images per step (arrows double or halve it)"));
    add(TR.tr("_Epochs"), epochs, epochsError, TR.tr("Passes over all training images"));
    add(
        TR.tr("_Weight decay"),
        weightDecay,
        weightDecayError,
        TR.tr("Pulls weights towards 0 each step (0 to 1)"));
    add(
        TR.tr("Learning rate _decay"),
        rateDecay,
        rateDecayError,
        TR.tr("The learning rate is multiplied by this after every epoch (1 keeps it constant)"));
    add(
        TR.tr("_Seed"),
        seed,
        seedError,
        TR.tr("Same seed, same starting weights and shuffles: a repeatable run"));
    stopAtAccuracy.setPromptText(TR.tr("off"));
    patience.setPromptText(TR.tr("off"));
    add(
        TR.tr("Stop at test accurac_y %"),
        stopAtAccuracy,
        stopAtAccuracyError,
        TR.tr(
            "Stop at: the run ends by itself after the first epoch whose test accuracy reaches this (e.g. 97); empty for no target"));
    add(
        TR.tr("Stop when _no better for"),
        patience,
        patienceError,
        TR.tr(
            "Stop at: the run ends by itself after this many epochs in a row without a better test accuracy (e.g. 2); empty for no limit"));
    augment.setTooltip(
        new Tooltip(
            TR.tr(
                "Shifts, scales, rotates and thickens the training digits a little at random.\nIt helps the network read digits people draw, which are rarely centred like MNIST's.")));
    add(augment, 1, row++);
  }

  /** One row: the label, then the field with its error label under it (when it has one). */
  private void add(String title, Control field, Label error, String tip) {
    field.setTooltip(new Tooltip(tip));
    add(label(title, field), 0, row);
    if (error == null) {
      add(field, 1, row++);
      return;
    }
    add(cell(field, error), 1, row++);
  }

  /** The slider and the typed rate share a row; the label names the typed one. */
  private void addLearningRate() {
    rate.getStyleClass().add("rate-field");
    rate.setTooltip(new Tooltip(TR.tr("Type any rate above 0 and at most 100, e.g. 0.1 or 3e-4")));
    HBox.setHgrow(rateSlider, Priority.ALWAYS);
    HBox both = new HBox(rateSlider, rate);
    both.getStyleClass().add("rate-control");
    Label label = label(TR.tr("_Learning rate"), rate);
    Tooltip.install(label, new Tooltip(TR.tr("How big each step is")));
    add(label, 0, row);
    add(cell(both, rateError), 1, row++);
  }

  private static Label label(String title, Node field) {
    Label label = new Label(title);
    label.setMnemonicParsing(true);
    label.setLabelFor(field);
    label.getStyleClass().add("form-label");
    return label;
  }

  private static VBox cell(Node fields, Label error) {
    VBox cell = new VBox(fields, error);
    cell.getStyleClass().add("form-cell");
    return cell;
  }

  /**
   * A log-scale slider; the controller sets its range (the draft's: 1e-5 to 10), which the labels
   * at 1e-5, 0.001, 0.1 and 10 and a tick at every power of ten between are made for.
   */
  private static Slider rateSlider() {
    Slider slider = new Slider();
    slider.setMajorTickUnit(2);
    slider.setMinorTickCount(1);
    slider.setShowTickMarks(true);
    slider.setShowTickLabels(true);
    slider.setLabelFormatter(powersOfTen());
    slider.setBlockIncrement(0.1);
    slider.getStyleClass().add("rate-slider");
    slider.setTooltip(new Tooltip(TR.tr("Log scale: each tick is ten times the last")));
    slider.setAccessibleText(TR.tr("Learning rate, log scale"));
    return slider;
  }

  private static TextField numberField() {
    TextField field = new TextField();
    field.getStyleClass().add("number-field");
    return field;
  }

  private static ComboBox<OptimizerKind> optimizerChoice() {
    ComboBox<OptimizerKind> box = new ComboBox<>();
    box.getItems().setAll(OptimizerKind.values());
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
        return Math.log10(Double.parseDouble(NumberText.withPoint(text)));
      }
    };
  }
}
