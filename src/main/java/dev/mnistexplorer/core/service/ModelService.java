package dev.mnistexplorer.core.service;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import dev.mnistexplorer.core.AppVersion;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.data.LabeledImages;
import dev.mnistexplorer.core.engine.DjlEngine;
import dev.mnistexplorer.core.engine.EngineInfo;
import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.engine.MlThread;
import dev.mnistexplorer.core.network.DigitNetwork;
import dev.mnistexplorer.core.network.LayerOutput;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.network.WeightMatrix;
import dev.mnistexplorer.core.store.ModelFileException;
import dev.mnistexplorer.core.store.ModelFiles;
import dev.mnistexplorer.core.store.ModelMetadata;
import dev.mnistexplorer.core.store.StoredModel;
import dev.mnistexplorer.core.training.DeviceImages;
import dev.mnistexplorer.core.training.Evaluation;
import dev.mnistexplorer.core.training.Evaluator;
import dev.mnistexplorer.core.training.TrainingConfig;
import dev.mnistexplorer.core.training.TrainingControl;
import dev.mnistexplorer.core.training.TrainingListener;
import dev.mnistexplorer.core.training.TrainingLoop;
import dev.mnistexplorer.core.training.TrainingResult;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The one entry point to the neural network for the app and the command line: start the engine,
 * create, open, save, train, evaluate and query the current network. Every call returns at once
 * with a future; the work runs on the single {@link MlThread}, so calls never see half-updated
 * weights (a prediction made during training runs between two batches).
 *
 * <p>Speaks records and {@code float[]} only: no DJL type crosses this API.
 */
public final class ModelService implements AutoCloseable {
  /** The class-path resource of the pretrained model that ships with the app. */
  public static final String BUNDLED_MODEL = "/models/mnist-default.mnx";

  private static final long RUN_END_WAIT_SECONDS = 10;

  private final EngineSettings settings;
  private final MlThread ml = new MlThread("mnist-explorer-ml");
  // Set as soon as a run is asked for (the slot knows when its loop actually runs).
  private final AtomicBoolean training = new AtomicBoolean();
  private CompletableFuture<EngineInfo> engine;
  // The latest training run, for close() to let it end first.
  private volatile CompletableFuture<TrainingResult> lastRun =
      CompletableFuture.completedFuture(null);
  // Everything below is touched on the ML thread only.
  private NDManager dataManager;
  private final NetworkSlot slot = new NetworkSlot();
  private final SplitCache evaluationCache = new SplitCache();
  private volatile ModelSummary summary;

  public ModelService(EngineSettings settings) {
    this.settings = settings;
  }

  /** Starts the engine in the background (once); later calls return the same future. */
  public synchronized CompletableFuture<EngineInfo> start() {
    if (engine == null) {
      engine =
          ml.submit(
              () -> {
                EngineInfo info = DjlEngine.start(settings);
                dataManager = NDManager.newBaseManager(DjlEngine.device(info.device()));
                return info;
              });
    }
    return engine;
  }

  /** The current network's description, or null before one is loaded. */
  public ModelSummary current() {
    return summary;
  }

  /** Whether a training run is going. */
  public boolean isTraining() {
    return training.get();
  }

  /**
   * A number that changes whenever the weights do: a new or opened network, and every training
   * batch. A view keeps a snapshot of the weights (see {@link Inspector}) while this stays the
   * same.
   */
  public long weightsVersion() {
    return slot.version();
  }

  /** Replaces the current network with a freshly initialised one. */
  public CompletableFuture<ModelSummary> createNew(
      NetworkSpec spec, List<String> classes, int seed) {
    return onEngine(
        info -> {
          DigitNetwork fresh = DigitNetwork.initialise(spec, DjlEngine.device(info.device()), seed);
          return replace(fresh, ModelMetadata.untrained(classes, AppVersion.get()), null, false);
        });
  }

  /** Opens a model file; on any error the current network stays as it was. */
  public CompletableFuture<ModelSummary> open(Path file) {
    return onEngine(info -> load(ModelFiles.open(file), file, info));
  }

  /** Opens the pretrained model bundled with the app. */
  public CompletableFuture<ModelSummary> openBundled() {
    return onEngine(
        info -> {
          ModelSummary loaded = load(ModelFiles.openResource(BUNDLED_MODEL), null, info);
          summary = new ModelSummary(loaded.spec(), loaded.metadata(), null, false, true);
          return summary;
        });
  }

  private ModelSummary load(StoredModel stored, Path file, EngineInfo info)
      throws ModelFileException {
    DigitNetwork loaded;
    try {
      loaded =
          DigitNetwork.withParameters(
              stored.spec(), DjlEngine.device(info.device()), stored.parameters());
    } catch (MalformedModelException e) {
      throw new ModelFileException(
          file == null ? Path.of(BUNDLED_MODEL) : file, "is damaged: " + e.getMessage(), e);
    }
    return replace(loaded, stored.metadata(), file, false);
  }

  /** Saves the current network (atomically) and remembers the file. */
  public CompletableFuture<ModelSummary> save(Path file) {
    return onNetwork(
        network -> {
          ModelSummary now = summary;
          ModelFiles.save(
              new StoredModel(now.spec(), now.metadata(), network.parameterBytes()), file);
          summary = new ModelSummary(now.spec(), now.metadata(), file, false);
          return summary;
        });
  }

  /** Takes a copy of the current network's weights and description (see {@link #restore}). */
  public CompletableFuture<WeightsSnapshot> snapshot() {
    return onNetwork(network -> new WeightsSnapshot(summary, network.parameterBytes()));
  }

  /**
   * Puts a snapshot back as the current network: the same weights, bit for bit, and the same
   * description (file, unsaved, metadata), as if nothing had happened since it was taken.
   */
  public CompletableFuture<ModelSummary> restore(WeightsSnapshot snapshot) {
    return onEngine(
        info -> {
          ModelSummary then = snapshot.summary();
          DigitNetwork restored =
              DigitNetwork.withParameters(
                  then.spec(), DjlEngine.device(info.device()), snapshot.parameters());
          slot.replace(restored);
          summary = then;
          return summary;
        });
  }

  /** The class probabilities for one image: 784 values in 0..1, ink high (MNIST convention). */
  public CompletableFuture<float[]> predict(float[] unitPixels) {
    return onNetwork(network -> network.probabilities(unitPixels));
  }

  /**
   * The class probabilities a freshly initialised network of the current spec gives (always the
   * same initialisation): the near-uniform answer the tutorial shows before any training, to
   * contrast with the trained network's. The current network is left as it is.
   */
  public CompletableFuture<float[]> predictUntrained(float[] unitPixels) {
    return onNetwork(network -> slot.untrained().probabilities(unitPixels));
  }

  /** Every step's output for one image. */
  public CompletableFuture<List<LayerOutput>> layerOutputs(float[] unitPixels) {
    return onNetwork(network -> network.layerOutputs(unitPixels));
  }

  /** Every Linear layer's weights and biases. */
  public CompletableFuture<List<WeightMatrix>> weights() {
    return onNetwork(DigitNetwork::weights);
  }

  /**
   * The current network's description with its weights, read in one step on the ML thread: a
   * network opened between two separate calls would otherwise be exported under the old name.
   */
  public CompletableFuture<DescribedWeights> describedWeights() {
    return onNetwork(network -> new DescribedWeights(summary, network.weights()));
  }

  /** Accuracy, confusion matrix and mistakes of the current network on a split. */
  public CompletableFuture<Evaluation> evaluate(LabeledImages split) {
    return onNetwork(
        network -> {
          slot.requireImageSize("the " + split.name() + " split", split);
          return Evaluator.evaluate(
              network, evaluationCache.get(dataManager, split), network.spec().outputs());
        });
  }

  /**
   * Trains the current network in place. Predictions keep working meanwhile (between batches).
   *
   * @throws IllegalStateException (in the future) when a run is already going
   */
  public CompletableFuture<TrainingResult> train(
      Dataset data, TrainingConfig config, TrainingListener listener, TrainingControl control) {
    if (!training.compareAndSet(false, true)) {
      return CompletableFuture.failedFuture(
          new IllegalStateException("a training run is already going"));
    }
    CompletableFuture<TrainingResult> run =
        onNetwork(
            network -> {
              requireImages(data);
              slot.requireImageSize(data.name(), data.train());
              slot.requireImageSize(data.name(), data.test());
              Runnable betweenBatches =
                  () -> {
                    slot.weightsChanged();
                    ml.runPending();
                  };
              TrainingLoop loop =
                  new TrainingLoop(network, config, listener, control, betweenBatches);
              DeviceImages test = evaluationCache.get(dataManager, data.test());
              TrainingResult result =
                  slot.whileTraining(
                      () ->
                          loop.run(
                              data.train(),
                              test,
                              data.classCount(),
                              engine.join().device().description()));
              recordTraining(data, config, result);
              return result;
            });
    lastRun = run;
    return run.whenComplete((result, error) -> training.set(false));
  }

  /** An empty personal set (My digits) can be the current dataset: say so before libtorch. */
  private static void requireImages(Dataset data) {
    if (data.train().count() == 0 || data.test().count() == 0) {
      throw new IllegalArgumentException(
          data.name() + " has no digits to train on or test with; add some first");
    }
  }

  private void recordTraining(Dataset data, TrainingConfig config, TrainingResult result) {
    if (result.epochs().isEmpty()) {
      return;
    }
    ModelSummary now = summary;
    ModelMetadata metadata =
        now.metadata()
            .afterTraining(
                data.name(),
                data.classNames(),
                result.testAccuracy(),
                result.epochs().size(),
                config);
    summary = new ModelSummary(now.spec(), metadata, now.file(), true, now.bundled());
  }

  private ModelSummary replace(
      DigitNetwork replacement, ModelMetadata metadata, Path file, boolean unsaved) {
    slot.replace(replacement);
    summary = new ModelSummary(replacement.spec(), metadata, file, unsaved);
    return summary;
  }

  /** A task that needs the engine started; runs on the ML thread. */
  private <T> CompletableFuture<T> onEngine(EngineTask<T> task) {
    return start().thenCompose(info -> ml.submit(() -> task.run(info)));
  }

  /**
   * A task that needs the current network; runs on the ML thread (between two batches during
   * training). The {@link Inspector} reads the network this way too; a task must not keep it.
   */
  <T> CompletableFuture<T> onNetwork(NetworkTask<T> task) {
    return onEngine(info -> task.run(slot.require()));
  }

  @FunctionalInterface
  private interface EngineTask<T> {
    T run(EngineInfo info) throws Exception;
  }

  @FunctionalInterface
  interface NetworkTask<T> {
    T run(DigitNetwork network) throws Exception;
  }

  /**
   * Lets a run end, closes the network and the device data, then stops the ML thread. The caller
   * cancels a run first (the app does as its window closes); this waits for the loop to finish its
   * batch, at most {@link #RUN_END_WAIT_SECONDS} s, so the ML thread is never mid-batch at exit.
   */
  @Override
  public void close() {
    awaitRunEnd();
    ml.submit(
        () -> {
          slot.close();
          evaluationCache.close();
          if (dataManager != null) {
            dataManager.close();
          }
          return null;
        });
    ml.close();
  }

  /**
   * Work queued during a run runs between two batches: a close task queued now would close the
   * network from under the loop, so it is queued only once the run has ended.
   */
  private void awaitRunEnd() {
    try {
      lastRun.get(RUN_END_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException | CancellationException e) {
      // How the run ended does not matter any more: the service is closing.
    }
  }
}
