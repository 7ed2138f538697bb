package dev.mnistexplorer.core.training;

/**
 * Pause, resume and cancel for a running training loop, safe to call from any thread. The loop
 * looks at it between batches, so a cancel takes effect within one batch.
 */
public final class TrainingControl {
  private volatile boolean paused;
  private volatile boolean cancelled;

  public void pause() {
    paused = true;
  }

  public void resume() {
    paused = false;
  }

  /** Stops the run after the current batch; also ends a pause. */
  public void cancel() {
    cancelled = true;
    paused = false;
  }

  public boolean isCancelled() {
    return cancelled;
  }

  /**
   * Blocks while paused, running {@code meanwhile} every few milliseconds (the ML thread serves
   * predictions while a run is paused).
   */
  void waitWhilePaused(Runnable meanwhile) {
    while (paused && !cancelled) {
      meanwhile.run();
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        cancelled = true;
      }
    }
  }
}
