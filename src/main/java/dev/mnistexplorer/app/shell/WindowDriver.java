package dev.mnistexplorer.app.shell;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.app.dataset.DatasetModel;
import dev.mnistexplorer.app.dataset.MyDigitsModel;
import dev.mnistexplorer.app.evaluate.EvaluateModel;
import dev.mnistexplorer.app.inspect.InspectModel;
import dev.mnistexplorer.app.lessons.LessonsModel;
import dev.mnistexplorer.app.network.NetworkModel;
import dev.mnistexplorer.app.predict.PredictModel;
import dev.mnistexplorer.app.predict.WhyModel;
import dev.mnistexplorer.app.training.TrainingModel;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Scene;

/** The {@link AppDriver} over the wired main window. */
record WindowDriver(Scene scene, WiredShell wired, CompletableFuture<Void> ready)
    implements AppDriver {

  @Override
  public void show(Place place) {
    wired.window().show(place);
  }

  @Override
  public AppContext context() {
    return wired.assembly().context();
  }

  @Override
  public LaunchTimes launchTimes() {
    return StartupTimes.measured();
  }

  @Override
  public void setProjector(boolean on) {
    wired.model().projectorProperty().set(on);
  }

  @Override
  public CompletableFuture<?> openBundledModel() {
    return wired.model().openBundled();
  }

  @Override
  public DatasetModel dataset() {
    return wired.assembly().datasetModel();
  }

  @Override
  public MyDigitsModel myDigits() {
    return wired.assembly().myDigitsModel();
  }

  @Override
  public NetworkModel network() {
    return wired.assembly().networkModel();
  }

  @Override
  public PredictModel predict() {
    return wired.assembly().predictModel();
  }

  @Override
  public TrainingModel training() {
    return wired.assembly().trainingModel();
  }

  @Override
  public EvaluateModel evaluate() {
    return wired.assembly().evaluateModel();
  }

  @Override
  public WhyModel why() {
    return wired.assembly().whyModel();
  }

  @Override
  public InspectModel inspect() {
    return wired.assembly().inspectModel();
  }

  @Override
  public LessonsModel lessons() {
    return wired.lessons().model();
  }
}
