package dev.mnistexplorer.app.network;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.core.network.Problem;
import dev.mnistexplorer.core.training.OptimizerKind;
import dev.mnistexplorer.core.training.TrainingConfig;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The training settings as the person typed them. {@link #check()} turns them into a {@link
 * TrainingConfig}, marking each field that is wrong with the core's own reason. The learning rate
 * also lives on a log scale ({@link #learningRateLog10Property()}) for a slider from 1e-5 to 10;
 * the two stay in step, and a typed rate outside the slider's range is kept as typed.
 */
public final class TrainingDraft {
  private static final I18n TR = I18n.forPackageOf(TrainingDraft.class);

  /** The slider's range: log10 of 1e-5 … 10. */
  public static final double MIN_LOG10_RATE = -5;

  public static final double MAX_LOG10_RATE = 1;

  private final ObjectProperty<OptimizerKind> optimizer =
      new SimpleObjectProperty<>(this, "optimizer", OptimizerKind.SGD);
  private final DraftField learningRate = new DraftField(TR.tr("learning rate"), "0.1");
  private final DraftField momentum = new DraftField(TR.tr("momentum"), "0");
  private final DraftField batchSize = new DraftField(TR.tr("batch size"), "64");
  private final DraftField epochs = new DraftField(TR.tr("epochs"), "5");
  private final DraftField seed = new DraftField(TR.tr("seed"), "0");
  private final DraftField weightDecay = new DraftField(TR.tr("weight decay"), "0");
  private final DraftField learningRateDecay = new DraftField(TR.tr("learning rate decay"), "1");
  // "Stop at": empty (or 0) means no target.
  private final DraftField stopAtAccuracy = new DraftField(TR.tr("stop-at accuracy"), "");
  private final DraftField patience = new DraftField(TR.tr("patience"), "");
  private final BooleanProperty augment = new SimpleBooleanProperty(this, "augment");
  private final DoubleProperty learningRateLog10 =
      new SimpleDoubleProperty(this, "learningRateLog10", -1);
  private int reportEveryBatches = TrainingConfig.tutorial().reportEveryBatches();
  private boolean syncingRate;

  TrainingDraft() {
    learningRate.textProperty().addListener((o, old, text) -> rateTyped(text));
    learningRateLog10.addListener((o, old, log) -> rateSlid(log.doubleValue()));
  }

  public ObjectProperty<OptimizerKind> optimizerProperty() {
    return optimizer;
  }

  public DraftField learningRate() {
    return learningRate;
  }

  /** log10 of the learning rate, within the slider's range. */
  public DoubleProperty learningRateLog10Property() {
    return learningRateLog10;
  }

  public DraftField momentum() {
    return momentum;
  }

  public DraftField batchSize() {
    return batchSize;
  }

  public DraftField epochs() {
    return epochs;
  }

  public DraftField seed() {
    return seed;
  }

  public DraftField weightDecay() {
    return weightDecay;
  }

  public DraftField learningRateDecay() {
    return learningRateDecay;
  }

  /** "Stop at" a test accuracy, in percent; empty for none. */
  public DraftField stopAtAccuracy() {
    return stopAtAccuracy;
  }

  /** "Stop at" so many epochs without a better test accuracy; empty for none. */
  public DraftField patience() {
    return patience;
  }

  public BooleanProperty augmentProperty() {
    return augment;
  }

  List<DraftField> fields() {
    return List.of(
        learningRate,
        momentum,
        batchSize,
        epochs,
        seed,
        weightDecay,
        learningRateDecay,
        stopAtAccuracy,
        patience);
  }

  Observable[] observables() {
    List<Observable> all = new ArrayList<>();
    fields().forEach(field -> all.add(field.textProperty()));
    all.add(optimizer);
    all.add(augment);
    return all.toArray(Observable[]::new);
  }

  /** Shows {@code config} in the fields. */
  void load(TrainingConfig config) {
    optimizer.set(config.optimizer());
    learningRate.setText(NumberText.of(config.learningRate()));
    momentum.setText(NumberText.of(config.momentum()));
    batchSize.setText(Integer.toString(config.batchSize()));
    epochs.setText(Integer.toString(config.epochs()));
    seed.setText(Long.toString(config.seed()));
    weightDecay.setText(NumberText.of(config.weightDecay()));
    learningRateDecay.setText(NumberText.of(config.learningRateDecay()));
    augment.set(config.augment());
    stopAtAccuracy.setText(
        config.stopAtAccuracy() > 0 ? NumberText.of(config.stopAtAccuracy() * 100f) : "");
    patience.setText(config.patience() > 0 ? Integer.toString(config.patience()) : "");
    reportEveryBatches = config.reportEveryBatches();
  }

  /** The config the fields describe, or null after marking every wrong field. */
  TrainingConfig check() {
    fields().forEach(field -> field.setError(""));
    boolean sgd = optimizer.get() == OptimizerKind.SGD;
    Float rate = learningRate.parseNumber();
    Float moment = sgd ? momentum.parseNumber() : Float.valueOf(0f);
    Long batch = batchSize.parseWhole();
    Long epochCount = epochs.parseWhole();
    Long seedValue = seed.parseWhole();
    Float decay = weightDecay.parseNumber();
    Float rateDecay = learningRateDecay.parseNumber();
    Float stopPercent = blank(stopAtAccuracy) ? Float.valueOf(0f) : stopAtAccuracy.parseNumber();
    Long wait = blank(patience) ? Long.valueOf(0) : patience.parseWhole();
    if (seedValue != null && (seedValue < 0 || seedValue > Integer.MAX_VALUE)) {
      seed.setError(
          TR.format("seed must be between 0 and %,d, got %,d", Integer.MAX_VALUE, seedValue));
    }
    if (fields().stream().anyMatch(DraftField::hasError)) {
      return null;
    }
    TrainingConfig config =
        new TrainingConfig(
            optimizer.get(),
            rate,
            moment,
            decay,
            (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, batch)),
            (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, epochCount)),
            seedValue,
            augment.get(),
            reportEveryBatches,
            rateDecay,
            stopPercent / 100f,
            (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, wait)));
    config.validate().forEach(this::markProblem);
    return fields().stream().anyMatch(DraftField::hasError) ? null : config;
  }

  private static boolean blank(DraftField field) {
    return field.text() == null || field.text().isBlank();
  }

  /** Puts one of the core's problems next to the field it is about. */
  private void markProblem(Problem problem) {
    boolean aboutPatience =
        problem.field() == Problem.Field.STOP_AT && problem.message().startsWith("patience");
    (aboutPatience ? patience : fieldFor(problem.field())).addError(problem.text());
  }

  private DraftField fieldFor(Problem.Field field) {
    return switch (field) {
      case LEARNING_RATE_DECAY -> learningRateDecay;
      case MOMENTUM -> momentum;
      case WEIGHT_DECAY -> weightDecay;
      case BATCH_SIZE -> batchSize;
      case EPOCHS -> epochs;
      case SEED -> seed;
      case STOP_AT -> stopAtAccuracy;
      // The learning rate, and anything with no field here (the report interval belongs to the
      // preset): show it anyway.
      default -> learningRate;
    };
  }

  private void rateTyped(String text) {
    if (syncingRate) {
      return;
    }
    try {
      double rate = Double.parseDouble(NumberText.withPoint(text.trim()));
      if (rate > 0 && Double.isFinite(rate)) {
        syncingRate = true;
        learningRateLog10.set(clampLog(Math.log10(rate)));
      }
    } catch (NumberFormatException e) {
      // the field shows the error; the slider stays where it was
    } finally {
      syncingRate = false;
    }
  }

  private void rateSlid(double log) {
    if (syncingRate) {
      return;
    }
    syncingRate = true;
    try {
      learningRate.setText(NumberText.rounded(Math.pow(10, clampLog(log))));
    } finally {
      syncingRate = false;
    }
  }

  private static double clampLog(double log) {
    return Math.max(MIN_LOG10_RATE, Math.min(MAX_LOG10_RATE, log));
  }
}
