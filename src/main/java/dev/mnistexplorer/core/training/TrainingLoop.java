package dev.mnistexplorer.core.training;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.loss.Loss;
import dev.mnistexplorer.core.data.LabeledImages;
import dev.mnistexplorer.core.network.DigitNetwork;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Trains a {@link DigitNetwork} the tutorial's way (mini-batches, reshuffled every epoch,
 * cross-entropy on the logits) over tensors already on the device. Runs on the ML thread; between
 * batches it runs {@code betweenBatches} (pending predictions), honours pause and cancel, and
 * reports progress every {@link TrainingConfig#reportEveryBatches()} batches.
 *
 * <p>A NaN or infinite loss stops the run with a {@link TrainingDivergedException} naming the epoch
 * and batch, and the network gets back the weights it had before the run. A "stop at" target
 * ({@link TrainingConfig#stopAtAccuracy()}, {@link TrainingConfig#patience()}) ends the run after
 * the epoch that meets it; the result says so in {@link TrainingResult#stopReason()}.
 */
public final class TrainingLoop {
  private final DigitNetwork network;
  private final TrainingConfig config;
  private final TrainingListener listener;
  private final TrainingControl control;
  private final Runnable betweenBatches;
  private final Loss loss = Loss.softmaxCrossEntropyLoss();
  private final SplittableRandom shuffler;
  private NDArray lossSeed; // d(loss)/d(loss) = 1, made once per run

  public TrainingLoop(
      DigitNetwork network,
      TrainingConfig config,
      TrainingListener listener,
      TrainingControl control,
      Runnable betweenBatches) {
    config.check();
    this.network = network;
    this.config = config;
    this.listener = listener;
    this.control = control;
    this.betweenBatches = betweenBatches;
    this.shuffler = new SplittableRandom(config.seed());
  }

  /**
   * Runs every epoch on {@code train}, evaluating on {@code test} after each.
   *
   * @param deviceName shown to listeners, e.g. "CPU"
   */
  public TrainingResult run(
      LabeledImages train, DeviceImages test, int classes, String deviceName) {
    Engine.getEngine("PyTorch").setRandomSeed(Math.toIntExact(config.seed()));
    int batches = (train.count() + config.batchSize() - 1) / config.batchSize();
    listener.started(
        new TrainingStart(config.epochs(), batches, train.count(), test.count(), deviceName));
    List<EpochResult> results = new ArrayList<>();
    long begin = System.nanoTime();
    double trainSeconds = 0;
    StopTarget target = new StopTarget(config);
    StopReason stopReason = null;
    try (ParameterSnapshot before = ParameterSnapshot.take(network);
        NDManager runScope = network.manager().newSubManager();
        DeviceImages plain =
            config.augment() ? null : DeviceImages.upload(network.manager(), train);
        OptimizerStep step = OptimizerStep.create(config, network, batches)) {
      lossSeed = runScope.ones(new Shape());
      for (int epoch = 1; epoch <= config.epochs() && !control.isCancelled(); epoch++) {
        EpochTotals totals = runEpochOn(plain, train, epoch, batches, step, before);
        if (totals == null) {
          break; // cancelled within the epoch
        }
        trainSeconds += totals.seconds;
        Evaluation evaluation = Evaluator.evaluate(network, test, classes);
        EpochResult result = totals.toResult(epoch, evaluation);
        results.add(result);
        listener.epochFinished(result);
        stopReason = target.afterEpoch(result.testAccuracy());
        if (stopReason != null) {
          break; // the run reached its "stop at" target: it ends cleanly, not cancelled
        }
      }
    }
    long samples = (long) results.size() * train.count();
    double speed = trainSeconds > 0 ? samples / trainSeconds : 0;
    boolean cancelled = stopReason == null && control.isCancelled();
    return new TrainingResult(
        results, cancelled, speed, (System.nanoTime() - begin) / 1e9, stopReason);
  }

  private EpochTotals runEpochOn(
      DeviceImages plain,
      LabeledImages train,
      int epoch,
      int batches,
      OptimizerStep step,
      ParameterSnapshot before) {
    if (plain != null) {
      return runEpoch(plain, epoch, batches, step, before);
    }
    byte[] augmented = Augmenter.augment(train, config.seed(), epoch);
    try (DeviceImages data =
        DeviceImages.upload(network.manager(), augmented, train.labels(), train.imageSize())) {
      return runEpoch(data, epoch, batches, step, before);
    }
  }

  /** One pass over the shuffled data; null when cancelled part-way. */
  private EpochTotals runEpoch(
      DeviceImages data, int epoch, int batches, OptimizerStep step, ParameterSnapshot before) {
    ParameterStore parameters = new ParameterStore(network.manager(), false);
    EpochTotals totals = new EpochTotals(data.count());
    try (NDManager epochScope = network.manager().newSubManager();
        BatchWindow window = new BatchWindow(epochScope)) {
      // The clock starts before the shuffle: copying the shuffled split is part of the epoch.
      long windowStart = System.nanoTime();
      NDArray order = epochScope.create(shuffledIndices(data.count()));
      NDArray images = data.pixels().get(order);
      NDArray labels = data.labels().get(order);
      images.attach(epochScope);
      labels.attach(epochScope);
      for (int batch = 0; batch < batches; batch++) {
        trainBatch(epochScope, images, labels, batch, parameters, window);
        step.apply();
        boolean last = batch == batches - 1;
        if (window.size() >= config.reportEveryBatches() || last) {
          long now = System.nanoTime();
          report(window.flush(), epoch, batch + 1, batches, now - windowStart, totals, before);
          windowStart = now;
        }
        betweenBatches.run();
        control.waitWhilePaused(betweenBatches);
        if (control.isCancelled() && !last) {
          return null;
        }
      }
    }
    return totals;
  }

  private void trainBatch(
      NDManager epochScope,
      NDArray images,
      NDArray labels,
      int batch,
      ParameterStore parameters,
      BatchWindow window) {
    int start = batch * config.batchSize();
    int end = Math.min(start + config.batchSize(), (int) labels.size());
    try (NDManager batchScope = epochScope.newSubManager()) {
      NDArray x = DeviceImages.normalisedRows(images, start, end);
      NDArray y = TorchOps.rows(labels, start, end);
      x.attach(batchScope);
      y.attach(batchScope);
      // The collector only switches grad mode on for the batch; backward goes through TorchOps.
      try (GradientCollector collector = Engine.getEngine("PyTorch").newGradientCollector()) {
        NDArray logits =
            network.block().forward(parameters, new NDList(x), true).singletonOrThrow();
        NDArray batchLoss = loss.evaluate(new NDList(y), new NDList(logits));
        TorchOps.backward(batchLoss, lossSeed);
        window.add(batchLoss, logits, y);
      }
    }
  }

  private void report(
      BatchWindow.Readout readout,
      int epoch,
      int batch,
      int batches,
      long nanos,
      EpochTotals totals,
      ParameterSnapshot before) {
    int firstBatch = batch - readout.losses().length + 1;
    for (int i = 0; i < readout.losses().length; i++) {
      float value = readout.losses()[i];
      if (!Float.isFinite(value)) {
        before.restore(network);
        throw new TrainingDivergedException(epoch, firstBatch + i, value);
      }
    }
    EpochTotals.Window window = totals.add(readout, batch, config.batchSize(), nanos);
    double speed = window.samples() / (nanos / 1e9);
    listener.progress(
        new BatchProgress(
            epoch, batch, batches, config.epochs(), window.loss(), window.accuracy(), speed));
  }

  private long[] shuffledIndices(int count) {
    long[] indices = new long[count];
    for (int i = 0; i < count; i++) {
      indices[i] = i;
    }
    for (int i = count - 1; i > 0; i--) {
      int j = shuffler.nextInt(i + 1);
      long swap = indices[i];
      indices[i] = indices[j];
      indices[j] = swap;
    }
    return indices;
  }
}
