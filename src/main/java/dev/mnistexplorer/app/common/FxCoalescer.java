package dev.mnistexplorer.app.common;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Hands values from a busy thread to the JavaFX thread with at most one hand-over waiting at a
 * time: only the latest value is kept, and a new hand-over is scheduled only when the previous one
 * has run. A training run can report hundreds of times a second without flooding the UI's queue;
 * how often values arrive follows how fast the JavaFX thread drains its queue, not the pulse.
 */
public final class FxCoalescer<T> {
  private final Executor fx;
  private final Consumer<T> consumer;
  private final AtomicReference<T> latest = new AtomicReference<>();
  private final AtomicBoolean scheduled = new AtomicBoolean();

  public FxCoalescer(Executor fx, Consumer<T> consumer) {
    this.fx = fx;
    this.consumer = consumer;
  }

  /** Offers a value from any thread. */
  public void offer(T value) {
    latest.set(value);
    if (scheduled.compareAndSet(false, true)) {
      fx.execute(this::deliver);
    }
  }

  private void deliver() {
    scheduled.set(false);
    T value = latest.getAndSet(null);
    if (value != null) {
      consumer.accept(value);
    }
  }
}
