package dev.mnistexplorer.app.evaluate;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.SharedState;
import dev.mnistexplorer.core.training.Evaluation;
import java.util.Arrays;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;

/**
 * Binds the Evaluate view to its model: the results into the labels, bars and heat map (through
 * {@link EvaluateText}), the chosen cell into its digits and the chosen digit into its answer; the
 * Evaluate button, the matrix's cells, the sentence, the thumbnails and "Send to Predict" into the
 * model's commands.
 */
final class EvaluateController {
  private static final I18n TR = I18n.forPackageOf(EvaluateController.class);

  private final AppContext context;
  private final EvaluateModel model;
  private final EvaluateView view;

  EvaluateController(AppContext context, EvaluateModel model, EvaluateView view) {
    this.context = context;
    this.model = model;
    this.view = view;
    bindCommands();
    bindStatus();
    model.evaluatedProperty().addListener(observable -> showEvaluation());
    model.selectedCellProperty().addListener(observable -> showCellTitle());
    model.cellIndices().addListener((ListChangeListener<Integer>) change -> showCellDigits());
    model.answerProperty().addListener(observable -> showAnswer());
    showCellTitle();
    showAnswer();
  }

  private void bindCommands() {
    view.evaluate.setOnAction(event -> model.evaluate());
    view.evaluate.disableProperty().bind(model.runningProperty());
    view.matrix.setOnOpen(model::selectCell);
    view.sentence.setOnAction(event -> model.showMostConfused());
    view.digits.setOnChoose(model::selectDigit);
    view.detail.sendButton().setOnAction(event -> model.sendToPredict());
    view.detail.inspectButton().setOnAction(event -> model.sendToInspect());
    view.readout.textProperty().bind(view.matrix.readoutProperty());
    // On screen while the shell has it in its content pane; other places take it out.
    model.showingProperty().bind(view.parentProperty().isNotNull());
  }

  private void bindStatus() {
    SharedState state = context.state();
    view.progress.visibleProperty().bind(model.runningProperty());
    Observable[] inputs = {
      model.messageProperty(),
      model.runningProperty(),
      model.evaluatedProperty(),
      model.staleProperty(),
      state.trainingProperty()
    };
    view.status
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    EvaluateText.status(
                        model.messageProperty().get(),
                        model.runningProperty().get(),
                        model.evaluatedProperty().get(),
                        model.staleProperty().get(),
                        state.trainingProperty().get()),
                inputs));
    model.messageProperty().addListener(observable -> markProblem());
  }

  private void markProblem() {
    view.status.getStyleClass().remove("error-text");
    if (EvaluateText.isProblem(model.messageProperty().get())) {
      view.status.getStyleClass().add("error-text");
    }
  }

  private void showEvaluation() {
    Evaluated evaluated = model.evaluatedProperty().get();
    Evaluation evaluation = evaluated.evaluation();
    List<String> names = evaluated.dataset().classNames();
    // The headline in two sizes: "98.79%" big, "correct — 121 of 10,000 wrong" under it.
    view.accuracy.setText(EvaluateText.percentCorrect(evaluation));
    String note = EvaluateText.smallSetNote(evaluation.count());
    view.mistakes.setText(
        EvaluateText.correctLine(evaluation) + (note.isEmpty() ? "" : ". " + note));
    view.accuracy.setAccessibleText(EvaluateText.headline(evaluation));
    float[] perClass = evaluation.perClassAccuracy();
    view.perClass.show(names, perClass, EvaluateText::percent);
    view.perClass.mark(EvaluateText.weakest(perClass), TR.tr("weakest"), "weakest");
    view.matrix.setData(evaluation.confusion(), names);
    view.legend.setMax(
        Arrays.stream(evaluation.confusion()).flatMapToInt(Arrays::stream).max().orElse(0));
    view.sentence.setText(EvaluateText.mostConfusedSentence(evaluation, names));
    view.sentence.setDisable(EvaluateText.mostConfused(evaluation.confusion()).isEmpty());
    showCellTitle();
  }

  private void showCellTitle() {
    MatrixCell cell = model.selectedCellProperty().get();
    Evaluated evaluated = model.evaluatedProperty().get();
    view.matrix.setSelectedCell(cell);
    if (cell == null || evaluated == null) {
      view.cellTitle.setText(EvaluateText.noCell());
      return;
    }
    view.cellTitle.setText(
        EvaluateText.cellTitle(cell, evaluated.count(cell), evaluated.dataset().classNames()));
  }

  private void showCellDigits() {
    showAnswer();
    Evaluated evaluated = model.evaluatedProperty().get();
    if (evaluated == null) {
      view.digits.show(List.of(), index -> new float[0], Integer::toString);
      return;
    }
    String name = evaluated.dataset().name();
    List<String> names = evaluated.dataset().classNames();
    int[] predictions = evaluated.evaluation().predictions();
    view.digits.show(
        model.cellIndices(),
        evaluated.dataset().test()::imageUnit,
        index ->
            EvaluateText.digitTooltip(
                name, names, index, evaluated.dataset().test().label(index), predictions[index]));
  }

  private void showAnswer() {
    Evaluated evaluated = model.evaluatedProperty().get();
    DigitAnswer answer = model.answerProperty().get();
    boolean hint = answer == null && !model.cellIndices().isEmpty();
    view.digitHint.setVisible(hint);
    view.digitHint.setManaged(hint);
    if (evaluated == null || answer == null) {
      view.detail.show(null, List.of(), "");
      return;
    }
    view.detail.show(answer, evaluated.dataset().classNames(), evaluated.dataset().name());
    view.digits.markChosen(answer.index());
  }
}
