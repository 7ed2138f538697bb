package dev.mnistexplorer.app.shell;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.SharedState;
import dev.mnistexplorer.app.common.UiErrors;
import dev.mnistexplorer.core.data.KnownDataset;
import dev.mnistexplorer.core.export.ExportedNetwork;
import dev.mnistexplorer.core.export.PyTorchExport;
import dev.mnistexplorer.core.service.DescribedWeights;
import dev.mnistexplorer.core.service.ModelSummary;
import dev.mnistexplorer.core.store.ModelFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main window's state and commands, without any node: theme, projector mode, zoom and the
 * language of the next start, and the model file commands (New, Open, Save, Save As, recent files).
 * Errors end up in {@link #errorProperty()} as one sentence naming the file; the current model is
 * never replaced by a file that failed to open.
 */
final class ShellModel {
  private static final I18n TR = I18n.forPackageOf(ShellModel.class);
  private final AppContext context;
  private final SettingsStore store;
  private AppSettings settings;
  private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
  private final BooleanProperty projector = new SimpleBooleanProperty(this, "projector");
  private final StringProperty error = new SimpleStringProperty(this, "error", "");
  private final ObservableList<String> recentModels = FXCollections.observableArrayList();
  private final ReadOnlyIntegerWrapper zoom = new ReadOnlyIntegerWrapper(this, "zoom", 100);
  private final ReadOnlyStringWrapper language = new ReadOnlyStringWrapper(this, "language", "");

  ShellModel(AppContext context, SettingsStore store) {
    this(context, store, store.load());
  }

  /** With the settings already read from {@code store} (read once: a bad file warns once). */
  ShellModel(AppContext context, SettingsStore store, AppSettings loaded) {
    this.context = context;
    this.store = store;
    this.settings = loaded;
    dark.set(settings.dark());
    projector.set(settings.projector());
    recentModels.setAll(settings.recentModels());
    zoom.set(ZoomSteps.clamp(settings.zoomPercent()));
    language.set(settings.language());
    // Custom-drawn views scale their strokes and fonts as the stylesheets scale the text.
    context
        .state()
        .uiScaleProperty()
        .bind(
            Bindings.when(projector)
                .then(Themes.PROJECTOR_SCALE)
                .otherwise(1.0)
                .multiply(zoom.divide(100.0)));
  }

  BooleanProperty darkProperty() {
    return dark;
  }

  BooleanProperty projectorProperty() {
    return projector;
  }

  /** View ▸ Zoom in percent, on top of the theme (100: JavaFX's own size). */
  ReadOnlyIntegerProperty zoomProperty() {
    return zoom.getReadOnlyProperty();
  }

  /** View ▸ Zoom In: the next step, remembered at once. */
  void zoomIn() {
    zoomTo(ZoomSteps.larger(zoom.get()));
  }

  /** View ▸ Zoom Out: the step before, remembered at once. */
  void zoomOut() {
    zoomTo(ZoomSteps.smaller(zoom.get()));
  }

  /** View ▸ Actual Size: 100 %. */
  void actualSize() {
    zoomTo(ZoomSteps.ACTUAL_SIZE);
  }

  private void zoomTo(int percent) {
    int clamped = ZoomSteps.clamp(percent);
    if (clamped != zoom.get()) {
      zoom.set(clamped);
      settings = settings.withZoom(clamped);
      store.save(settings);
    }
  }

  /**
   * View ▸ Language: "" (the system's), "en" or "de", as the settings file keeps it. The UI's
   * language is chosen once at start, so this is the language of the next start.
   */
  ReadOnlyStringProperty languageProperty() {
    return language.getReadOnlyProperty();
  }

  /** Remembers the language for the next start. */
  void chooseLanguage(String code) {
    if (!code.equals(language.get())) {
      language.set(code);
      settings = settings.withLanguage(code);
      store.save(settings);
    }
  }

  /** The last error, for the window to show; "" when none. */
  StringProperty errorProperty() {
    return error;
  }

  ObservableList<String> recentModels() {
    return recentModels;
  }

  AppSettings settings() {
    return settings;
  }

  /** Whether the current model has training that was not saved. */
  boolean hasUnsavedTraining() {
    ModelSummary summary = context.state().modelProperty().get();
    return summary != null && summary.unsaved();
  }

  /** Where Save writes without asking: the file the model came from, if any. */
  Path currentFile() {
    ModelSummary summary = context.state().modelProperty().get();
    return summary == null ? null : summary.file();
  }

  /** Replaces the current network with a fresh one built from the Network place's draft. */
  CompletableFuture<ModelSummary> newModel() {
    SharedState state = context.state();
    List<String> classes =
        state.datasetProperty().get() == null
            ? KnownDataset.MNIST.classNames()
            : state.datasetProperty().get().classNames();
    int seed = Math.toIntExact(state.draftConfigProperty().get().seed());
    return track(context.models().createNew(state.draftSpecProperty().get(), classes, seed), null);
  }

  /** Puts the pretrained model that ships with the app back. */
  CompletableFuture<ModelSummary> openBundled() {
    return track(context.models().openBundled(), null)
        .thenApplyAsync(
            summary -> {
              settings = settings.withoutLastModel();
              store.save(settings);
              return summary;
            },
            context.fx());
  }

  /** Opens a model file; on failure the current model stays and the error says why. */
  CompletableFuture<ModelSummary> open(Path file) {
    return track(context.models().open(file), file);
  }

  /** Saves the current model to {@code file} (atomically) and remembers it. */
  CompletableFuture<ModelSummary> save(Path file) {
    Path target = withExtension(file);
    return track(context.models().save(target), target);
  }

  private CompletableFuture<ModelSummary> track(CompletableFuture<ModelSummary> work, Path file) {
    return work.whenCompleteAsync(
        (summary, failure) -> {
          if (failure != null) {
            error.set(UiErrors.message(failure));
            return;
          }
          error.set("");
          context.state().replaceModel(summary);
          if (file != null) {
            remember(file);
          }
        },
        context.fx());
  }

  private void remember(Path file) {
    settings = settings.withModel(file.toAbsolutePath().toString());
    recentModels.setAll(settings.recentModels());
    store.save(settings);
  }

  /** Adds ".mnx" when the user typed a name without it. */
  static Path withExtension(Path file) {
    String name = file.getFileName().toString();
    return name.contains(".") ? file : file.resolveSibling(name + "." + ModelFiles.EXTENSION);
  }

  /**
   * Exports the current network for PyTorch into {@code folder}: the weights are read on the ML
   * thread and the files written on the I/O pool; the status bar says how it went and a failure
   * reaches {@link #errorProperty()} as one sentence naming the folder.
   */
  CompletableFuture<List<Path>> exportToPyTorch(Path folder) {
    if (context.state().modelProperty().get() == null) {
      return CompletableFuture.failedFuture(new IllegalStateException("no network to export yet"));
    }
    context.tasks().update(TR.tr("Exporting to PyTorch…"), -1);
    return context
        .models()
        .describedWeights()
        .thenApplyAsync(network -> writeExport(network, folder), context.io())
        .whenCompleteAsync(
            (files, failure) -> {
              if (failure != null) {
                error.set(""); // the same failure twice is still shown twice
                error.set(UiErrors.message(failure));
                context.tasks().done(TR.tr("Export to PyTorch failed"));
              } else {
                context.tasks().done(TR.format("Exported to PyTorch: %s", folder));
              }
            },
            context.fx());
  }

  private static List<Path> writeExport(DescribedWeights network, Path folder) {
    try {
      return PyTorchExport.write(ExportedNetwork.of(network.summary(), network.weights()), folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Saves theme and window geometry. */
  void saveSettings(double x, double y, double width, double height, boolean maximized) {
    settings =
        settings.withTheme(dark.get(), projector.get()).withWindow(x, y, width, height, maximized);
    store.save(settings);
  }

  /**
   * Saves where the GPU engine comes from (app.gpu's CudaChoice); it loads at the next start.
   * Unlike the other settings, a failure is told: the app would restart for a choice it did not
   * keep. Only a written choice is remembered, so no later save writes it unasked.
   *
   * @throws FileSystemException naming the settings file and why it could not be written
   */
  void saveCuda(String cuda) throws FileSystemException {
    AppSettings chosen = settings.withCuda(cuda);
    store.write(chosen);
    settings = chosen;
  }

  /** The file the settings are kept in (Help ▸ About shows it). */
  Path settingsFile() {
    return store.file();
  }
}
