package dev.mnistexplorer.core.training;

/**
 * The loss became NaN or infinite: the run stops and the network goes back to its weights from
 * before the run, rather than leaving a silently broken model.
 */
public class TrainingDivergedException extends RuntimeException {
  private final int epoch;
  private final int batch;

  public TrainingDivergedException(int epoch, int batch, float loss) {
    super(
        "the loss became "
            + (Float.isNaN(loss) ? "NaN" : "infinite")
            + " at epoch "
            + epoch
            + ", batch "
            + batch
            + ": lower the learning rate");
    this.epoch = epoch;
    this.batch = batch;
  }

  public int epoch() {
    return epoch;
  }

  public int batch() {
    return batch;
  }
}
