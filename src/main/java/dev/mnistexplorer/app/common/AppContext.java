package dev.mnistexplorer.app.common;

import dev.mnistexplorer.core.service.Inspector;
import dev.mnistexplorer.core.service.ModelService;
import dev.mnistexplorer.core.store.UserFolders;
import java.util.concurrent.Executor;

/**
 * What every place gets from the composition root: the core service, the shared state, an executor
 * for the JavaFX thread ({@code Platform::runLater} in the app, {@code Runnable::run} in tests),
 * one for blocking I/O (files, downloads), navigation, the status bar's progress, and the core's
 * {@link Inspector} over the same service (one per app, so its weights snapshot is shared), and the
 * user's folders (run history, personal digits).
 */
public record AppContext(
    ModelService models,
    SharedState state,
    Executor fx,
    Executor io,
    Navigator navigator,
    BackgroundTasks tasks,
    Inspector inspector,
    UserFolders folders) {

  /** With an inspector over {@code models} that computes on {@code compute}. */
  public AppContext(
      ModelService models,
      SharedState state,
      Executor fx,
      Executor io,
      Navigator navigator,
      BackgroundTasks tasks,
      Executor compute,
      UserFolders folders) {
    this(models, state, fx, io, navigator, tasks, new Inspector(models, compute), folders);
  }
}
