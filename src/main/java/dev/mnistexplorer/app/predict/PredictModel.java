package dev.mnistexplorer.app.predict;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.LatestOnlyGate;
import dev.mnistexplorer.app.common.SentDigit;
import dev.mnistexplorer.app.common.SharedState;
import dev.mnistexplorer.app.common.UiErrors;
import dev.mnistexplorer.core.inference.CanvasPreprocessor;
import dev.mnistexplorer.core.service.ModelSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The Predict place's state and commands: what is on the pad ({@link Sketch}), the 28×28 input the
 * network sees, and its answer, which follows the drawing stroke by stroke through a {@link
 * LatestOnlyGate}. It re-asks when the weights change (training, a new or opened model) and can ask
 * a freshly initialised network of the same layers instead, to contrast trained and untrained. An
 * empty pad never gets a prediction. Touched on the JavaFX thread only; no nodes here.
 */
public final class PredictModel {
  private static final I18n TR = I18n.forPackageOf(PredictModel.class);
  private static final List<String> DIGITS =
      IntStream.range(0, 10).mapToObj(Integer::toString).toList();

  private final AppContext context;
  private final Sketch sketch = new Sketch();
  private final LatestOnlyGate<Request, float[]> gate;

  private final ReadOnlyObjectWrapper<float[]> networkInput = new ReadOnlyObjectWrapper<>();
  private final NetworkAnswer answer = new NetworkAnswer();
  private final BooleanProperty untrained = new SimpleBooleanProperty(this, "untrained");
  // False: the pad's drawing reaches the network without MNIST's centring, where it was drawn
  // (the "why we centre the digit" lesson turns it off).
  private final BooleanProperty centreDigit = new SimpleBooleanProperty(this, "centreDigit", true);
  private final ReadOnlyObjectWrapper<List<String>> classNames =
      new ReadOnlyObjectWrapper<>(DIGITS);
  private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ReadOnlyIntegerWrapper sketchRevision = new ReadOnlyIntegerWrapper();
  private final ReadOnlyBooleanWrapper blank = new ReadOnlyBooleanWrapper(true);
  private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper penDown = new ReadOnlyBooleanWrapper();
  private final AddToMyDigits myDigits;

  /** What was asked: the network input, which network, and when the stroke came in. */
  private record Request(float[] pixels, boolean untrained, long startedNanos) {}

  public PredictModel(AppContext context) {
    this.context = context;
    this.gate =
        new LatestOnlyGate<>(
            request ->
                request.untrained()
                    ? context.models().predictUntrained(request.pixels())
                    : context.models().predict(request.pixels()),
            context.fx(),
            this::answered,
            failure ->
                error.set(
                    TR.format("The network could not answer: %s", UiErrors.message(failure))));
    SharedState state = context.state();
    state.weightsVersionProperty().addListener((o, was, now) -> repredict());
    state.modelProperty().addListener((o, was, now) -> modelChanged(now));
    state.digitForPredictProperty().addListener((o, was, now) -> digitSent(now));
    untrained.addListener((o, was, now) -> repredict());
    centreDigit.addListener((o, was, now) -> repredict());
    myDigits = new AddToMyDigits(context, networkInput.getReadOnlyProperty(), sketch::strokes);
    modelChanged(state.modelProperty().get());
  }

  // Properties

  /** The preprocessed 28×28 input (784 values, ink high), or null when the pad holds no digit. */
  public ReadOnlyObjectProperty<float[]> networkInputProperty() {
    return networkInput.getReadOnlyProperty();
  }

  /** One probability per class, or null when there is no prediction. */
  public ReadOnlyObjectProperty<float[]> probabilitiesProperty() {
    return answer.probabilities.getReadOnlyProperty();
  }

  /** The most probable class, or -1 when there is no prediction. */
  public ReadOnlyIntegerProperty predictedClassProperty() {
    return answer.predictedClass.getReadOnlyProperty();
  }

  /** The most probable class's probability (0 without a prediction). */
  public ReadOnlyDoubleProperty confidenceProperty() {
    return answer.confidence.getReadOnlyProperty();
  }

  /** Whether the answer shown came from the untrained network. */
  public ReadOnlyBooleanProperty answerUntrainedProperty() {
    return answer.untrained.getReadOnlyProperty();
  }

  /** Whether the pad's drawing is centred as MNIST's digits are before the network sees it. */
  public BooleanProperty centreDigitProperty() {
    return centreDigit;
  }

  /** "Add to my digits": save the pad's digit, with a label, into the personal set. */
  public AddToMyDigits myDigits() {
    return myDigits;
  }

  /** Ask a freshly initialised network of the same layers instead of the current one. */
  public BooleanProperty untrainedProperty() {
    return untrained;
  }

  /** The class names of the current network ("0".."9" for digits). */
  public ReadOnlyObjectProperty<List<String>> classNamesProperty() {
    return classNames.getReadOnlyProperty();
  }

  /** What to do next when there is no answer to show ("Draw a digit"), else "". */
  public ReadOnlyStringProperty hintProperty() {
    return hint.getReadOnlyProperty();
  }

  /** Where the digit came from: "" for a drawing, else the sending place or the file's name. */
  public ReadOnlyStringProperty sourceProperty() {
    return source.getReadOnlyProperty();
  }

  /** The last problem (a file that could not be read …), or "". */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** Increases whenever the pad must be redrawn as a whole (undo, clear, a new image). */
  public ReadOnlyIntegerProperty sketchRevisionProperty() {
    return sketchRevision.getReadOnlyProperty();
  }

  /** Whether the pad is blank. */
  public ReadOnlyBooleanProperty blankProperty() {
    return blank.getReadOnlyProperty();
  }

  /** Whether there is a stroke to undo. */
  public ReadOnlyBooleanProperty canUndoProperty() {
    return canUndo.getReadOnlyProperty();
  }

  /** Whether a stroke is being drawn (the pen is down): slow followers wait until it is lifted. */
  public ReadOnlyBooleanProperty penDownProperty() {
    return penDown.getReadOnlyProperty();
  }

  /** The strokes on the pad, oldest first. */
  public List<PadStroke> strokes() {
    return sketch.strokes();
  }

  /** The image layer under the strokes (784 values, ink high), or null. */
  public float[] imageLayer() {
    return sketch.layer();
  }

  /** Nanoseconds from the last stroke event to its answer being applied, or -1. */
  public long lastLatencyNanos() {
    return answer.latencyNanos;
  }

  /** Completes when no prediction is in flight or waiting. */
  public CompletableFuture<Void> whenSettled() {
    return gate.whenIdle();
  }

  // Commands

  /** Puts the pen down at a pad-relative point (0..1). */
  public void beginStroke(double x, double y) {
    error.set("");
    sketch.begin(x, y);
    penDown.set(true);
    padChanged();
  }

  /** Moves the pen (pressed) to a pad-relative point. */
  public void extendStroke(double x, double y) {
    if (sketch.extend(x, y)) {
      padChanged();
    }
  }

  /** Lifts the pen. */
  public void endStroke() {
    sketch.end();
    penDown.set(false);
  }

  /** Adds finished strokes at once (a prepared drawing); the pad is redrawn. */
  public void addStrokes(List<PadStroke> strokes) {
    strokes.forEach(sketch::add);
    sketchRevision.set(sketchRevision.get() + 1);
    padChanged();
  }

  /** Removes the newest stroke. */
  public void undo() {
    if (sketch.undo()) {
      sketchRevision.set(sketchRevision.get() + 1);
      padChanged();
    }
  }

  /** Blank pad, no prediction. */
  public void clear() {
    error.set("");
    source.set("");
    penDown.set(false);
    sketch.clear();
    sketchRevision.set(sketchRevision.get() + 1);
    padChanged();
  }

  /** Shows a 28×28 digit (784 values, ink high; its label or -1) on the pad and predicts it. */
  public void showDigit(float[] ink, String from, int label) {
    if (ink.length != CanvasPreprocessor.MNIST_PIXELS) {
      error.set(TR.format("%s: expected a 28×28 digit, got %d values", from, ink.length));
      return;
    }
    error.set("");
    source.set(from);
    sketch.showImage(ink, label);
    sketchRevision.set(sketchRevision.get() + 1);
    padChanged();
  }

  /** Reads an image file (on the I/O executor) and shows the digit in it. */
  public CompletableFuture<Void> openImage(Path file) {
    error.set("");
    return DigitPictures.read(file, context.io())
        .handleAsync(
            (digit, failure) -> {
              if (failure != null || digit.isEmpty()) {
                error.set(
                    failure != null ? UiErrors.message(failure) : DigitPictures.noDigitIn(file));
              } else {
                showDigit(digit.get(), String.valueOf(file.getFileName()), -1);
              }
              return null;
            },
            context.fx());
  }

  /** Asks again for the current pad (weights or network changed). */
  public void repredict() {
    padChanged();
  }

  private void digitSent(SentDigit digit) {
    if (digit != null) {
      String from = PredictText.sentFrom(digit.source(), digit.label(), classNames.get());
      showDigit(digit.pixels(), from, digit.label());
    }
  }

  private void modelChanged(ModelSummary summary) {
    List<String> names = summary == null ? List.of() : summary.metadata().classNames();
    classNames.set(names.isEmpty() ? DIGITS : names);
    repredict();
  }

  /** Preprocesses the pad (tens of microseconds) and asks for the newest answer. */
  private void padChanged() {
    long started = System.nanoTime();
    blank.set(sketch.isEmpty());
    canUndo.set(!sketch.strokes().isEmpty());
    Optional<float[]> input =
        sketch.isEmpty()
            ? Optional.empty()
            : CanvasPreprocessor.toMnist(sketch.picture(), centreDigit.get());
    networkInput.set(input.orElse(null));
    publishInput(input.orElse(null));
    if (input.isEmpty()) {
      gate.cancel();
      showNoAnswer(
          sketch.isEmpty() ? TR.tr("Draw a digit") : TR.tr("Keep drawing: make the digit bigger"));
    } else if (context.state().modelProperty().get() == null) {
      gate.cancel();
      showNoAnswer(TR.tr("The network is still loading…"));
    } else {
      hint.set("");
      gate.submit(new Request(input.get(), untrained.get(), started));
    }
  }

  /** Tells the other places (Inspect) what the network is shown now. */
  private void publishInput(float[] input) {
    String from = PredictText.padSource(source.get());
    SentDigit shown = input == null ? null : new SentDigit(input, from, sketch.label());
    context.state().padDigitChanged(shown);
  }

  private void showNoAnswer(String why) {
    answer.clear();
    hint.set(why);
  }

  private void answered(Request request, float[] probabilities) {
    answer.show(probabilities, request.untrained(), System.nanoTime() - request.startedNanos());
  }
}
