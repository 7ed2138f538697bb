package dev.mnistexplorer.core.engine;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one long-lived thread that owns all DJL work: engine start, training batches and predictions.
 *
 * <p>Why one thread: libtorch's grad mode is per thread, only one gradient collector may be open in
 * the JVM, and predictions from thread pools have been seen to grow native memory (djl#2821). A
 * training run is one long task on this thread; it calls {@link #runPending()} between batches so
 * that predictions submitted meanwhile run then, always against a consistent set of weights.
 */
public final class MlThread implements AutoCloseable {
  /**
   * How long the idle thread keeps looking for work before it parks: waking a parked thread takes
   * tens of microseconds on a virtual machine, longer than a prediction itself, and predictions
   * arrive in bursts while someone draws.
   */
  private static final long SPIN_NANOS = 200_000;

  private final BlockingQueue<Runnable> queue = new SpinningQueue();
  private final ThreadPoolExecutor executor;
  private volatile Thread worker;

  /** Starts the thread, named {@code name} (a daemon, so it never keeps the JVM alive). */
  public MlThread(String name) {
    ThreadFactory defaults = Executors.defaultThreadFactory();
    ThreadFactory named =
        task -> {
          Thread thread = defaults.newThread(task);
          thread.setName(name);
          thread.setDaemon(true);
          worker = thread;
          return thread;
        };
    executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, queue, named);
    executor.prestartCoreThread();
  }

  /** Queues a task; the future completes with its result or its exception. */
  public <T> CompletableFuture<T> submit(Callable<T> task) {
    CompletableFuture<T> result = new CompletableFuture<>();
    executor.execute(
        () -> {
          if (result.isCancelled()) {
            return;
          }
          try {
            result.complete(task.call());
          } catch (Throwable e) { // The caller decides; the thread must survive.
            result.completeExceptionally(e);
          }
        });
    return result;
  }

  /** Whether the caller is this thread. */
  public boolean isCurrentThread() {
    return Thread.currentThread() == worker;
  }

  /**
   * Runs the tasks queued so far, now, on this thread. Long tasks call this between steps.
   *
   * @throws IllegalStateException when called from another thread
   */
  public void runPending() {
    if (!isCurrentThread()) {
      throw new IllegalStateException("runPending() must be called on " + worker.getName());
    }
    Runnable task;
    while ((task = queue.poll()) != null) {
      task.run();
    }
  }

  /** Stops accepting work, lets queued work finish, and waits up to 10 s for the thread to end. */
  @Override
  public void close() {
    executor.shutdown();
    try {
      executor.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A queue whose taker spins briefly before blocking (see {@link #SPIN_NANOS}). */
  private static final class SpinningQueue extends LinkedBlockingQueue<Runnable> {
    @Override
    public Runnable take() throws InterruptedException {
      long deadline = System.nanoTime() + SPIN_NANOS;
      do {
        Runnable task = poll();
        if (task != null) {
          return task;
        }
        Thread.onSpinWait();
      } while (System.nanoTime() < deadline);
      return super.take();
    }
  }
}
