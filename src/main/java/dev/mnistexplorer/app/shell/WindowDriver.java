package dev.mnistexplorer.app.shell;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.Page;
import dev.mnistexplorer.app.dataset.DatasetModel;
import dev.mnistexplorer.app.predict.PredictModel;
import dev.mnistexplorer.app.training.TrainingModel;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Scene;

/** The {@link AppDriver} over the wired main window. */
record WindowDriver(Scene scene, WiredShell wired, CompletableFuture<Void> ready)
    implements AppDriver {

  @Override
  public void show(Page page) {
    wired.window().show(page);
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
  public CompletableFuture<Void> prepareScreenshot(Page page) {
    return wired.assembly().features().get(page).prepareScreenshot();
  }

  @Override
  public DatasetModel dataset() {
    return wired.assembly().datasetModel();
  }

  @Override
  public PredictModel predict() {
    return wired.assembly().predictModel();
  }

  @Override
  public TrainingModel training() {
    return wired.assembly().trainingModel();
  }
}
