package dev.mnistexplorer.app.shell;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.BackgroundTasks;
import dev.mnistexplorer.app.common.DiscardGuard;
import dev.mnistexplorer.app.common.Feature;
import dev.mnistexplorer.app.common.Navigator;
import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.app.common.PlaceKey;
import dev.mnistexplorer.app.common.SharedState;
import dev.mnistexplorer.app.dataset.DatasetFeature;
import dev.mnistexplorer.app.dataset.DatasetModel;
import dev.mnistexplorer.app.dataset.MyDigitsModel;
import dev.mnistexplorer.app.evaluate.EvaluateFeature;
import dev.mnistexplorer.app.evaluate.EvaluateModel;
import dev.mnistexplorer.app.inspect.InspectFeature;
import dev.mnistexplorer.app.inspect.InspectModel;
import dev.mnistexplorer.app.network.NetworkFeature;
import dev.mnistexplorer.app.network.NetworkModel;
import dev.mnistexplorer.app.predict.PredictFeature;
import dev.mnistexplorer.app.predict.PredictModel;
import dev.mnistexplorer.app.predict.WhyModel;
import dev.mnistexplorer.app.training.TrainingFeature;
import dev.mnistexplorer.app.training.TrainingModel;
import dev.mnistexplorer.core.service.ModelService;
import dev.mnistexplorer.core.store.UserFolders;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The composition root: creates the core service, the shared state, the executors and every place,
 * and wires them by constructor. No DI framework, no singletons. The places' models are made once
 * the window's frame is drawn ({@link #models}); their views and controllers on first visit ({@link
 * PlaceOnFirstVisit}).
 */
final class AppAssembly implements AutoCloseable {
  private final ModelService models;
  private final ExecutorService io;
  private final ExecutorService inspection;
  private final AppContext context;
  private final Map<Place, PlaceOnFirstVisit> features = new EnumMap<>(Place.class);
  // Made after the window's first frame (see models()), not with the assembly.
  private PlaceModels placeModels;
  private DiscardGuard discardGuard;

  AppAssembly(ModelService models, java.util.concurrent.Executor fx, Navigator navigator) {
    this.models = models;
    // Work asked for after the app has closed (a late reply to start-up, say) is dropped rather
    // than thrown on the FX thread as a RejectedExecutionException.
    this.io =
        new ThreadPoolExecutor(
            0,
            Integer.MAX_VALUE,
            60,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            daemonThreads("mnist-explorer-io"),
            new ThreadPoolExecutor.DiscardPolicy());
    // Looking inside the network (forward pass, weight tiles, attributions) is quick plain Java;
    // one thread keeps it off the FX thread and out of the I/O pool's way.
    // Dropped after close, as the I/O pool does.
    this.inspection =
        new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            daemonThreads("mnist-explorer-inspect"),
            new ThreadPoolExecutor.DiscardPolicy());
    this.context =
        new AppContext(
            models,
            new SharedState(),
            fx,
            io,
            navigator,
            new BackgroundTasks(),
            inspection,
            UserFolders.atDefaultLocation());
    register(
        Place.DATASET,
        () -> new DatasetFeature(context, datasetModel(), myDigitsModel()),
        DatasetFeature::placeKeys);
    register(
        Place.NETWORK,
        () -> new NetworkFeature(context, networkModel()),
        NetworkFeature::placeKeys);
    register(Place.TRAIN, this::trainingPlace, TrainingFeature::placeKeys);
    register(
        Place.PREDICT,
        () -> new PredictFeature(context, predictModel(), whyModel()),
        PredictFeature::placeKeys);
    register(
        Place.EVALUATE,
        () -> new EvaluateFeature(context, evaluateModel()),
        EvaluateFeature::placeKeys);
    register(
        Place.INSPECT,
        () -> new InspectFeature(context, inspectModel()),
        InspectFeature::placeKeys);
  }

  private void register(Place place, Supplier<Feature> build, Supplier<List<PlaceKey>> keys) {
    features.put(place, new PlaceOnFirstVisit(place, build, keys));
  }

  private TrainingFeature trainingPlace() {
    TrainingFeature training = new TrainingFeature(context, trainingModel());
    if (discardGuard != null) {
      training.setDiscardGuard(discardGuard);
    }
    return training;
  }

  /** The places that have been built so far (the window's first one, those visited since). */
  Set<Place> builtPlaces() {
    Set<Place> built = EnumSet.noneOf(Place.class);
    features.forEach(
        (place, feature) -> {
          if (feature.isBuilt()) {
            built.add(place);
          }
        });
    return built;
  }

  AppContext context() {
    return context;
  }

  Map<Place, Feature> features() {
    return Collections.unmodifiableMap(features);
  }

  /**
   * The places' models, made on first use: {@link WiredShell#finish} asks for them a frame after
   * the window's frame, which needs none of them (about a sixth of the time to that frame on a
   * two-core machine). Before the engine and MNIST start, so no change of the shared state is
   * missed. FX thread.
   */
  PlaceModels models() {
    if (placeModels == null) {
      placeModels = PlaceModels.of(context);
    }
    return placeModels;
  }

  /** Whether {@link #models} has made them yet. */
  boolean modelsMade() {
    return placeModels != null;
  }

  MyDigitsModel myDigitsModel() {
    return models().myDigits();
  }

  DatasetModel datasetModel() {
    return models().dataset();
  }

  NetworkModel networkModel() {
    return models().network();
  }

  EvaluateModel evaluateModel() {
    return models().evaluate();
  }

  InspectModel inspectModel() {
    return models().inspect();
  }

  WhyModel whyModel() {
    return models().why();
  }

  PredictModel predictModel() {
    return models().predict();
  }

  TrainingModel trainingModel() {
    return models().training();
  }

  /**
   * Gives the places whose commands replace the network the shell's "save first?" question (the
   * Training place gets it when it is built).
   */
  void askBeforeDiscarding(DiscardGuard guard) {
    discardGuard = guard;
    PlaceOnFirstVisit train = features.get(Place.TRAIN);
    if (train.isBuilt()) {
      ((TrainingFeature) train.feature()).setDiscardGuard(guard);
    }
  }

  /** Stops a running training run; completes on the FX thread once it has ended. */
  CompletableFuture<Void> stopTrainingRun() {
    return placeModels == null
        ? CompletableFuture.completedFuture(null)
        : trainingModel().stopThen();
  }

  /**
   * Asks a running training run to stop as the window closes, without waiting (the FX thread stays
   * free); {@link #close} lets the ML thread finish it before the network is closed. A second call
   * (the window closed, then the app stops) does nothing.
   */
  void cancelTraining() {
    if (placeModels != null) { // else no run can have started
      trainingModel().cancelForShutdown();
    }
  }

  static ThreadFactory daemonThreads(String name) {
    ThreadFactory defaults = Executors.defaultThreadFactory();
    return task -> {
      Thread thread = defaults.newThread(task);
      thread.setName(name);
      thread.setDaemon(true);
      return thread;
    };
  }

  @Override
  public void close() {
    cancelTraining();
    io.shutdownNow();
    inspection.shutdownNow();
    models.close();
  }
}
