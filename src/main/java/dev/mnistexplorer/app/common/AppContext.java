package dev.mnistexplorer.app.common;

import dev.mnistexplorer.core.service.ModelService;
import java.util.concurrent.Executor;

/**
 * What every place gets from the composition root: the core service, the shared state, an executor
 * for the JavaFX thread ({@code Platform::runLater} in the app, {@code Runnable::run} in tests),
 * one for blocking I/O (files, downloads), navigation and the status bar's progress.
 */
public record AppContext(
    ModelService models,
    SharedState state,
    Executor fx,
    Executor io,
    Navigator navigator,
    BackgroundTasks tasks) {}
