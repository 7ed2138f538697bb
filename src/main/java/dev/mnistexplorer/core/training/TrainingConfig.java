package dev.mnistexplorer.core.training;

import dev.mnistexplorer.core.network.InvalidSpecException;
import dev.mnistexplorer.core.network.Problem;
import dev.mnistexplorer.core.network.Problem.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How to train: the optimizer and its settings, batch size, epochs, the seed that makes a CPU run
 * repeatable, and whether to augment the training images (small random shifts, scales, rotations
 * and stroke-width changes, for networks that must read digits people draw).
 *
 * @param momentum SGD momentum (0 for plain SGD; ignored by Adam)
 * @param reportEveryBatches how often progress reaches listeners; reading numbers back from the
 *     device is a synchronisation point, so not every batch
 * @param learningRateDecay the factor the learning rate is multiplied by after every epoch (1 keeps
 *     it constant)
 * @param stopAtAccuracy "stop at": the run ends by itself after the first epoch whose test accuracy
 *     (a fraction, 0..1) reaches it; 0 turns it off
 * @param patience "stop at": the run ends by itself after this many epochs in a row without a new
 *     best test accuracy; 0 turns it off
 */
public record TrainingConfig(
    OptimizerKind optimizer,
    float learningRate,
    float momentum,
    float weightDecay,
    int batchSize,
    int epochs,
    long seed,
    boolean augment,
    int reportEveryBatches,
    float learningRateDecay,
    float stopAtAccuracy,
    int patience) {

  /** Most epochs without improvement {@link #patience()} may wait for. */
  public static final int MAX_PATIENCE = 1000;

  public TrainingConfig {
    Objects.requireNonNull(optimizer, "optimizer");
  }

  /** A config with no stop-at target (every epoch runs unless stopped). */
  public TrainingConfig(
      OptimizerKind optimizer,
      float learningRate,
      float momentum,
      float weightDecay,
      int batchSize,
      int epochs,
      long seed,
      boolean augment,
      int reportEveryBatches,
      float learningRateDecay) {
    this(
        optimizer,
        learningRate,
        momentum,
        weightDecay,
        batchSize,
        epochs,
        seed,
        augment,
        reportEveryBatches,
        learningRateDecay,
        0f,
        0);
  }

  /** A config with a constant learning rate. */
  public TrainingConfig(
      OptimizerKind optimizer,
      float learningRate,
      float momentum,
      float weightDecay,
      int batchSize,
      int epochs,
      long seed,
      boolean augment,
      int reportEveryBatches) {
    this(
        optimizer,
        learningRate,
        momentum,
        weightDecay,
        batchSize,
        epochs,
        seed,
        augment,
        reportEveryBatches,
        1f);
  }

  /** The tutorial's recipe: SGD, learning rate 0.1, batch 64, 5 epochs, seed 0. */
  public static TrainingConfig tutorial() {
    return new TrainingConfig(OptimizerKind.SGD, 0.1f, 0f, 0f, 64, 5, 0, false, 50);
  }

  public TrainingConfig withOptimizer(OptimizerKind kind, float rate) {
    return new TrainingConfig(
        kind,
        rate,
        momentum,
        weightDecay,
        batchSize,
        epochs,
        seed,
        augment,
        reportEveryBatches,
        learningRateDecay,
        stopAtAccuracy,
        patience);
  }

  public TrainingConfig withMomentum(float value) {
    return new TrainingConfig(
        optimizer,
        learningRate,
        value,
        weightDecay,
        batchSize,
        epochs,
        seed,
        augment,
        reportEveryBatches,
        learningRateDecay,
        stopAtAccuracy,
        patience);
  }

  public TrainingConfig withBatchSize(int value) {
    return new TrainingConfig(
        optimizer,
        learningRate,
        momentum,
        weightDecay,
        value,
        epochs,
        seed,
        augment,
        reportEveryBatches,
        learningRateDecay,
        stopAtAccuracy,
        patience);
  }

  public TrainingConfig withEpochs(int value) {
    return new TrainingConfig(
        optimizer,
        learningRate,
        momentum,
        weightDecay,
        batchSize,
        value,
        seed,
        augment,
        reportEveryBatches,
        learningRateDecay,
        stopAtAccuracy,
        patience);
  }

  public TrainingConfig withSeed(long value) {
    return new TrainingConfig(
        optimizer,
        learningRate,
        momentum,
        weightDecay,
        batchSize,
        epochs,
        value,
        augment,
        reportEveryBatches,
        learningRateDecay,
        stopAtAccuracy,
        patience);
  }

  public TrainingConfig withAugment(boolean value) {
    return new TrainingConfig(
        optimizer,
        learningRate,
        momentum,
        weightDecay,
        batchSize,
        epochs,
        seed,
        value,
        reportEveryBatches,
        learningRateDecay,
        stopAtAccuracy,
        patience);
  }

  public TrainingConfig withReportEveryBatches(int value) {
    return new TrainingConfig(
        optimizer,
        learningRate,
        momentum,
        weightDecay,
        batchSize,
        epochs,
        seed,
        augment,
        value,
        learningRateDecay,
        stopAtAccuracy,
        patience);
  }

  /**
   * The same config with a "stop at" target: a test accuracy (fraction, 0 for none) and a patience
   * in epochs (0 for none).
   */
  public TrainingConfig withStopAt(float accuracy, int epochsWithoutImprovement) {
    return new TrainingConfig(
        optimizer,
        learningRate,
        momentum,
        weightDecay,
        batchSize,
        epochs,
        seed,
        augment,
        reportEveryBatches,
        learningRateDecay,
        accuracy,
        epochsWithoutImprovement);
  }

  /** Whether the run may end by itself before its last epoch. */
  public boolean hasStopTarget() {
    return stopAtAccuracy > 0f || patience > 0;
  }

  /** Every problem's sentence ({@link Problem#text()}); empty when the config can be used. */
  public List<String> problems() {
    return validate().stream().map(Problem::text).toList();
  }

  /** Every problem with the config, each naming its field; empty when it can be used. */
  public List<Problem> validate() {
    List<Problem> problems = new ArrayList<>();
    if (!(learningRate > 0f && learningRate <= 100f)) {
      problems.add(
          Problem.of(
              Field.LEARNING_RATE,
              "learning rate must be above 0 and at most 100, got " + learningRate));
    }
    if (!(momentum >= 0f && momentum < 1f)) {
      problems.add(
          Problem.of(Field.MOMENTUM, "momentum must be at least 0 and below 1, got " + momentum));
    }
    if (!(weightDecay >= 0f && weightDecay <= 1f)) {
      problems.add(
          Problem.of(
              Field.WEIGHT_DECAY, "weight decay must be between 0 and 1, got " + weightDecay));
    }
    if (batchSize < 1 || batchSize > 65536) {
      problems.add(
          Problem.of(Field.BATCH_SIZE, "batch size must be between 1 and 65536, got " + batchSize));
    }
    if (epochs < 1 || epochs > 1000) {
      problems.add(Problem.of(Field.EPOCHS, "epochs must be between 1 and 1000, got " + epochs));
    }
    if (!(learningRateDecay > 0f && learningRateDecay <= 1f)) {
      problems.add(
          Problem.of(
              Field.LEARNING_RATE_DECAY,
              "learning rate decay must be above 0 and at most 1, got " + learningRateDecay));
    }
    // Stored as a long (model files keep it so) but DJL and the network's initialiser take an int.
    if (seed < Integer.MIN_VALUE || seed > Integer.MAX_VALUE) {
      problems.add(
          Problem.of(
              Field.SEED,
              "seed must be between "
                  + Integer.MIN_VALUE
                  + " and "
                  + Integer.MAX_VALUE
                  + ", got "
                  + seed));
    }
    if (!(stopAtAccuracy >= 0f && stopAtAccuracy <= 1f)) {
      problems.add(
          Problem.of(
              Field.STOP_AT,
              "stop-at accuracy must be between 0 % and 100 %, got " + percentOf(stopAtAccuracy)));
    }
    if (patience < 0 || patience > MAX_PATIENCE) {
      problems.add(
          Problem.of(
              Field.STOP_AT,
              "patience must be between 0 and " + MAX_PATIENCE + " epochs, got " + patience));
    }
    if (reportEveryBatches < 1) {
      problems.add(
          Problem.of(
              Field.REPORT_INTERVAL,
              "report interval must be at least 1 batch, got " + reportEveryBatches));
    }
    return problems;
  }

  /** A fraction as the percent a person typed: 1.2f as "120.0 %", not "120.00001 %". */
  private static String percentOf(float fraction) {
    return Float.isFinite(fraction) ? Math.round(fraction * 1000.0) / 10.0 + " %" : "" + fraction;
  }

  /**
   * Throws when the config cannot be used.
   *
   * @throws InvalidSpecException listing every problem
   */
  public void check() {
    List<String> problems = problems();
    if (!problems.isEmpty()) {
      throw new InvalidSpecException(String.join("; ", problems));
    }
  }
}
