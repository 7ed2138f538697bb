package dev.mnistexplorer.app.training;

/** Where the Training place's run stands. */
public enum RunPhase {
  /** Nothing has run on the current network yet (or another network was opened since). */
  IDLE(false),
  /** Building the network and copying the images to the device. */
  PREPARING(true),
  RUNNING(true),
  PAUSED(true),
  /** Stop was asked; the run ends within one batch. */
  STOPPING(true),
  FINISHED(false),
  STOPPED(false),
  FAILED(false);

  private final boolean active;

  RunPhase(boolean active) {
    this.active = active;
  }

  /** Whether a run is going (Start is disabled, Stop enabled). */
  public boolean active() {
    return active;
  }
}
