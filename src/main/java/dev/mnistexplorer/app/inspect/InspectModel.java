package dev.mnistexplorer.app.inspect;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.LatestOnlyGate;
import dev.mnistexplorer.app.common.SentDigit;
import dev.mnistexplorer.app.common.SharedState;
import dev.mnistexplorer.app.common.UiErrors;
import dev.mnistexplorer.core.inspect.ForwardComparison;
import dev.mnistexplorer.core.inspect.ForwardPass;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The Inspect place's state and commands: which digit is inspected (the Predict pad, followed live,
 * or a dataset digit sent with "Inspect"), its forward pass stage by stage, computed by hand or by
 * layer (then with the difference between the two), and the stage chosen. A new digit, new weights
 * or the other computation asks the {@code Inspector} again through a {@link LatestOnlyGate};
 * during training at most {@link #TRAINING_REFRESHES_PER_SECOND} times a second. It computes only
 * while the place is showing and catches up when shown. Touched on the JavaFX thread only; no nodes
 * here.
 */
public final class InspectModel {
  private static final I18n TR = I18n.forPackageOf(InspectModel.class);

  /** How often the pass follows the weights while training changes them every batch. */
  static final int TRAINING_REFRESHES_PER_SECOND = 4;

  private static final long REFRESH_GAP_NANOS =
      TimeUnit.SECONDS.toNanos(1) / TRAINING_REFRESHES_PER_SECOND;
  private static final List<String> DIGITS =
      IntStream.range(0, 10).mapToObj(Integer::toString).toList();

  private final AppContext context;
  private final SharedState state;
  private final LatestOnlyGate<Request, Result> gate;

  // Properties
  private final ReadOnlyObjectWrapper<SentDigit> digit = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper following = new ReadOnlyBooleanWrapper(true);
  private final BooleanProperty byLayer = new SimpleBooleanProperty(this, "byLayer");
  private final BooleanProperty showing = new SimpleBooleanProperty(this, "showing");
  private final BooleanProperty weightsChosen = new SimpleBooleanProperty(this, "weightsChosen");
  private final ReadOnlyObjectWrapper<ForwardPass> pass = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<ForwardComparison> comparison = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyIntegerWrapper selectedStage = new ReadOnlyIntegerWrapper();
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

  private boolean stale = true;
  private boolean refreshScheduled;
  private long lastRefreshNanos = System.nanoTime() - REFRESH_GAP_NANOS;

  /** What was asked: the pixels, and whether by layer too. */
  private record Request(float[] pixels, boolean byLayer) {}

  /** The pass to show, and the comparison when asked by layer (else null). */
  private record Result(ForwardPass pass, ForwardComparison comparison) {}

  public InspectModel(AppContext context) {
    this.context = context;
    this.state = context.state();
    this.gate =
        new LatestOnlyGate<>(
            this::compute,
            context.fx(),
            (request, result) -> answered(result),
            failure ->
                error.set(
                    TR.format("Could not look inside the network: %s", UiErrors.message(failure))));
    digit.set(state.padDigitProperty().get());
    state.padDigitProperty().addListener((o, was, now) -> padChanged(now));
    state.digitForInspectProperty().addListener((o, was, now) -> inspect(now));
    state.weightsVersionProperty().addListener(o -> weightsChanged());
    // The run's final weights, without waiting for the next quarter second.
    state.trainingProperty().addListener((o, was, now) -> refresh());
    byLayer.addListener(o -> refresh());
    showing.addListener((o, was, now) -> refreshIfStale());
  }

  // Properties

  /** The digit inspected (784 unit pixels, its source and label), or null for a blank pad. */
  public ReadOnlyObjectProperty<SentDigit> digitProperty() {
    return digit.getReadOnlyProperty();
  }

  /** Whether the digit follows the Predict pad (else it is one sent from another place). */
  public ReadOnlyBooleanProperty followingProperty() {
    return following.getReadOnlyProperty();
  }

  /** Compute by DJL's layers as well as by hand, and show the layers' numbers. */
  public BooleanProperty byLayerProperty() {
    return byLayer;
  }

  /** Whether the place shows the first-layer weights rather than the forward pass. */
  public BooleanProperty weightsChosenProperty() {
    return weightsChosen;
  }

  /** Whether the forward pass is on screen: it computes only then. */
  public BooleanProperty showingProperty() {
    return showing;
  }

  /** The forward pass shown (by hand, or by layer), or null when there is no digit. */
  public ReadOnlyObjectProperty<ForwardPass> passProperty() {
    return pass.getReadOnlyProperty();
  }

  /** Both computations and their differences, when asked by layer; else null. */
  public ReadOnlyObjectProperty<ForwardComparison> comparisonProperty() {
    return comparison.getReadOnlyProperty();
  }

  /** The index of the stage chosen in the strip. */
  public ReadOnlyIntegerProperty selectedStageProperty() {
    return selectedStage.getReadOnlyProperty();
  }

  /** The last problem, or "". */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** The current network's class names ("0".."9" for digits). */
  public List<String> classNames() {
    var summary = state.modelProperty().get();
    List<String> names = summary == null ? List.of() : summary.metadata().classNames();
    return names.isEmpty() ? DIGITS : names;
  }

  /** Completes when no computation is in flight or waiting. */
  public CompletableFuture<Void> whenSettled() {
    return gate.whenIdle();
  }

  // Commands

  /**
   * Inspects {@code sent} (a dataset digit) and stops following the pad; null is ignored. The pad's
   * own digit (Inspect in Predict) means: follow the pad, live.
   */
  public void inspect(SentDigit sent) {
    if (sent == null) {
      return;
    }
    if (sent == state.padDigitProperty().get()) {
      followPad();
      return;
    }
    following.set(false);
    digit.set(sent);
    refresh();
  }

  /** Follows the Predict pad again, live. */
  public void followPad() {
    following.set(true);
    digit.set(state.padDigitProperty().get());
    refresh();
  }

  /** Chooses stage {@code index} (clamped to the stages there are). */
  public void select(int index) {
    ForwardPass shown = pass.get();
    int last = shown == null ? 0 : shown.stages().size() - 1;
    selectedStage.set(Math.max(0, Math.min(last, index)));
  }

  /** Chooses the stage after the chosen one (Right). */
  public void selectNext() {
    select(selectedStage.get() + 1);
  }

  /** Chooses the stage before the chosen one (Left). */
  public void selectPrevious() {
    select(selectedStage.get() - 1);
  }

  /** Computes the pass again now (when showing), for the digit and the weights there are. */
  public void refresh() {
    SentDigit shown = digit.get();
    if (shown == null) {
      gate.cancel();
      stale = false;
      pass.set(null);
      comparison.set(null);
      error.set("");
      return;
    }
    if (!showing.get()) {
      stale = true;
      return;
    }
    if (state.modelProperty().get() == null) {
      gate.cancel();
      stale = true;
      error.set(TR.tr("The network is still loading…"));
      return;
    }
    stale = false;
    lastRefreshNanos = System.nanoTime();
    gate.submit(new Request(shown.pixels(), byLayer.get()));
  }

  private void refreshIfStale() {
    if (showing.get() && stale) {
      refresh();
    }
  }

  private void padChanged(SentDigit now) {
    if (following.get()) {
      digit.set(now);
      refresh();
    }
  }

  /**
   * Training changes the weights every batch: then the pass follows at most a few times a second,
   * the last change always included (a refresh is scheduled, not dropped).
   */
  private void weightsChanged() {
    if (!state.trainingProperty().get()) {
      refresh();
      return;
    }
    if (refreshScheduled) {
      return;
    }
    long wait = lastRefreshNanos + REFRESH_GAP_NANOS - System.nanoTime();
    if (wait <= 0) {
      refresh();
      return;
    }
    refreshScheduled = true;
    CompletableFuture.delayedExecutor(wait, TimeUnit.NANOSECONDS, context.fx())
        .execute(
            () -> {
              refreshScheduled = false;
              refresh();
            });
  }

  private CompletableFuture<Result> compute(Request request) {
    if (request.byLayer()) {
      return context
          .inspector()
          .compare(request.pixels())
          .thenApply(both -> new Result(both.byLayer(), both));
    }
    return context.inspector().forward(request.pixels()).thenApply(hand -> new Result(hand, null));
  }

  private void answered(Result result) {
    error.set("");
    // The comparison first: views redraw on the pass and read it.
    comparison.set(result.comparison());
    pass.set(result.pass());
    select(selectedStage.get());
  }
}
