package dev.mnistexplorer.app.training;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.SharedState;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.service.ModelSummary;
import dev.mnistexplorer.core.store.ModelMetadata;
import dev.mnistexplorer.core.training.TrainingConfig;
import dev.mnistexplorer.core.training.TrainingControl;
import dev.mnistexplorer.core.training.TrainingResult;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.LongSupplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The Training place's state and commands: start a fresh network from the builder's draft, pause,
 * resume, stop, or train the current network one more epoch, on the full training set or a quick
 * subset. Live numbers ({@link RunProgress}) and curves ({@link TrainingCurves}) arrive from the ML
 * thread through an {@link FxTrainingRelay}, in batches; what a run trains is its {@link RunPlan},
 * which commands work its {@link RunAvailability}. Touched on the FX thread only (the calling
 * thread in tests); no nodes, so it is testable without the toolkit.
 */
public final class TrainingModel {
  private static final I18n TR = I18n.forPackageOf(TrainingModel.class);

  /** How many training images a quick run uses (a classroom demo takes seconds). */
  public static final int QUICK_RUN_IMAGES = 10_000;

  private final AppContext context;
  private final SharedState state;

  // ---- Properties ----
  private final ReadOnlyObjectWrapper<RunPhase> phase =
      new ReadOnlyObjectWrapper<>(this, "phase", RunPhase.IDLE);
  private final BooleanProperty quickRun = new SimpleBooleanProperty(this, "quickRun");
  private final OutcomeBanner banner = new OutcomeBanner();
  private final TrainingCurves curves = new TrainingCurves();
  private final RunProgress progress;
  private final RunPlan plan;
  private final RunAvailability available;
  private final TrainingStatus status;
  private final OutcomeReporter outcome;
  private final RunHistoryModel history;

  // ---- The run (FX thread) ----
  private TrainingControl control = new TrainingControl();
  private FxTrainingRelay relay;
  // Completes on the FX thread once a run has ended and this place shows how it ended.
  private CompletableFuture<?> runShown = CompletableFuture.completedFuture(null);
  private int chartedEpochs = -1;
  private ModelMetadata charted; // the network the banner and curves describe, as last trained
  private int runCount;
  private RunEnding.Start runStart; // what the run going now trains, for the run history

  public TrainingModel(AppContext context) {
    this(context, new RunHistoryModel(context));
  }

  /** With the run history made by the caller (the app's assembly). */
  public TrainingModel(AppContext context, RunHistoryModel history) {
    this(context, history, System::nanoTime);
  }

  TrainingModel(AppContext context, RunHistoryModel history, LongSupplier nanoClock) {
    this.context = context;
    this.history = history;
    this.state = context.state();
    this.progress = new RunProgress(curves, nanoClock);
    this.plan = new RunPlan(state, quickRun);
    this.available = new RunAvailability(state, phase);
    this.status = new TrainingStatus(context.tasks());
    this.outcome = new OutcomeReporter(phase, banner, status);
    state.modelProperty().addListener((obs, old, now) -> forgetUnlessCharted(now));
  }

  // ---- Read-only views ----

  public ReadOnlyObjectProperty<RunPhase> phaseProperty() {
    return phase.getReadOnlyProperty();
  }

  /** Whether Start and One more epoch train on the first {@link #QUICK_RUN_IMAGES} images only. */
  public BooleanProperty quickRunProperty() {
    return quickRun;
  }

  /** The outcome of the last run: its test accuracy, why it stopped, or what went wrong. */
  public OutcomeBanner banner() {
    return banner;
  }

  /** Every run of this and earlier sessions, and the comparison of the selected ones. */
  public RunHistoryModel history() {
    return history;
  }

  public RunProgress progress() {
    return progress;
  }

  public TrainingCurves curves() {
    return curves;
  }

  /** What Start will build and how it will train it. */
  public StringBinding planProperty() {
    return plan.textProperty();
  }

  public BooleanBinding canStartProperty() {
    return available.canStart();
  }

  public BooleanBinding canOneMoreEpochProperty() {
    return available.canOneMoreEpoch();
  }

  public BooleanBinding canPauseProperty() {
    return available.canPause();
  }

  public BooleanBinding canStopProperty() {
    return available.canStop();
  }

  // ---- Commands ----

  /**
   * Builds a fresh network from the builder's draft and trains it with the draft's settings. The
   * future completes (on the FX thread) once the view shows the outcome, with the run's result or
   * its failure.
   */
  public CompletableFuture<TrainingResult> start() {
    return startWith(plan.draftSpec(), plan.draftConfig());
  }

  /**
   * Like {@link #start()} with a given network and settings (the scripted screenshots' short run).
   */
  public CompletableFuture<TrainingResult> startWith(NetworkSpec spec, TrainingConfig config) {
    if (!canStartProperty().get()) {
      return notNow("Start");
    }
    Dataset data = plan.trainingData();
    curves.clear();
    beginRun(data, config, 0, 0, TR.format("Building a new %s network…", spec.describe()));
    CompletableFuture<ModelSummary> fresh =
        context.models().createNew(spec, data.classNames(), Math.toIntExact(config.seed()));
    CompletableFuture<TrainingResult> run =
        fresh.thenComposeAsync(
            summary -> {
              state.replaceModel(summary);
              return train(data, config);
            },
            context.fx());
    return finishWhenDone(run);
  }

  /** Trains the current network one more epoch (no fresh start); its curves continue. */
  public CompletableFuture<TrainingResult> oneMoreEpoch() {
    if (!canOneMoreEpochProperty().get()) {
      return notNow("One more epoch"); // not UI text: an exception's message
    }
    int trained = state.modelProperty().get().metadata().epochs();
    double curvesFrom = progress.chartFromProperty().get();
    if (trained != chartedEpochs) {
      curves.clear(); // another network than the one charted: start its curves afresh
      curvesFrom = trained;
    } else {
      curves.truncateAfter(trained); // drop a stopped epoch's partial curve
    }
    TrainingConfig config = plan.draftConfig().withEpochs(1);
    beginRun(plan.trainingData(), config, trained, curvesFrom, TR.tr("Training one more epoch…"));
    return finishWhenDone(train(plan.trainingData(), config));
  }

  /** Compares the newest {@code count} runs of the history (the "sigmoid vs ReLU" lesson). */
  public void compareLatestRuns(int count) {
    history.compareLatest(count);
  }

  /** Pauses a running run, or resumes a paused one. */
  public void togglePause() {
    if (phase.get() == RunPhase.RUNNING || phase.get() == RunPhase.PREPARING) {
      control.pause(); // before the first batch too: the run then pauses after it
      phase.set(RunPhase.PAUSED);
      progress.paused(true);
      status.update(TR.tr("Training paused"), progress.overallProperty().get());
    } else if (phase.get() == RunPhase.PAUSED) {
      control.resume();
      phase.set(RunPhase.RUNNING);
      progress.paused(false);
    }
  }

  /** Stops the run within one batch; finished epochs are kept. */
  public void stop() {
    if (canStopProperty().get()) {
      control.cancel();
      if (phase.get() == RunPhase.PAUSED) {
        progress.paused(false);
      }
      phase.set(RunPhase.STOPPING);
      status.update(TR.tr("Training: stopping…"), -1);
    }
  }

  /**
   * Stops a run if one is going; completes on the FX thread once it has ended and its outcome is
   * shown (at once when none is going), so a command that replaces the network can follow it.
   */
  public CompletableFuture<Void> stopThen() {
    stop();
    return runShown.handle((result, error) -> null);
  }

  /**
   * Asks a running run to stop as the window closes, without waiting for it: the ML thread ends it
   * after the current batch, and {@code ModelService.close} waits for that before it closes the
   * network, so the FX thread is never held up. Asks once; a second call does nothing.
   *
   * @return whether this call asked the run to stop
   */
  public boolean cancelForShutdown() {
    if (control.isCancelled()) {
      return false;
    }
    control.cancel();
    return true;
  }

  // ---- The run ----

  /**
   * Another network became the current one (New, Open, the pretrained model): the banner, curves
   * and numbers describe a network that is gone, so the place starts over. Saving keeps the
   * metadata (and the place as it is); a run's own changes arrive while it is active.
   */
  private void forgetUnlessCharted(ModelSummary now) {
    if (phase.get().active() || now == null || now.metadata().equals(charted)) {
      return;
    }
    charted = null;
    chartedEpochs = -1;
    curves.clear();
    progress.reset();
    banner.clear();
    phase.set(RunPhase.IDLE);
    status.clearIfStillShown(); // "Training finished: 91 %" was about the network now gone
  }

  private void beginRun(
      Dataset data, TrainingConfig config, int epochBase, double curvesFrom, String message) {
    control = new TrainingControl();
    runStart = new RunEnding.Start(data, config, epochBase, Instant.now());
    int run = ++runCount;
    relay =
        new FxTrainingRelay(
            context.fx(),
            new LiveRunUpdates(context, status, phase, progress, curves, () -> run == runCount));
    progress.begin(config.epochs(), epochBase, curvesFrom);
    banner.clear();
    phase.set(RunPhase.PREPARING);
    state.trainingRunning(true);
    status.update(message, -1);
  }

  private CompletableFuture<TrainingResult> train(Dataset data, TrainingConfig config) {
    if (control.isCancelled()) {
      return CompletableFuture.completedFuture(new TrainingResult(List.of(), true, 0, 0));
    }
    TrainingConfig smooth = RunPlan.withSmoothReports(config, data);
    progress.reportsEvery(smooth.reportEveryBatches());
    return context.models().train(data, smooth, relay, control);
  }

  /** The config with the report interval the curves ask for (see {@link RunPlan}). */
  static TrainingConfig withSmoothReports(TrainingConfig config, Dataset data) {
    return RunPlan.withSmoothReports(config, data);
  }

  private CompletableFuture<TrainingResult> finishWhenDone(CompletableFuture<TrainingResult> run) {
    CompletableFuture<TrainingResult> shown = showWhenDone(run);
    runShown = shown;
    return shown;
  }

  private CompletableFuture<TrainingResult> showWhenDone(CompletableFuture<TrainingResult> run) {
    return run.handleAsync(
        (result, error) -> {
          finish(result, error);
          if (error != null) {
            throw error instanceof CompletionException c ? c : new CompletionException(error);
          }
          return result;
        },
        context.fx());
  }

  private void finish(TrainingResult result, Throwable error) {
    relay.flush();
    state.trainingRunning(false);
    ModelSummary now = context.models().current();
    if (now != null) {
      charted = now.metadata();
      state.replaceModel(now);
    }
    int finishedEpochs = result == null ? 0 : result.epochs().size();
    chartedEpochs = progress.epochBase() + finishedEpochs;
    progress.end(result);
    outcome.ended(result, error, chartedEpochs);
    if (now != null) {
      history.runEnded(
          new RunEnding(runStart, now, state.deviceProperty().get(), curves, result, error));
    }
  }

  private static <T> CompletableFuture<T> notNow(String command) {
    return CompletableFuture.failedFuture(
        new IllegalStateException(command + " is not available now"));
  }
}
