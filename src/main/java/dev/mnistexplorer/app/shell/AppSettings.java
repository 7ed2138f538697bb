package dev.mnistexplorer.app.shell;

import java.util.List;

/**
 * What the app remembers between runs: theme, projector mode, window geometry, the last dataset
 * folder and model, and recently used model files.
 *
 * @param datasetFolder the last IDX folder opened in the dataset browser, or "" for MNIST
 * @param threads libtorch intra-op threads (1 unless changed by hand: see docs/adr/0002)
 */
public record AppSettings(
    boolean dark,
    boolean projector,
    double windowX,
    double windowY,
    double windowWidth,
    double windowHeight,
    boolean maximized,
    String lastModel,
    String datasetFolder,
    List<String> recentModels,
    int threads) {

  /** How many recent model files the File menu lists. */
  public static final int MAX_RECENT = 8;

  public AppSettings {
    recentModels = List.copyOf(recentModels);
    lastModel = lastModel == null ? "" : lastModel;
    datasetFolder = datasetFolder == null ? "" : datasetFolder;
    threads = threads < 1 ? 1 : threads; // absent from older settings files
  }

  /** First start: light theme, a 1200×800 window, nothing recent. */
  public static AppSettings defaults() {
    return new AppSettings(
        false, false, Double.NaN, Double.NaN, 1200, 800, false, "", "", List.of(), 1);
  }

  public AppSettings withTheme(boolean isDark, boolean isProjector) {
    return new AppSettings(
        isDark,
        isProjector,
        windowX,
        windowY,
        windowWidth,
        windowHeight,
        maximized,
        lastModel,
        datasetFolder,
        recentModels,
        threads);
  }

  public AppSettings withWindow(double x, double y, double width, double height, boolean max) {
    return new AppSettings(
        dark, projector, x, y, width, height, max, lastModel, datasetFolder, recentModels, threads);
  }

  /** Remembers {@code model} as the last and most recent model file. */
  public AppSettings withModel(String model) {
    List<String> recent = new java.util.ArrayList<>(recentModels);
    recent.remove(model);
    recent.add(0, model);
    List<String> trimmed = recent.subList(0, Math.min(MAX_RECENT, recent.size()));
    return new AppSettings(
        dark,
        projector,
        windowX,
        windowY,
        windowWidth,
        windowHeight,
        maximized,
        model,
        datasetFolder,
        trimmed,
        threads);
  }

  /** Forgets the last model file (the next start opens the bundled model). */
  public AppSettings withoutLastModel() {
    return new AppSettings(
        dark,
        projector,
        windowX,
        windowY,
        windowWidth,
        windowHeight,
        maximized,
        "",
        datasetFolder,
        recentModels,
        threads);
  }

  public AppSettings withDatasetFolder(String folder) {
    return new AppSettings(
        dark,
        projector,
        windowX,
        windowY,
        windowWidth,
        windowHeight,
        maximized,
        lastModel,
        folder,
        recentModels,
        threads);
  }
}
