package dev.mnistexplorer.app.evaluate;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.Feature;
import dev.mnistexplorer.app.common.Page;
import dev.mnistexplorer.app.common.SharedState;
import dev.mnistexplorer.app.common.UiNumbers;
import dev.mnistexplorer.core.training.Evaluation;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;

/**
 * The Evaluate place's controller: binds the {@link EvaluateModel} to the {@link EvaluateView}
 * (results into labels, bars and the heat map; clicks and keys into commands) and evaluates when
 * the place is shown with new weights or a new dataset.
 */
public final class EvaluateFeature implements Feature {
  private final AppContext context;
  private final EvaluateModel model;
  private final EvaluateView view;

  public EvaluateFeature(AppContext context) {
    this.context = context;
    this.model = new EvaluateModel(context);
    this.view = new EvaluateView(context.state().uiScaleProperty());
    bindCommands();
    bindStatus();
    model.evaluatedProperty().addListener(observable -> showEvaluation());
    model.selectedCellProperty().addListener(observable -> showCellTitle());
    model.cellIndices().addListener((ListChangeListener<Integer>) change -> showCellDigits());
    model.answerProperty().addListener(observable -> showAnswer());
    showCellTitle();
    showAnswer();
  }

  EvaluateModel model() {
    return model;
  }

  EvaluateView layout() {
    return view;
  }

  @Override
  public Page page() {
    return Page.EVALUATE;
  }

  @Override
  public Node view() {
    return view.root();
  }

  @Override
  public void shown() {
    model.refreshIfStale();
    view.matrix.requestFocus();
  }

  /**
   * Evaluates the current network on the whole test set, then opens the most confused pair and its
   * first digit; completes once that is laid out and drawn.
   */
  @Override
  public CompletableFuture<Void> prepareScreenshot() {
    return whenLoaded()
        .thenComposeAsync(loaded -> model.evaluate(), context.fx())
        .thenComposeAsync(evaluated -> model.showMostConfused(), context.fx())
        .thenRunAsync(
            () -> {
              view.root().applyCss();
              view.root().layout();
            },
            context.fx());
  }

  private void bindCommands() {
    view.evaluate.setOnAction(event -> model.evaluate());
    view.evaluate.disableProperty().bind(model.runningProperty());
    view.matrix.setOnOpen(model::selectCell);
    view.sentence.setOnAction(event -> model.showMostConfused());
    view.digits.setOnChoose(model::selectDigit);
    view.detail.sendButton().setOnAction(event -> model.sendToPredict());
    view.readout.textProperty().bind(view.matrix.readoutProperty());
    // On screen while the shell has it in its content pane; other places take it out.
    model.showingProperty().bind(view.root().parentProperty().isNotNull());
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
    view.status.textProperty().bind(Bindings.createStringBinding(this::statusText, inputs));
    model
        .messageProperty()
        .addListener(
            observable -> {
              String message = model.messageProperty().get();
              boolean problem = !message.isEmpty() && !message.startsWith("Waiting");
              view.status.getStyleClass().remove("error-text");
              if (problem) {
                view.status.getStyleClass().add("error-text");
              }
            });
  }

  private String statusText() {
    Evaluated evaluated = model.evaluatedProperty().get();
    if (!model.messageProperty().get().isEmpty()) {
      return model.messageProperty().get();
    }
    if (model.runningProperty().get()) {
      return "Evaluating the network on the test set…";
    }
    if (evaluated == null) {
      return "Not evaluated yet: press Evaluate.";
    }
    if (model.staleProperty().get()) {
      return context.state().trainingProperty().get()
          ? "Training is running: press Evaluate to see how the network does now."
          : "The network or the dataset has changed: press Evaluate for the new answers.";
    }
    Evaluation evaluation = evaluated.evaluation();
    return UiNumbers.format(
        "On the %s test set: %,d images, in %.2f s.",
        evaluated.dataset().name(), evaluation.count(), evaluation.seconds());
  }

  private void showEvaluation() {
    Evaluated evaluated = model.evaluatedProperty().get();
    Evaluation evaluation = evaluated.evaluation();
    List<String> names = evaluated.dataset().classNames();
    // The headline in two sizes: "98.79%" big, "correct — 121 of 10,000 wrong" under it.
    view.accuracy.setText(EvaluateText.percentCorrect(evaluation));
    view.mistakes.setText("correct — " + EvaluateText.mistakes(evaluation));
    float[] perClass = evaluation.perClassAccuracy();
    view.perClass.show(names, perClass, EvaluateText::percent);
    view.perClass.mark(weakest(perClass), "weakest", "weakest");
    view.matrix.setData(evaluation.confusion(), names, noun(names));
    view.legend.setMax(
        Arrays.stream(evaluation.confusion()).flatMapToInt(Arrays::stream).max().orElse(0));
    view.sentence.setText(EvaluateText.mostConfusedSentence(evaluation, names));
    view.sentence.setDisable(EvaluateText.mostConfused(evaluation.confusion()).isEmpty());
    showCellTitle();
  }

  private static int weakest(float[] accuracies) {
    int weakest = -1;
    for (int k = 0; k < accuracies.length; k++) {
      if (!Float.isNaN(accuracies[k]) && (weakest < 0 || accuracies[k] < accuracies[weakest])) {
        weakest = k;
      }
    }
    return weakest;
  }

  /** "digit" for MNIST's classes "0".."9", "class" for names such as "Ankle boot". */
  private static String noun(List<String> names) {
    return names.stream().allMatch(name -> name.matches("\\d")) ? "digit" : "class";
  }

  private void showCellTitle() {
    MatrixCell cell = model.selectedCellProperty().get();
    Evaluated evaluated = model.evaluatedProperty().get();
    view.matrix.setSelectedCell(cell);
    if (cell == null || evaluated == null) {
      view.cellTitle.setText("Click a cell of the matrix to see its digits.");
      return;
    }
    String what = cell.correct() ? " — right" : " — wrong";
    view.cellTitle.setText(
        EvaluateText.cell(cell, evaluated.count(cell), evaluated.dataset().classNames()) + what);
  }

  private void showCellDigits() {
    showAnswer();
    Evaluated evaluated = model.evaluatedProperty().get();
    if (evaluated == null) {
      view.digits.show(List.of(), index -> new float[0], Integer::toString);
      return;
    }
    List<String> names = evaluated.dataset().classNames();
    int[] predictions = evaluated.evaluation().predictions();
    view.digits.show(
        model.cellIndices(),
        evaluated.dataset().test()::imageUnit,
        index ->
            evaluated.dataset().name()
                + " test #"
                + index
                + ": true "
                + EvaluateText.name(names, evaluated.dataset().test().label(index))
                + ", predicted "
                + EvaluateText.name(names, predictions[index]));
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

  /** Completes on the JavaFX thread once the dataset and a network are loaded. */
  private CompletableFuture<Void> whenLoaded() {
    SharedState state = context.state();
    CompletableFuture<Void> loaded = new CompletableFuture<>();
    InvalidationListener check =
        new InvalidationListener() {
          @Override
          public void invalidated(Observable observable) {
            if (state.datasetProperty().get() != null && state.modelProperty().get() != null) {
              state.datasetProperty().removeListener(this);
              state.modelProperty().removeListener(this);
              loaded.complete(null);
            }
          }
        };
    context
        .fx()
        .execute(
            () -> {
              state.datasetProperty().addListener(check);
              state.modelProperty().addListener(check);
              check.invalidated(null);
            });
    return loaded;
  }
}
