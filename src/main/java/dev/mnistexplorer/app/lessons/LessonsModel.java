package dev.mnistexplorer.app.lessons;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.UiErrors;
import dev.mnistexplorer.core.ErrorMessages;
import dev.mnistexplorer.core.lesson.Lesson;
import dev.mnistexplorer.core.lesson.LessonControl;
import dev.mnistexplorer.core.lesson.LessonFiles;
import dev.mnistexplorer.core.lesson.LessonRun;
import dev.mnistexplorer.core.lesson.LessonStep;
import dev.mnistexplorer.core.training.TrainingDivergedException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A lesson in progress: which lesson, which step, whether the step is still working (a training
 * run), and lock mode with what it hides. Going to a step does its actions through a {@link
 * LessonStage} in a fixed order (see {@link LessonStep}); going Back does them again without
 * starting the step's training runs once more. Touched on the JavaFX thread only; no nodes here.
 */
public final class LessonsModel {
  private static final I18n TR = I18n.forPackageOf(LessonsModel.class);
  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

  private final AppContext context;
  private final LessonStage stage;
  private final Executor fx;

  // ---- Properties ----
  private final ObservableList<Lesson> bundled = FXCollections.observableArrayList();
  // One read-only view, kept: a fresh view per call would drop its listeners when collected.
  private final ObservableList<Lesson> bundledView =
      FXCollections.unmodifiableObservableList(bundled);
  private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>(this, "lesson");
  private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step", -1);
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(this, "locked");
  private final ReadOnlyObjectWrapper<Set<LessonControl>> hidden =
      new ReadOnlyObjectWrapper<>(this, "hidden", Set.of());
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
  private final ReadOnlyStringWrapper openError = new ReadOnlyStringWrapper(this, "openError", "");
  private final BooleanBinding open = lesson.isNotNull();
  private final BooleanBinding canBack;
  private final BooleanBinding canNext;

  private int performing; // which step's actions the pending callbacks belong to

  public LessonsModel(AppContext context, LessonStage stage) {
    this.context = context;
    this.stage = stage;
    this.fx = context.fx();
    canBack = Bindings.createBooleanBinding(() -> !busy.get() && step.get() > 0, busy, step);
    canNext =
        Bindings.createBooleanBinding(
            () -> !busy.get() && lesson.get() != null && step.get() < stepCount() - 1,
            busy,
            step,
            lesson);
    lesson.addListener((o, was, now) -> updateHidden());
    locked.addListener((o, was, now) -> updateHidden());
  }

  // ---- Properties ----

  /** The lessons that ship with the app, once {@link #loadBundled()} has read them. */
  public ObservableList<Lesson> bundled() {
    return bundledView;
  }

  /** The lesson in progress, or null. */
  public ReadOnlyObjectProperty<Lesson> lessonProperty() {
    return lesson.getReadOnlyProperty();
  }

  /** The step shown (0 = first), or -1 without a lesson. */
  public ReadOnlyIntegerProperty stepProperty() {
    return step.getReadOnlyProperty();
  }

  /** Whether the step's actions are still going (a model loading, a training run). */
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public BooleanBinding openProperty() {
    return open;
  }

  public BooleanBinding canBackProperty() {
    return canBack;
  }

  public BooleanBinding canNextProperty() {
    return canNext;
  }

  /** Lock mode: the controls the lesson does not use are hidden. */
  public ReadOnlyBooleanProperty lockedProperty() {
    return locked.getReadOnlyProperty();
  }

  /** What the shell hides now: empty unless a lesson is open in lock mode. */
  public ReadOnlyObjectProperty<Set<LessonControl>> hiddenProperty() {
    return hidden.getReadOnlyProperty();
  }

  /** What the current step could not do, in a sentence; "" when all went well. */
  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  /** Why the last lesson file could not be opened ("lesson.json: step 2: …"); "" after success. */
  public ReadOnlyStringProperty openErrorProperty() {
    return openError.getReadOnlyProperty();
  }

  public int stepCount() {
    return lesson.get() == null ? 0 : lesson.get().steps().size();
  }

  // ---- Commands ----

  /** Reads the bundled lessons on the I/O executor; completes on the FX thread. */
  public CompletableFuture<Void> loadBundled() {
    // The lessons in the UI's language: a German twin of each lesson (same steps, its own words).
    String language = I18n.locale().getLanguage();
    return CompletableFuture.supplyAsync(() -> LessonFiles.bundled(language), context.io())
        .handleAsync(
            (read, failure) -> {
              if (failure != null) { // a broken build: say so rather than show an empty menu
                openError.set(TR.format("The bundled lessons: %s", UiErrors.message(failure)));
              } else {
                bundled.setAll(read);
              }
              return null;
            },
            fx);
  }

  /** Starts {@code chosen} at its first step (ending any lesson in progress). */
  public void start(Lesson chosen) {
    lesson.set(chosen);
    goTo(0, true);
  }

  /**
   * Reads a teacher's lesson file on the I/O executor and starts it; a file that cannot be used
   * leaves the app as it was and says why in {@link #openErrorProperty()}.
   */
  public CompletableFuture<Void> openFile(Path file) {
    openError.set("");
    return CompletableFuture.supplyAsync(() -> LessonFiles.read(file), context.io())
        .handleAsync(
            (read, failure) -> {
              if (failure != null) {
                openError.set(UiErrors.message(failure));
              } else {
                start(read);
              }
              return null;
            },
            fx);
  }

  public void next() {
    if (canNext.get()) {
      goTo(step.get() + 1, true);
    }
  }

  /** The previous step's settings again; its training runs are not started again. */
  public void back() {
    if (canBack.get()) {
      goTo(step.get() - 1, false);
    }
  }

  /**
   * Ends the lesson (and lock mode); the app stays as the last step left it, except that the pad's
   * centring is switched back on if the lesson switched it (a quiet switch left off would make
   * every later answer worse).
   */
  public void end() {
    Lesson ending = lesson.get();
    if (ending != null
        && ending.steps().stream().anyMatch(s -> Boolean.FALSE.equals(s.centreDigit()))) {
      stage.centreDigit(true);
    }
    performing++;
    locked.set(false);
    busy.set(false);
    problem.set("");
    step.set(-1);
    lesson.set(null);
  }

  /** Turns lock mode on; only while a lesson is open. */
  public void lock() {
    if (lesson.get() != null) {
      locked.set(true);
    }
  }

  /** Turns lock mode off (the controller asks the teacher first). */
  public void unlock() {
    locked.set(false);
  }

  // ---- Doing a step ----

  private void goTo(int index, boolean withRuns) {
    int token = ++performing;
    step.set(index);
    problem.set("");
    busy.set(true);
    LessonStep current = lesson.get().steps().get(index);
    if (current.network() != null || current.training() != null) {
      stage.showNetwork(current.network(), current.training());
    }
    if (current.quickRun() != null) {
      stage.quickRun(current.quickRun());
    }
    CompletableFuture<?> model = current.model() == null ? DONE : stage.useModel(current.model());
    model
        .handleAsync(
            (value, failure) -> noted(token, index, TR.tr("could not load the model"), failure), fx)
        .thenComposeAsync(ok -> afterModel(token, index, current, withRuns), fx)
        .whenCompleteAsync((value, failure) -> finished(token), fx);
  }

  private CompletableFuture<Void> afterModel(
      int token, int index, LessonStep current, boolean withRuns) {
    if (token != performing) {
      return DONE;
    }
    if (current.untrainedAnswer() != null) {
      stage.answerUntrained(current.untrainedAnswer());
    }
    if (current.centreDigit() != null) {
      stage.centreDigit(current.centreDigit());
    }
    if (current.pad() != null) {
      stage.drawOnPad(current.pad());
    }
    if (current.place() != null || current.inspectWeights()) {
      LessonControl place = current.place() == null ? LessonControl.INSPECT : current.place();
      stage.show(place, current.inspectWeights());
    }
    return withRuns
        ? runs(token, index, current.runs()).thenRunAsync(() -> compare(token, current), fx)
        : compareNow(token, current);
  }

  private CompletableFuture<Void> compareNow(int token, LessonStep current) {
    compare(token, current);
    return DONE;
  }

  /** Each run starts once the one before it has ended. */
  private CompletableFuture<Void> runs(int token, int index, List<LessonRun> runs) {
    CompletableFuture<Void> chain = DONE;
    for (LessonRun run : runs) {
      chain =
          chain.thenComposeAsync(
              ignored ->
                  token != performing
                      ? DONE
                      : stage
                          .train(run.network(), run.training())
                          .handleAsync(
                              (value, failure) -> {
                                // A run that diverges is the lesson (Train's banner says so).
                                if (!(ErrorMessages.unwrap(failure)
                                    instanceof TrainingDivergedException)) {
                                  noted(token, index, TR.tr("could not do training"), failure);
                                }
                                return null;
                              },
                              fx),
              fx);
    }
    return chain;
  }

  private void compare(int token, LessonStep current) {
    if (token == performing && current.compareRuns() > 0) {
      stage.compareLatestRuns(current.compareRuns());
    }
  }

  private Void noted(int token, int index, String what, Throwable failure) {
    if (failure != null && token == performing) {
      problem.set(LessonsText.stepProblem(index, what, UiErrors.message(failure)));
    }
    return null;
  }

  private void finished(int token) {
    if (token == performing) {
      busy.set(false);
    }
  }

  private void updateHidden() {
    Lesson now = lesson.get();
    hidden.set(now != null && locked.get() ? now.controlsUnused() : Set.of());
  }
}
