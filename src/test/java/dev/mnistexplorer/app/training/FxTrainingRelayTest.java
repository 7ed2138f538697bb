package dev.mnistexplorer.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.core.training.BatchProgress;
import dev.mnistexplorer.core.training.EpochResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FxTrainingRelayTest {

  /** Records events and how often a hand-over ended. */
  private static final class Recorder implements FxTrainingRelay.Target {
    final List<Object> events = new ArrayList<>();
    int drains;

    @Override
    public void progress(BatchProgress progress) {
      events.add(progress);
    }

    @Override
    public void epochFinished(EpochResult result) {
      events.add(result);
    }

    @Override
    public void drained() {
      drains++;
    }
  }

  @Test
  void eventsOfOnePulseArriveInOrderWithOneUpdate() {
    List<Runnable> pulse = new ArrayList<>();
    Recorder recorder = new Recorder();
    FxTrainingRelay relay = new FxTrainingRelay(pulse::add, recorder);
    BatchProgress first = new BatchProgress(1, 10, 20, 1, 0.5f, 0.8f, 1000);
    BatchProgress second = new BatchProgress(1, 20, 20, 1, 0.4f, 0.85f, 1000);
    EpochResult epoch = new EpochResult(1, 0.45f, 0.85f, 0.4f, 0.87f, 1, 1000);

    relay.progress(first);
    relay.progress(second);
    relay.epochFinished(epoch);

    assertThat(pulse).hasSize(1); // one hand-over scheduled for three events
    pulse.forEach(Runnable::run);
    assertThat(recorder.events).containsExactly(first, second, epoch);
    assertThat(recorder.drains).isEqualTo(1);
  }

  @Test
  void flushingWithNothingQueuedChangesNothing() {
    Recorder recorder = new Recorder();
    FxTrainingRelay relay = new FxTrainingRelay(Runnable::run, recorder);
    relay.flush();
    assertThat(recorder.drains).isZero();
  }
}
