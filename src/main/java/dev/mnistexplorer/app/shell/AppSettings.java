package dev.mnistexplorer.app.shell;

import dev.mnistexplorer.core.engine.EngineSettings;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the app remembers between runs: theme, projector mode, window geometry, the last dataset
 * folder and model, and recently used model files.
 *
 * @param datasetFolder the last IDX folder opened in the dataset browser, or "" for MNIST
 * @param threads libtorch intra-op threads (1 unless changed by hand: see docs/adr/0002)
 * @param language the UI language chosen in View ▸ Language ("en", "de"), or "" for the system's
 * @param zoomPercent View ▸ Zoom, {@value #MIN_ZOOM}–{@value #MAX_ZOOM} (100 is JavaFX's own size)
 * @param cuda where the GPU engine comes from: "" for the bundled CPU engine, {@value
 *     #CUDA_DOWNLOAD} for DJL's download in the cache folder, else a folder holding a CUDA libtorch
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
    int threads,
    String language,
    int zoomPercent,
    String cuda) {

  /** How many recent model files the File menu lists. */
  public static final int MAX_RECENT = 8;

  /** Window coordinates beyond this are no screen's: a hand-edited or corrupted file. */
  static final double MAX_COORDINATE = 100_000;

  /** Smallest window size taken from a file; anything smaller is a corrupted value. */
  static final double MIN_WINDOW_SIDE = 100;

  /** Longest path kept; the longest a file system allows is 4,096 characters. */
  static final int MAX_PATH_CHARS = 4096;

  /** Smallest and largest View ▸ Zoom in percent. */
  public static final int MIN_ZOOM = 75;

  public static final int MAX_ZOOM = 250;

  /** {@link #cuda} for "DJL's CUDA libtorch, downloaded into the cache folder". */
  public static final String CUDA_DOWNLOAD = "download";

  public AppSettings {
    // Older or hand-edited files may lack the list or hold nulls in it (Gson passes them through).
    recentModels =
        recentModels == null
            ? List.of()
            : recentModels.stream().filter(m -> m != null && !m.isBlank()).toList();
    lastModel = lastModel == null ? "" : lastModel;
    datasetFolder = datasetFolder == null ? "" : datasetFolder;
    threads = threads < 1 ? 1 : threads; // absent from older settings files
    language = language == null ? "" : language;
    zoomPercent = zoomPercent == 0 ? 100 : zoomPercent; // absent from older settings files
    cuda = cuda == null ? "" : cuda;
  }

  /**
   * These settings with every value a file could get wrong made sane: window coordinates that are
   * not finite or beyond any screen become missing (NaN, "let the system place it"), a window size
   * that is not finite or out of range becomes the default, a thread count above {@link
   * EngineSettings#MAX_THREADS} becomes 1, over-long paths are dropped. Each replacement is told to
   * {@code warn} in words; nothing here ever fails.
   */
  public AppSettings sanitized(Consumer<String> warn) {
    AppSettings defaults = defaults();
    return new AppSettings(
        dark,
        projector,
        coordinate("windowX", windowX, warn),
        coordinate("windowY", windowY, warn),
        side("windowWidth", windowWidth, defaults.windowWidth(), warn),
        side("windowHeight", windowHeight, defaults.windowHeight(), warn),
        maximized,
        path("lastModel", lastModel, warn),
        path("datasetFolder", datasetFolder, warn),
        recentModels.stream().filter(m -> m.length() <= MAX_PATH_CHARS).limit(MAX_RECENT).toList(),
        threads(warn),
        language(warn),
        zoom(warn),
        path("cuda", cuda, warn));
  }

  private String language(Consumer<String> warn) {
    if (!language.isEmpty() && !language.equals("en") && !language.equals("de")) {
      warn.accept(
          "language \""
              + clip(language)
              + "\" is not one the app speaks (en, de); using the system's"); // not UI text: the
      // log's
      return "";
    }
    return language;
  }

  private int zoom(Consumer<String> warn) {
    if (zoomPercent < MIN_ZOOM || zoomPercent > MAX_ZOOM) {
      warn.accept(
          "zoomPercent "
              + zoomPercent
              + " is outside " // not UI text: the log's
              + MIN_ZOOM
              + "–"
              + MAX_ZOOM
              + "; using 100");
      return 100;
    }
    return zoomPercent;
  }

  private static String clip(String text) {
    return text.length() > 20 ? text.substring(0, 20) + "…" : text;
  }

  private int threads(Consumer<String> warn) {
    if (threads > EngineSettings.MAX_THREADS) {
      warn.accept(
          "threads "
              + threads
              + " is more than the " // not UI text: the log's
              + EngineSettings.MAX_THREADS
              + " allowed; using 1");
      return 1;
    }
    return threads;
  }

  private static double coordinate(String name, double value, Consumer<String> warn) {
    if (Double.isNaN(value)) {
      return value; // missing: the system places the window
    }
    if (Double.isInfinite(value) || Math.abs(value) > MAX_COORDINATE) {
      warn.accept(name + " " + value + " is off any screen; ignored"); // not UI text: the log's
      return Double.NaN;
    }
    return value;
  }

  private static double side(String name, double value, double fallback, Consumer<String> warn) {
    if (!Double.isFinite(value) || value < MIN_WINDOW_SIDE || value > MAX_COORDINATE) {
      warn.accept(
          name
              + " "
              + value
              + " is not a usable window size; using " // not UI text: the log's
              + fallback);
      return fallback;
    }
    return value;
  }

  private static String path(String name, String value, Consumer<String> warn) {
    if (value.length() > MAX_PATH_CHARS) {
      warn.accept(
          name
              + " is "
              + value.length()
              + " characters long, no path is; ignored"); // not UI text: the log's
      return "";
    }
    return value;
  }

  /** First start: light theme, a 1200×800 window, nothing recent. */
  public static AppSettings defaults() {
    return new AppSettings(
        false, false, Double.NaN, Double.NaN, 1200, 800, false, "", "", List.of(), 1, "", 100, "");
  }

  public AppSettings withTheme(boolean isDark, boolean isProjector) {
    Copy copy = new Copy(this);
    copy.dark = isDark;
    copy.projector = isProjector;
    return copy.settings();
  }

  public AppSettings withWindow(double x, double y, double width, double height, boolean max) {
    Copy copy = new Copy(this);
    copy.windowX = x;
    copy.windowY = y;
    copy.windowWidth = width;
    copy.windowHeight = height;
    copy.maximized = max;
    return copy.settings();
  }

  /** Remembers {@code model} as the last and most recent model file. */
  public AppSettings withModel(String model) {
    List<String> recent = new java.util.ArrayList<>(recentModels);
    recent.remove(model);
    recent.add(0, model);
    Copy copy = new Copy(this);
    copy.lastModel = model;
    copy.recentModels = recent.subList(0, Math.min(MAX_RECENT, recent.size()));
    return copy.settings();
  }

  /** Forgets the last model file (the next start opens the bundled model). */
  public AppSettings withoutLastModel() {
    Copy copy = new Copy(this);
    copy.lastModel = "";
    return copy.settings();
  }

  public AppSettings withDatasetFolder(String folder) {
    Copy copy = new Copy(this);
    copy.datasetFolder = folder;
    return copy.settings();
  }

  public AppSettings withLanguage(String code) {
    Copy copy = new Copy(this);
    copy.language = code;
    return copy.settings();
  }

  public AppSettings withZoom(int percent) {
    Copy copy = new Copy(this);
    copy.zoomPercent = percent;
    return copy.settings();
  }

  public AppSettings withCuda(String source) {
    Copy copy = new Copy(this);
    copy.cuda = source;
    return copy.settings();
  }

  /** A changeable copy of every value, so each {@code withX} names only what it changes. */
  private static final class Copy {
    boolean dark;
    boolean projector;
    double windowX;
    double windowY;
    double windowWidth;
    double windowHeight;
    boolean maximized;
    String lastModel;
    String datasetFolder;
    List<String> recentModels;
    final int threads;
    String language;
    int zoomPercent;
    String cuda;

    Copy(AppSettings from) {
      dark = from.dark;
      projector = from.projector;
      windowX = from.windowX;
      windowY = from.windowY;
      windowWidth = from.windowWidth;
      windowHeight = from.windowHeight;
      maximized = from.maximized;
      lastModel = from.lastModel;
      datasetFolder = from.datasetFolder;
      recentModels = from.recentModels;
      threads = from.threads;
      language = from.language;
      zoomPercent = from.zoomPercent;
      cuda = from.cuda;
    }

    AppSettings settings() {
      return new AppSettings(
          dark,
          projector,
          windowX,
          windowY,
          windowWidth,
          windowHeight,
          maximized,
          lastModel,
          datasetFolder,
          recentModels,
          threads,
          language,
          zoomPercent,
          cuda);
    }
  }
}
