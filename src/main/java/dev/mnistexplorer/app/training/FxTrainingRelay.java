package dev.mnistexplorer.app.training;

import dev.mnistexplorer.app.common.FxCoalescer;
import dev.mnistexplorer.core.training.BatchProgress;
import dev.mnistexplorer.core.training.EpochResult;
import dev.mnistexplorer.core.training.TrainingListener;
import dev.mnistexplorer.core.training.TrainingStart;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;

/**
 * Carries a training run's events from the ML thread to the FX thread without flooding it: the ML
 * thread only appends to a lock-free queue, and at most one waiting hand-over (through {@link
 * FxCoalescer}) replays everything queued since the last one, in order, to {@code target} on the FX
 * thread, then calls {@link Target#drained()} once so the view updates once per hand-over, not per
 * event.
 */
final class FxTrainingRelay implements TrainingListener {

  /** What receives the events on the FX thread. */
  interface Target extends TrainingListener {
    /** After a batch of events was replayed (once per hand-over). */
    void drained();
  }

  private final Queue<Object> events = new ConcurrentLinkedQueue<>();
  private final FxCoalescer<Boolean> coalescer;
  private final Target target;

  FxTrainingRelay(Executor fx, Target target) {
    this.target = target;
    this.coalescer = new FxCoalescer<>(fx, ignored -> flush());
  }

  @Override
  public void started(TrainingStart start) {
    enqueue(start);
  }

  @Override
  public void progress(BatchProgress progress) {
    enqueue(progress);
  }

  @Override
  public void epochFinished(EpochResult result) {
    enqueue(result);
  }

  private void enqueue(Object event) {
    events.add(event);
    coalescer.offer(Boolean.TRUE);
  }

  /** Replays what is queued now; call on the FX thread (also when the run has ended). */
  void flush() {
    boolean any = false;
    Object event;
    while ((event = events.poll()) != null) {
      any = true;
      if (event instanceof TrainingStart start) {
        target.started(start);
      } else if (event instanceof BatchProgress progress) {
        target.progress(progress);
      } else if (event instanceof EpochResult result) {
        target.epochFinished(result);
      }
    }
    if (any) {
      target.drained();
    }
  }
}
