package dev.mnistexplorer.app.evaluate;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.app.common.SentDigit;
import dev.mnistexplorer.app.common.SharedState;
import dev.mnistexplorer.app.common.UiErrors;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.data.LabeledImages;
import dev.mnistexplorer.core.service.ModelSummary;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Evaluate place's state and commands: evaluates the current network on the test split of the
 * shared dataset (by command, and by itself when the place is showing and the weights or the
 * dataset changed since), the confusion cell chosen, its test images, the image chosen among them
 * and the network's answer for it. Touched on the JavaFX thread only; no nodes.
 */
public final class EvaluateModel {
  private static final I18n TR = I18n.forPackageOf(EvaluateModel.class);

  private final AppContext context;
  private final SharedState state;

  // Properties
  private final ReadOnlyObjectWrapper<Evaluated> evaluated = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(true);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<MatrixCell> selectedCell = new ReadOnlyObjectWrapper<>();
  private final ObservableList<Integer> cellIndices = FXCollections.observableArrayList();
  // One wrapper kept for good: it listens to the list weakly, so a fresh one could be collected.
  private final ObservableList<Integer> cellIndicesView =
      FXCollections.unmodifiableObservableList(cellIndices);
  private final ReadOnlyObjectWrapper<DigitAnswer> answer = new ReadOnlyObjectWrapper<>();
  private final BooleanProperty showing = new SimpleBooleanProperty(this, "showing");
  private CompletableFuture<Void> inFlight = CompletableFuture.completedFuture(null);
  private int selectedIndex = -1;

  public EvaluateModel(AppContext context) {
    this.context = context;
    this.state = context.state();
    Observable[] triggers = {
      state.weightsVersionProperty(), state.datasetProperty(), state.trainingProperty(), showing
    };
    for (Observable trigger : triggers) {
      trigger.addListener(observable -> refreshIfStale());
    }
  }

  /** The latest finished evaluation (null before the first). */
  ReadOnlyObjectProperty<Evaluated> evaluatedProperty() {
    return evaluated.getReadOnlyProperty();
  }

  /** Whether an evaluation is running. */
  ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  /** Whether the weights or the dataset changed since the evaluation shown (or there is none). */
  ReadOnlyBooleanProperty staleProperty() {
    return stale.getReadOnlyProperty();
  }

  /** Why nothing can be shown (an error, or what it is waiting for); empty when all is well. */
  ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** The confusion cell whose images are listed (null for none). */
  ReadOnlyObjectProperty<MatrixCell> selectedCellProperty() {
    return selectedCell.getReadOnlyProperty();
  }

  /** The test-split indices of the selected cell's images, in order. */
  ObservableList<Integer> cellIndices() {
    return cellIndicesView;
  }

  /** The network's answer for the image chosen in the cell (null for none, or while asking). */
  ReadOnlyObjectProperty<DigitAnswer> answerProperty() {
    return answer.getReadOnlyProperty();
  }

  /** Whether the place is on screen: it evaluates by itself only then (and not while training). */
  BooleanProperty showingProperty() {
    return showing;
  }

  /** The latest evaluation started (done when none is running), for tests to wait on. */
  CompletableFuture<Void> lastRun() {
    return inFlight;
  }

  // Commands

  /**
   * Evaluates the current network on the dataset's test split; the future completes when the result
   * (or the error) is in the properties. A call while one runs returns that one.
   */
  public CompletableFuture<Void> evaluate() {
    if (running.get()) {
      return inFlight;
    }
    Dataset dataset = state.datasetProperty().get();
    String problem = whyNot(dataset, context.models().current());
    if (problem != null) {
      message.set(problem);
      return CompletableFuture.completedFuture(null);
    }
    int version = state.weightsVersionProperty().get();
    running.set(true);
    message.set("");
    context.tasks().update(TR.format("Evaluating on %,d test images…", dataset.test().count()), -1);
    CompletableFuture<Void> run =
        context
            .models()
            .evaluate(dataset.test())
            .handleAsync(
                (evaluation, error) -> {
                  finish(new Evaluated(dataset, evaluation, version), error);
                  return null;
                },
                context.fx());
    inFlight = run;
    return run;
  }

  private static String whyNot(Dataset dataset, ModelSummary model) {
    if (dataset == null) {
      return EvaluateText.waitingForDataset();
    }
    if (model == null) {
      return EvaluateText.waitingForNetwork();
    }
    if (dataset.test().count() == 0) {
      return EvaluateText.nothingToEvaluate(dataset.name());
    }
    if (model.spec().outputs() != dataset.classCount()) {
      return TR.format(
          "The network has %d outputs but %s has %d classes: build a network with %d outputs"
              + " in the Network place.",
          model.spec().outputs(), dataset.name(), dataset.classCount(), dataset.classCount());
    }
    return null;
  }

  private void finish(Evaluated result, Throwable error) {
    running.set(false);
    if (error != null) {
      message.set(TR.format("Evaluation failed: %s", UiErrors.message(error)));
      context.tasks().done(TR.tr("Evaluation failed"));
      return;
    }
    evaluated.set(result);
    context.tasks().done(TR.format("Evaluated: %s", EvaluateText.headline(result.evaluation())));
    MatrixCell cell = selectedCell.get();
    if (cell != null) {
      listCell(cell, true);
    }
    refreshIfStale();
  }

  /** Evaluates if the place is showing, no run is going and the result is out of date. */
  public void refreshIfStale() {
    Evaluated now = evaluated.get();
    stale.set(
        now == null
            || now.dataset() != state.datasetProperty().get()
            || now.weightsVersion() != state.weightsVersionProperty().get());
    if (showing.get() && stale.get() && !running.get() && !state.trainingProperty().get()) {
      evaluate();
    }
  }

  /** Lists the test images of one confusion cell (correct ones for a diagonal cell). */
  public void selectCell(MatrixCell cell) {
    if (evaluated.get() == null) {
      return;
    }
    // Opening the same cell again keeps the digit chosen in it.
    listCell(cell, cell.equals(selectedCell.get()));
  }

  private void listCell(MatrixCell cell, boolean keepChosenImage) {
    Evaluated now = evaluated.get();
    int classes = now.evaluation().confusion().length;
    if (cell.actual() >= classes || cell.predicted() >= classes) {
      clearSelection();
      return;
    }
    int[] indices =
        now.evaluation().indicesIn(cell.actual(), cell.predicted(), now.dataset().test());
    selectedCell.set(cell);
    cellIndices.setAll(Arrays.stream(indices).boxed().toList());
    boolean stillThere = Arrays.stream(indices).anyMatch(i -> i == selectedIndex);
    if (keepChosenImage && stillThere) {
      selectDigit(selectedIndex);
    } else {
      selectedIndex = -1;
      answer.set(null);
    }
  }

  private void clearSelection() {
    selectedCell.set(null);
    cellIndices.clear();
    selectedIndex = -1;
    answer.set(null);
  }

  /**
   * Asks the network for the probabilities of test image {@code index}; the future completes when
   * the answer is in {@link #answerProperty()}.
   */
  public CompletableFuture<Void> selectDigit(int index) {
    Evaluated now = evaluated.get();
    if (now == null) {
      return CompletableFuture.completedFuture(null);
    }
    LabeledImages test = now.dataset().test();
    float[] pixels = test.imageUnit(index);
    selectedIndex = index;
    return context
        .models()
        .predict(pixels)
        .handleAsync(
            (probabilities, error) -> {
              if (error != null) {
                message.set(TR.format("Could not ask the network: %s", UiErrors.message(error)));
              } else if (selectedIndex == index) {
                answer.set(new DigitAnswer(index, test.label(index), pixels, probabilities));
              }
              return null;
            },
            context.fx());
  }

  /**
   * Lists the most confused pair's images and chooses the first of them (nothing when there are no
   * mistakes); the future completes when its answer is in.
   */
  public CompletableFuture<Void> showMostConfused() {
    Evaluated now = evaluated.get();
    if (now == null) {
      return CompletableFuture.completedFuture(null);
    }
    return EvaluateText.mostConfused(now.evaluation().confusion())
        .map(
            pair -> {
              selectCell(new MatrixCell(pair.actual(), pair.predicted()));
              return selectDigit(cellIndices.get(0));
            })
        .orElseGet(() -> CompletableFuture.completedFuture(null));
  }

  /** Hands the chosen test image to the Predict place and shows it there. */
  public void sendToPredict() {
    DigitAnswer chosen = answer.get();
    Evaluated now = evaluated.get();
    if (chosen == null || now == null) {
      return;
    }
    String source = EvaluateText.testImage(now.dataset().name(), chosen.index());
    state.sendToPredict(new SentDigit(chosen.pixels().clone(), source, chosen.label()));
    context.navigator().show(Place.PREDICT);
  }

  /** Hands the chosen test image to the Inspect place (its forward pass) and shows it there. */
  public void sendToInspect() {
    DigitAnswer chosen = answer.get();
    Evaluated now = evaluated.get();
    if (chosen == null || now == null) {
      return;
    }
    String source = EvaluateText.testImage(now.dataset().name(), chosen.index());
    state.sendToInspect(new SentDigit(chosen.pixels().clone(), source, chosen.label()));
    context.navigator().show(Place.INSPECT);
  }
}
