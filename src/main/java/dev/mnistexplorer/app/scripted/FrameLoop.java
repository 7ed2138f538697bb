package dev.mnistexplorer.app.scripted;

import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Does one step of a benchmark on every JavaFX pulse, the way input arrives from a user (one drag
 * event or one scroll-bar move a frame), until the step says it is done.
 */
final class FrameLoop extends AnimationTimer {

  /** One frame's work; returns whether to go on. */
  @FunctionalInterface
  interface Step {
    boolean frame(long pulseNanos);
  }

  private final Step step;
  private final CompletableFuture<Void> done = new CompletableFuture<>();

  private FrameLoop(Step step) {
    this.step = step;
  }

  /** Starts the loop (on the FX thread); the future completes after the last step. */
  static CompletableFuture<Void> run(Step step) {
    FrameLoop loop = new FrameLoop(step);
    loop.start();
    return loop.done;
  }

  /** Completes after {@code millis} of pulses, so layout, CSS and canvases have caught up. */
  static CompletableFuture<Void> settle(double millis) {
    CompletableFuture<Void> settled = new CompletableFuture<>();
    PauseTransition pause = new PauseTransition(Duration.millis(millis));
    pause.setOnFinished(event -> settled.complete(null));
    pause.play();
    return settled;
  }

  @Override
  public void handle(long now) {
    try {
      if (!step.frame(now)) {
        stop();
        done.complete(null);
      }
    } catch (RuntimeException e) {
      // An exception here would go to the FX thread's handler and leave the benchmark waiting.
      stop();
      done.completeExceptionally(e);
    }
  }
}
