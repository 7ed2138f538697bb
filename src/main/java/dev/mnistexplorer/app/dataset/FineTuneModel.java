package dev.mnistexplorer.app.dataset;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.FxCoalescer;
import dev.mnistexplorer.app.common.SharedState;
import dev.mnistexplorer.app.common.UiErrors;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.data.LabeledImages;
import dev.mnistexplorer.core.mydigits.FineTuneMix;
import dev.mnistexplorer.core.service.ModelService;
import dev.mnistexplorer.core.service.WeightsSnapshot;
import dev.mnistexplorer.core.training.BatchProgress;
import dev.mnistexplorer.core.training.TrainingControl;
import dev.mnistexplorer.core.training.TrainingListener;
import dev.mnistexplorer.core.training.TrainingResult;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * "Fine-tune on my digits": measures the current network on the learner's digits and on MNIST's
 * test set, trains it a few epochs on a mix of the two ({@link FineTuneMix}), measures again, and
 * lets the learner keep the result or put the weights taken before back exactly. Training runs on
 * the ML thread like any run (progress, Cancel, {@code SharedState.trainingRunning}); a cancelled
 * or failed fine-tune puts the old weights back by itself. No nodes here.
 */
public final class FineTuneModel {
  /** Where a fine-tune is. */
  public enum Phase {
    IDLE,
    RUNNING,
    DECIDING
  }

  /** Accuracy (0..1) on the learner's digits and on MNIST's test set. */
  public record Scores(float personal, float mnist) {}

  private final AppContext context;
  private final SharedState state;
  private final ModelService models;
  private final Supplier<CompletableFuture<Dataset>> mnist;
  private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.IDLE);
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<Scores> before = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Scores> after = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper();
  private final BooleanBinding canStart;
  private TrainingControl control = new TrainingControl();
  private WeightsSnapshot snapshot;
  private long tunedVersion;

  /**
   * @param myDigits which dataset is the learner's (the fine-tune starts only while it is shown)
   * @param mnist the MNIST dataset, loaded when first asked for
   */
  public FineTuneModel(
      AppContext context, MyDigitsModel myDigits, Supplier<CompletableFuture<Dataset>> mnist) {
    this.context = context;
    this.state = context.state();
    this.models = context.models();
    this.mnist = mnist;
    this.canStart =
        Bindings.createBooleanBinding(
            () ->
                myDigits.shownProperty().get()
                    && myDigits.countProperty().get() > 0
                    && phase.get() == Phase.IDLE
                    && !state.trainingProperty().get()
                    && state.modelProperty().get() != null,
            myDigits.shownProperty(),
            myDigits.countProperty(),
            phase,
            state.trainingProperty(),
            state.modelProperty());
  }

  // ---- Properties

  public BooleanBinding canStartProperty() {
    return canStart;
  }

  public ReadOnlyObjectProperty<Phase> phaseProperty() {
    return phase.getReadOnlyProperty();
  }

  /** Training progress 0..1, or -1 while measuring. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** What is happening, how it ended, or why it failed. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty failedProperty() {
    return failed.getReadOnlyProperty();
  }

  /** Accuracies before the fine-tune (null until measured). */
  public ReadOnlyObjectProperty<Scores> beforeProperty() {
    return before.getReadOnlyProperty();
  }

  /** Accuracies after it (null until measured). */
  public ReadOnlyObjectProperty<Scores> afterProperty() {
    return after.getReadOnlyProperty();
  }

  // ---- Commands

  /** Starts a fine-tune on the shown personal digits; the future completes when it is decided. */
  public CompletableFuture<Void> start() {
    if (!canStart.get()) {
      return CompletableFuture.completedFuture(null);
    }
    LabeledImages personal = state.datasetProperty().get().test();
    control = new TrainingControl();
    begin();
    CompletableFuture<Dataset> run =
        models
            .snapshot()
            .thenAcceptAsync(taken -> snapshot = taken, context.fx())
            .thenCompose(nothing -> mnist.get())
            .thenCompose(
                data ->
                    measure(personal, data)
                        .thenApplyAsync(
                            scores -> {
                              before.set(scores);
                              return data;
                            },
                            context.fx()));
    return run.thenCompose(data -> train(personal, data))
        .thenComposeAsync(
            result ->
                result.cancelled() ? putBack(DatasetText.fineTuneCancelled()) : measured(personal),
            context.fx())
        .exceptionallyCompose(this::failedWith);
  }

  /** Stops a fine-tune under way; the weights from before are put back. */
  public void cancel() {
    control.cancel();
  }

  /** Keeps the fine-tuned network as the current one. */
  public void keep() {
    if (phase.get() == Phase.DECIDING) {
      snapshot = null;
      end(DatasetText.fineTuneKept(), false);
    }
  }

  /** Puts the weights from before the fine-tune back, bit for bit. */
  public CompletableFuture<Void> discard() {
    if (phase.get() != Phase.DECIDING) {
      return CompletableFuture.completedFuture(null);
    }
    if (models.weightsVersion() != tunedVersion) {
      snapshot = null;
      end(DatasetText.fineTuneOvertaken(), true);
      return CompletableFuture.completedFuture(null);
    }
    phase.set(Phase.RUNNING);
    return putBack(DatasetText.fineTuneDiscarded()).exceptionallyCompose(this::failedWith);
  }

  /** Hides the last fine-tune's outcome. */
  public void dismiss() {
    if (phase.get() == Phase.IDLE) {
      status.set("");
      before.set(null);
      after.set(null);
    }
  }

  // ---- Steps

  private void begin() {
    phase.set(Phase.RUNNING);
    before.set(null);
    after.set(null);
    failed.set(false);
    progress.set(-1);
    status.set(DatasetText.fineTuneMeasuring(false));
    state.trainingRunning(true);
    context.tasks().update(status.get(), -1);
  }

  private CompletableFuture<Scores> measure(LabeledImages personal, Dataset data) {
    return models
        .evaluate(personal)
        .thenCombine(
            models.evaluate(data.test()),
            (mine, theirs) -> new Scores(mine.accuracy(), theirs.accuracy()));
  }

  private CompletableFuture<TrainingResult> train(LabeledImages personal, Dataset data) {
    FxCoalescer<BatchProgress> relay = new FxCoalescer<>(context.fx(), this::showProgress);
    TrainingListener listener =
        new TrainingListener() {
          @Override
          public void progress(BatchProgress batch) {
            relay.offer(batch);
          }
        };
    // A fresh mix each time; the config wants an int seed.
    long seed = (int) System.nanoTime();
    return CompletableFuture.supplyAsync(
            () -> FineTuneMix.mix(personal, data.train(), seed), context.io())
        .thenCompose(
            mix ->
                models.train(
                    new Dataset(mix.name(), data.classNames(), mix, data.test()),
                    FineTuneMix.config(seed),
                    listener,
                    control));
  }

  private void showProgress(BatchProgress batch) {
    if (phase.get() == Phase.RUNNING) {
      progress.set(batch.overallFraction());
      status.set(DatasetText.fineTuneEpoch(batch.epoch(), batch.epochs()));
      context.tasks().update(status.get(), batch.overallFraction());
    }
  }

  /** Measures after training and waits for the learner's decision. */
  private CompletableFuture<Void> measured(LabeledImages personal) {
    progress.set(-1);
    status.set(DatasetText.fineTuneMeasuring(true));
    return mnist
        .get()
        .thenCompose(data -> measure(personal, data))
        .thenAcceptAsync(
            scores -> {
              after.set(scores);
              tunedVersion = models.weightsVersion();
              state.trainingRunning(false);
              state.replaceModel(models.current());
              phase.set(Phase.DECIDING);
              status.set(DatasetText.fineTuneDone());
              context.tasks().done(DatasetText.fineTuneDone());
            },
            context.fx());
  }

  private CompletableFuture<Void> putBack(String then) {
    WeightsSnapshot taken = snapshot;
    if (taken == null) {
      end(then, false);
      return CompletableFuture.completedFuture(null);
    }
    return models
        .restore(taken)
        .thenAcceptAsync(
            summary -> {
              snapshot = null;
              state.replaceModel(summary);
              end(then, false);
            },
            context.fx());
  }

  private CompletableFuture<Void> failedWith(Throwable error) {
    String reason = DatasetText.fineTuneFailed(UiErrors.message(error));
    CompletableFuture<Void> restored = new CompletableFuture<>();
    context
        .fx()
        .execute(
            () ->
                putBack(reason)
                    .whenComplete(
                        (nothing, again) -> {
                          end(reason, true);
                          restored.complete(null);
                        }));
    return restored;
  }

  private void end(String text, boolean isError) {
    phase.set(Phase.IDLE);
    progress.set(-1);
    status.set(text);
    failed.set(isError);
    state.trainingRunning(false);
    context.tasks().done(text);
  }
}
