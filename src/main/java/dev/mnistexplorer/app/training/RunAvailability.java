package dev.mnistexplorer.app.training;

import dev.mnistexplorer.app.common.SharedState;
import dev.mnistexplorer.core.service.ModelSummary;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableObjectValue;

/**
 * Which run commands work now. Start and One more epoch need no run going, a started engine and a
 * dataset; Start also a valid draft, One more epoch a trained network. Pause and Stop work from the
 * first batch on (and while preparing) until Stop has been asked.
 */
final class RunAvailability {
  private final BooleanBinding canStart;
  private final BooleanBinding canOneMoreEpoch;
  private final BooleanBinding canStop;

  RunAvailability(SharedState state, ObservableObjectValue<RunPhase> phase) {
    BooleanBinding idleAndReady =
        Bindings.createBooleanBinding(
            () ->
                !phase.get().active()
                    && state.engineReadyProperty().get()
                    && state.datasetProperty().get() != null,
            phase,
            state.engineReadyProperty(),
            state.datasetProperty());
    canStart = idleAndReady.and(state.draftValidProperty());
    canOneMoreEpoch =
        idleAndReady.and(
            Bindings.createBooleanBinding(
                () -> {
                  ModelSummary model = state.modelProperty().get();
                  return model != null && model.metadata().isTrained();
                },
                state.modelProperty()));
    canStop =
        Bindings.createBooleanBinding(
            () -> phase.get().active() && phase.get() != RunPhase.STOPPING, phase);
  }

  BooleanBinding canStart() {
    return canStart;
  }

  BooleanBinding canOneMoreEpoch() {
    return canOneMoreEpoch;
  }

  /** Pausing works from the first batch on, like stopping. */
  BooleanBinding canPause() {
    return canStop;
  }

  BooleanBinding canStop() {
    return canStop;
  }
}
