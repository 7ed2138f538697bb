package dev.mnistexplorer.app.training;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.SentDigit;
import dev.mnistexplorer.app.common.UiErrors;
import dev.mnistexplorer.core.history.CurvesCsv;
import dev.mnistexplorer.core.history.RunHistory;
import dev.mnistexplorer.core.history.RunRecord;
import dev.mnistexplorer.core.inspect.ArgbImage;
import dev.mnistexplorer.core.inspect.HandNetwork;
import dev.mnistexplorer.core.network.WeightMatrix;
import dev.mnistexplorer.core.service.ModelSummary;
import dev.mnistexplorer.core.store.ModelMetadata;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The run history on the Train place: every run of this and earlier sessions (newest first), kept
 * in the user's data folder through {@link RunHistory}, and the comparison of the selected runs
 * (their curves for one {@link CompareMetric}, and each one's answer for the drawing on the Predict
 * pad). Answers need a run's final weights: they are copied once when a run ends and kept in memory
 * for the {@value #KEPT_WEIGHTS} newest runs of the session only (a tutorial network's weights are
 * 800 KB, a hundred times a run's record). FX thread only; file work runs on the I/O executor.
 */
public final class RunHistoryModel {
  private static final I18n TR = I18n.forPackageOf(RunHistoryModel.class);

  /** How many runs' final weights stay in memory for the side by side answers. */
  static final int KEPT_WEIGHTS = 16;

  private final AppContext context;
  private final RunFiles files;
  private final ZoneId zone;
  private final ObservableList<RunRecord> runs = FXCollections.observableArrayList();
  private final ObservableList<RunRecord> selected = FXCollections.observableArrayList();
  private final ObjectProperty<CompareMetric> metric =
      new SimpleObjectProperty<>(this, "metric", CompareMetric.TEST_ACCURACY);
  private final ObservableList<RunAnswer> answers = FXCollections.observableArrayList();
  // One read-only view each, kept: a view made per call would drop its listeners when collected.
  private final ObservableList<RunRecord> runsView = FXCollections.unmodifiableObservableList(runs);
  private final ObservableList<RunRecord> selectedView =
      FXCollections.unmodifiableObservableList(selected);
  private final ObservableList<RunAnswer> answersView =
      FXCollections.unmodifiableObservableList(answers);
  private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
  private final Map<String, HandNetwork> weights = new LinkedHashMap<>();
  private ModelMetadata lastTrained; // the network the newest run of the session left
  private String lastRunId;
  private int answerRound;

  public RunHistoryModel(AppContext context) {
    this(context, ZoneId.systemDefault());
  }

  RunHistoryModel(AppContext context, ZoneId zone) {
    this.context = context;
    this.files = new RunFiles(RunHistory.in(context.folders()), context.io());
    this.zone = zone;
    context.state().modelProperty().addListener((obs, old, now) -> noteSaved(now));
    context.state().padDigitProperty().addListener((obs, old, now) -> refreshAnswers());
    metric.addListener((obs, old, now) -> refreshAnswers());
    load();
  }

  // ---- Properties ----

  /** Every run, newest first. */
  public ObservableList<RunRecord> runs() {
    return runsView;
  }

  /** The runs being compared, in the order they were selected (their colours follow it). */
  public ObservableList<RunRecord> selected() {
    return selectedView;
  }

  /** The curve the comparison shows (the user chooses it). */
  public ObjectProperty<CompareMetric> metricProperty() {
    return metric;
  }

  /** One answer per selected run for the digit on the Predict pad. */
  public ObservableList<RunAnswer> answers() {
    return answersView;
  }

  /** Whether the place shows the comparison (its tab) rather than the current run's curves. */
  public BooleanProperty shownProperty() {
    return shown;
  }

  /** The last thing worth saying: a file that could not be read, an export written or failed. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  ZoneId zone() {
    return zone;
  }

  /** The run's name in the legend, the CSV and the answers. */
  public String nameOf(RunRecord run) {
    return RunHistoryText.legend(run, zone);
  }

  /** The shown curves, in selection order: what the chart draws and the CSV holds. */
  public List<CurvesCsv.Series> shownCurves() {
    CompareMetric shown = metric.get();
    return selected.stream()
        .map(
            run ->
                new CurvesCsv.Series(
                    nameOf(run),
                    run.spec().describe(),
                    RunHistoryText.optimizer(run.config()),
                    shown.csvName(),
                    shown.curveOf(run)))
        .toList();
  }

  // ---- Commands ----

  /** Compares the runs with these ids (in this order); unknown ids are ignored. */
  public void select(List<String> ids) {
    List<RunRecord> chosen = new ArrayList<>();
    for (String id : ids) {
      runs.stream().filter(run -> run.id().equals(id)).findFirst().ifPresent(chosen::add);
    }
    // Oldest first, whatever order they were picked in: a run keeps its colour as others join.
    chosen.sort(Comparator.comparing(RunRecord::started).thenComparing(RunRecord::id));
    if (!chosen.equals(selected)) {
      selected.setAll(chosen);
      refreshAnswers();
    }
  }

  /** Compares the newest {@code count} runs, oldest of them first, and shows the comparison. */
  public void compareLatest(int count) {
    List<String> ids = new ArrayList<>();
    for (int i = Math.min(count, runs.size()) - 1; i >= 0; i--) {
      ids.add(runs.get(i).id());
    }
    select(ids);
    shown.set(true);
  }

  /** Deletes these runs from the list and from disk. */
  public CompletableFuture<Void> delete(Collection<String> ids) {
    List<String> gone = List.copyOf(ids);
    runs.removeIf(run -> gone.contains(run.id()));
    selected.removeIf(run -> gone.contains(run.id()));
    gone.forEach(weights::remove);
    refreshAnswers();
    return report(files.delete(gone));
  }

  /** Writes the shown curves to {@code file} as CSV. */
  public CompletableFuture<Void> exportCsv(Path file) {
    return report(files.exportCsv(CurvesCsv.of(shownCurves()), file));
  }

  /** Writes a picture of the chart (taken by the controller) to {@code file} as PNG. */
  public CompletableFuture<Void> exportPng(ArgbImage picture, Path file) {
    return report(files.exportPng(picture, file));
  }

  // ---- From the Training model ----

  /** Records a run that has just ended, and keeps its final weights for the answers. */
  void runEnded(RunEnding ending) {
    String id = RunRecords.newId(ending.start());
    RunRecord run = RunRecords.of(id, ending);
    runs.add(0, run);
    lastRunId = id;
    lastTrained = ending.model().metadata();
    persist(run);
    if (ending.error() == null) {
      context
          .models()
          .weights()
          .thenAcceptAsync(matrices -> keepWeights(id, run, matrices), context.fx());
    }
  }

  // ---- Inside ----

  private void load() {
    files.load().thenAcceptAsync(this::merge, context.fx());
  }

  private void merge(RunHistory.Loaded loaded) {
    List<RunRecord> older = new ArrayList<>(loaded.runs());
    older.removeIf(run -> runs.stream().anyMatch(kept -> kept.id().equals(run.id())));
    Collections.reverse(older); // the store lists oldest first
    runs.addAll(older);
    if (!loaded.skipped().isEmpty()) {
      message.set(
          loaded.skipped().size() == 1
              ? TR.format("1 run file could not be read: %s", loaded.skipped().get(0))
              : TR.format(
                  "%,d run files could not be read (see the log)", loaded.skipped().size()));
    }
  }

  private void keepWeights(String id, RunRecord run, List<WeightMatrix> matrices) {
    if (runs.stream().noneMatch(kept -> kept.id().equals(id))) {
      return; // deleted meanwhile
    }
    try {
      weights.put(id, HandNetwork.of(run.spec(), matrices, 0));
    } catch (IllegalArgumentException e) {
      return; // another network replaced it before the copy: no answers for this run
    }
    while (weights.size() > KEPT_WEIGHTS) {
      weights.remove(weights.keySet().iterator().next());
    }
    refreshAnswers();
  }

  /** A save of the network the newest run left gives that run its file. */
  private void noteSaved(ModelSummary now) {
    if (now == null || now.file() == null || now.unsaved() || lastRunId == null) {
      return;
    }
    if (!now.metadata().equals(lastTrained)) {
      return;
    }
    for (int i = 0; i < runs.size(); i++) {
      RunRecord run = runs.get(i);
      if (run.id().equals(lastRunId) && !now.file().equals(run.savedModel())) {
        RunRecord saved = run.withSavedModel(now.file());
        runs.set(i, saved);
        selected.replaceAll(shown -> shown.id().equals(saved.id()) ? saved : shown);
        persist(saved);
      }
    }
  }

  private void persist(RunRecord run) {
    report(files.save(run));
  }

  private void refreshAnswers() {
    int round = ++answerRound;
    SentDigit pad = context.state().padDigitProperty().get();
    List<RunRecord> shown = List.copyOf(selected);
    List<HandNetwork> networks = shown.stream().map(run -> weights.get(run.id())).toList();
    List<String> names = shown.stream().map(this::nameOf).toList();
    CompletableFuture.supplyAsync(() -> RunAnswers.of(names, networks, pad), context.io())
        .thenAcceptAsync(
            computed -> {
              if (round == answerRound) {
                answers.setAll(computed);
              }
            },
            context.fx());
  }

  /** Shows the sentence a file task ends with, or why it failed; completes on the FX thread. */
  private CompletableFuture<Void> report(CompletableFuture<String> task) {
    return task.handleAsync(
        (text, error) -> {
          if (error != null) {
            message.set(UiErrors.message(error));
            throw error instanceof CompletionException c ? c : new CompletionException(error);
          }
          if (text != null) {
            message.set(text);
          }
          return null;
        },
        context.fx());
  }
}
