package dev.mnistexplorer.app.network;

import dev.mnistexplorer.core.training.OptimizerKind;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/**
 * Binds the training settings form to the {@link TrainingDraft}: each field edits its text, is
 * outlined while it is wrong and shows why under it. Split from {@link NetworkController}.
 */
final class TrainingFormBinder {
  private final TrainingDraft draft;
  private final TrainingSettingsForm form;

  TrainingFormBinder(TrainingDraft draft, TrainingSettingsForm form) {
    this.draft = draft;
    this.form = form;
  }

  void bind() {
    form.optimizer.valueProperty().bindBidirectional(draft.optimizerProperty());
    form.rateSlider.setMin(TrainingDraft.MIN_LOG10_RATE);
    form.rateSlider.setMax(TrainingDraft.MAX_LOG10_RATE);
    form.rateSlider.valueProperty().bindBidirectional(draft.learningRateLog10Property());
    bindText(form.rate, draft.learningRate(), form.rateError);
    bindText(form.momentum, draft.momentum(), form.momentumError);
    form.momentum.disableProperty().bind(draft.optimizerProperty().isNotEqualTo(OptimizerKind.SGD));
    form.batchSize.bindText(draft.batchSize().textProperty());
    showErrors(form.batchSize, draft.batchSize(), form.batchSizeError);
    form.epochs.bindText(draft.epochs().textProperty());
    showErrors(form.epochs, draft.epochs(), form.epochsError);
    bindText(form.weightDecay, draft.weightDecay(), form.weightDecayError);
    bindText(form.rateDecay, draft.learningRateDecay(), form.rateDecayError);
    form.seed.bindText(draft.seed().textProperty());
    showErrors(form.seed, draft.seed(), form.seedError);
    bindText(form.stopAtAccuracy, draft.stopAtAccuracy(), form.stopAtAccuracyError);
    bindText(form.patience, draft.patience(), form.patienceError);
    form.augment.selectedProperty().bindBidirectional(draft.augmentProperty());
  }

  private static void bindText(TextField field, DraftField value, Label error) {
    field.textProperty().bindBidirectional(value.textProperty());
    showErrors(field, value, error);
  }

  private static void showErrors(Node field, DraftField value, Label error) {
    FieldErrors.outline(field, value.errorProperty());
    error.textProperty().bind(value.errorProperty());
  }
}
