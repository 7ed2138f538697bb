package dev.mnistexplorer.app.inspect.weights;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.SharedState;
import dev.mnistexplorer.app.common.UiErrors;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.inspect.LayerWeights;
import dev.mnistexplorer.core.inspect.TileScale;
import dev.mnistexplorer.core.service.Inspector;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The first-layer weights view's state and commands: the latest snapshot of the layer's weights
 * (taken by the {@link Inspector} on the ML thread, between two batches during training), the
 * colour scale, the chosen unit and the test digits that excite it most.
 *
 * <p>While showing, it follows {@code SharedState.weightsVersionProperty()}: during training that
 * changes every batch, so snapshots are asked for at most once per {@link #DEFAULT_INTERVAL}, one
 * at a time, and only the latest change counts. The exciting digits need the whole network, so
 * during training they wait for the run to end. Touched on the JavaFX thread only; no nodes.
 */
public final class WeightsModel {
  private static final I18n TR = I18n.forPackageOf(WeightsModel.class);

  /** The shortest time between two snapshots: about four a second. */
  public static final Duration DEFAULT_INTERVAL = Duration.ofMillis(250);

  private final AppContext context;
  private final SharedState state;
  private final long intervalNanos;

  // Properties
  private final ReadOnlyObjectWrapper<LayerWeights> weights = new ReadOnlyObjectWrapper<>();
  private final ObjectProperty<TileScale> scale =
      new SimpleObjectProperty<>(this, "scale", TileScale.PER_TILE);
  private final ReadOnlyIntegerWrapper selectedUnit = new ReadOnlyIntegerWrapper(-1);
  private final ReadOnlyObjectWrapper<ExcitingDigits> excitingDigits =
      new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final BooleanProperty showing = new SimpleBooleanProperty(this, "showing");

  // The snapshot gate: one request in flight, at most one per interval, latest only.
  private boolean stale = true;
  private boolean inFlight;
  private boolean timerSet;
  private long lastRequest = Long.MIN_VALUE;
  private int snapshotsAsked;
  private CompletableFuture<Void> idle = CompletableFuture.completedFuture(null);
  private CompletableFuture<Void> digitsRun = CompletableFuture.completedFuture(null);

  public WeightsModel(AppContext context) {
    this(context, DEFAULT_INTERVAL);
  }

  /** With another shortest time between snapshots (zero: none, for tests). */
  public WeightsModel(AppContext context, Duration interval) {
    this.context = context;
    this.state = context.state();
    this.intervalNanos = interval.toNanos();
    state.weightsVersionProperty().addListener(observable -> weightsChanged());
    state.datasetProperty().addListener(observable -> refreshDigits());
    state.trainingProperty().addListener(observable -> refreshDigitsIfStale());
    showing.addListener(observable -> pump());
  }

  /** The latest snapshot of the first layer's weights (null before the first). */
  public ReadOnlyObjectProperty<LayerWeights> weightsProperty() {
    return weights.getReadOnlyProperty();
  }

  /** Per tile or shared colour scale: edited in place by the toggle. */
  public ObjectProperty<TileScale> scaleProperty() {
    return scale;
  }

  /** The chosen unit (-1: none). */
  public ReadOnlyIntegerProperty selectedUnitProperty() {
    return selectedUnit.getReadOnlyProperty();
  }

  /** The test digits exciting the chosen unit most (null while none is chosen or asked for). */
  public ReadOnlyObjectProperty<ExcitingDigits> excitingDigitsProperty() {
    return excitingDigits.getReadOnlyProperty();
  }

  /** Why nothing can be shown (an error, or what it waits for); empty when all is well. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** Whether the view is on screen: snapshots are asked for only then. */
  public BooleanProperty showingProperty() {
    return showing;
  }

  /** How many snapshots have been asked for so far (for tests of the throttle). */
  int snapshotsAsked() {
    return snapshotsAsked;
  }

  /** Completes when no snapshot is in flight or waiting to be asked for (for tests). */
  synchronized CompletableFuture<Void> whenIdle() {
    return idle;
  }

  /** The latest request for exciting digits (done when none runs), for tests. */
  CompletableFuture<Void> lastDigitsRun() {
    return digitsRun;
  }

  // Commands

  /** Asks for a fresh snapshot (when showing), as if the weights had changed. */
  public void refresh() {
    weightsChanged();
  }

  /** Chooses unit {@code unit} and asks for the test digits that excite it most. */
  public CompletableFuture<Void> select(int unit) {
    LayerWeights now = weights.get();
    if (now == null || unit < 0 || unit >= now.units()) {
      selectedUnit.set(-1);
      excitingDigits.set(null);
      return CompletableFuture.completedFuture(null);
    }
    if (unit != selectedUnit.get()) {
      excitingDigits.set(null);
    }
    selectedUnit.set(unit);
    return refreshDigits();
  }

  private synchronized void weightsChanged() {
    stale = true;
    pump();
  }

  /** Asks for a snapshot if one is due: showing, stale, none in flight, the interval passed. */
  private synchronized void pump() {
    if (!showing.get() || !stale || inFlight || timerSet) {
      if (!inFlight && !timerSet) {
        idle.complete(null);
      }
      return;
    }
    if (idle.isDone()) {
      idle = new CompletableFuture<>();
    }
    long wait = lastRequest == Long.MIN_VALUE ? 0 : lastRequest + intervalNanos - System.nanoTime();
    if (wait > 0) {
      timerSet = true;
      CompletableFuture.delayedExecutor(wait, TimeUnit.NANOSECONDS, context.fx())
          .execute(this::timerDone);
      return;
    }
    stale = false;
    inFlight = true;
    lastRequest = System.nanoTime();
    snapshotsAsked++;
    CompletableFuture<LayerWeights> asked;
    try {
      asked = context.inspector().firstLayerWeights();
    } catch (RuntimeException e) {
      asked = CompletableFuture.failedFuture(e);
    }
    asked.whenCompleteAsync(this::arrived, context.fx());
  }

  private synchronized void timerDone() {
    timerSet = false;
    pump();
  }

  private synchronized void arrived(LayerWeights snapshot, Throwable error) {
    inFlight = false;
    if (error != null) {
      message.set(
          context.models().current() == null
              ? TR.tr("Waiting for the network to load…")
              : TR.format("Could not read the weights: %s", UiErrors.message(error)));
    } else {
      message.set("");
      show(snapshot);
    }
    pump();
  }

  private void show(LayerWeights snapshot) {
    weights.set(snapshot);
    if (selectedUnit.get() >= snapshot.units()) {
      select(-1); // a narrower new network
    } else {
      refreshDigitsIfStale();
    }
  }

  private void refreshDigitsIfStale() {
    ExcitingDigits shown = excitingDigits.get();
    LayerWeights now = weights.get();
    boolean stale = shown == null || now == null || shown.weightsVersion() != now.version();
    if (stale && !state.trainingProperty().get()) {
      refreshDigits();
    }
  }

  /** Asks the inspector for the chosen unit's exciting digits on the current test split. */
  private CompletableFuture<Void> refreshDigits() {
    int unit = selectedUnit.get();
    Dataset dataset = state.datasetProperty().get();
    LayerWeights now = weights.get();
    if (unit < 0 || dataset == null || now == null) {
      return CompletableFuture.completedFuture(null);
    }
    long version = now.version();
    digitsRun =
        context
            .inspector()
            .topDigits(unit, dataset.test(), Inspector.TOP_DIGITS)
            .handleAsync(
                (digits, error) -> {
                  if (error != null) {
                    message.set(
                        TR.format(
                            "Could not find the exciting digits: %s", UiErrors.message(error)));
                  } else if (unit == selectedUnit.get()
                      && dataset == state.datasetProperty().get()) {
                    excitingDigits.set(new ExcitingDigits(unit, dataset, digits, version));
                  }
                  return null;
                },
                context.fx());
    return digitsRun;
  }
}
