package dev.mnistexplorer.core.service;

import dev.mnistexplorer.core.data.LabeledImages;
import dev.mnistexplorer.core.network.DigitNetwork;
import dev.mnistexplorer.core.network.NetworkSpec;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The network a {@link ModelService} holds and what goes with it: a fresh network of the same spec
 * for the untrained contrast, whether a training loop is running on it, and a version that changes
 * whenever its weights do (a new network, every training batch), so that views can keep a snapshot
 * of the weights until it is stale. Used on the ML thread only, except {@link #version()}.
 */
final class NetworkSlot implements AutoCloseable {
  private final AtomicLong version = new AtomicLong();
  private DigitNetwork network;
  private DigitNetwork untrained;
  // True while the loop runs (and serves queued work between batches).
  private boolean loopRunning;

  /**
   * The current network.
   *
   * @throws IllegalStateException when there is none yet
   */
  DigitNetwork require() {
    if (network == null) {
      throw new IllegalStateException("no network: create or open one first");
    }
    return network;
  }

  /** Puts {@code replacement} in, closing the network it replaces. */
  void replace(DigitNetwork replacement) {
    if (loopRunning) {
      // Work queued during training runs between two batches: closing the network there would
      // pull the weights from under the optimizer. The caller stops the run first.
      replacement.close();
      throw new IllegalStateException("a training run is going: stop it first");
    }
    if (network != null) {
      network.close();
    }
    network = replacement;
    weightsChanged();
  }

  /** A freshly initialised network of the current spec (always the same initialisation). */
  DigitNetwork untrained() {
    NetworkSpec spec = require().spec();
    if (untrained == null || !untrained.spec().equals(spec)) {
      if (untrained != null) {
        untrained.close();
      }
      untrained = DigitNetwork.initialise(spec, network.device(), 0);
    }
    return untrained;
  }

  /** Runs a training loop on the network; replacing the network meanwhile is refused. */
  <T> T whileTraining(Callable<T> run) throws Exception {
    loopRunning = true;
    try {
      return run.call();
    } finally {
      loopRunning = false;
      weightsChanged(); // a diverged run puts the old weights back
    }
  }

  /** Marks the weights as changed (after every training batch). */
  void weightsChanged() {
    version.incrementAndGet();
  }

  /** The weights version: any thread may read it. */
  long version() {
    return version.get();
  }

  /**
   * Refuses a split whose images are not the size the network takes, in words, before libtorch
   * fails on it with a tensor shape error ("shape '[-1, 784]' is invalid for input of size ...").
   */
  void requireImageSize(String what, LabeledImages split) {
    NetworkSpec spec = require().spec();
    if (split.rows() != spec.imageRows() || split.cols() != spec.imageCols()) {
      throw new IllegalArgumentException(
          what
              + ": images are "
              + split.rows()
              + "×"
              + split.cols()
              + ", expected "
              + spec.imageRows()
              + "×"
              + spec.imageCols()
              + " (the size the network takes)");
    }
  }

  @Override
  public void close() {
    if (network != null) {
      network.close();
    }
    if (untrained != null) {
      untrained.close();
    }
  }
}
