package dev.mnistexplorer.app.predict;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.UiErrors;
import dev.mnistexplorer.core.mydigits.MyDigit;
import dev.mnistexplorer.core.mydigits.MyDigitStore;
import dev.mnistexplorer.core.mydigits.StrokePath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * "Add to my digits" on the Predict place: saves what the network is shown now (the 28×28 input)
 * and the strokes it was drawn with, under a label the learner picks, into the personal set in the
 * user's data folder. The file is written on the I/O executor; the confirmation ("Saved as a 4 — 12
 * digits in My digits") or the problem comes back in {@link #messageProperty()}. No nodes here.
 */
public final class AddToMyDigits {
  private static final I18n TR = I18n.forPackageOf(AddToMyDigits.class);
  private final AppContext context;
  private final ReadOnlyObjectProperty<float[]> networkInput;
  private final Supplier<List<PadStroke>> strokes;
  private final MyDigitStore store;
  private final ReadOnlyBooleanWrapper choosingLabel = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper();
  private final BooleanBinding canAdd;

  AddToMyDigits(
      AppContext context,
      ReadOnlyObjectProperty<float[]> networkInput,
      Supplier<List<PadStroke>> strokes) {
    this.context = context;
    this.networkInput = networkInput;
    this.strokes = strokes;
    this.store = new MyDigitStore(context.folders().myDigits());
    this.canAdd = Bindings.createBooleanBinding(this::addable, networkInput, saving);
    networkInput.addListener((o, was, now) -> inputChanged(now));
  }

  // Properties

  /** Whether there is a digit to add (the pad holds one) and no save is under way. */
  public BooleanBinding canAddProperty() {
    return canAdd;
  }

  /** Whether the label picker is open (the next digit key or digit button saves). */
  public ReadOnlyBooleanProperty choosingLabelProperty() {
    return choosingLabel.getReadOnlyProperty();
  }

  /** "Saved as a 4 — 12 digits in My digits", a problem, or "". */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** Whether {@link #messageProperty()} reports a failure. */
  public ReadOnlyBooleanProperty failedProperty() {
    return failed.getReadOnlyProperty();
  }

  // Commands

  /** Opens the label picker (the button), if there is a digit to add. */
  public void chooseLabel() {
    if (canAdd.get()) {
      choosingLabel.set(true);
      report(PredictText.whichLabel(), false);
    }
  }

  /** Closes the label picker without saving. */
  public void cancel() {
    if (choosingLabel.get()) {
      choosingLabel.set(false);
      report("", false);
    }
  }

  /**
   * Saves the pad's digit as {@code label} (0..9); the future completes once the message says how
   * it went. Does nothing on a blank pad or while a save runs.
   */
  public CompletableFuture<Void> add(int label) {
    float[] input = networkInput.get();
    if (!canAdd.get() || label < 0 || label > 9) {
      return CompletableFuture.completedFuture(null);
    }
    MyDigit digit = MyDigit.fromUnit(label, input, strokePaths(strokes.get()));
    choosingLabel.set(false);
    saving.set(true);
    return CompletableFuture.supplyAsync(() -> save(digit), context.io())
        .handleAsync(
            (all, failure) -> {
              saving.set(false);
              if (failure != null) {
                report(TR.format("Could not save the digit: %s", UiErrors.message(failure)), true);
              } else {
                report(PredictText.savedToMyDigits(label, all.size()), false);
                context.state().myDigitsChanged();
              }
              // The status bar too: in a low projector window the Add button makes way.
              context.tasks().done(message.get());
              return null;
            },
            context.fx());
  }

  private List<MyDigit> save(MyDigit digit) {
    try {
      return store.add(digit);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The pad's strokes in core's terms (pad coordinates 0..1). */
  static List<StrokePath> strokePaths(List<PadStroke> strokes) {
    return strokes.stream()
        .filter(stroke -> stroke.size() > 0)
        .map(
            stroke -> {
              float[] xs = new float[stroke.size()];
              float[] ys = new float[stroke.size()];
              for (int i = 0; i < xs.length; i++) {
                xs[i] = stroke.x(i);
                ys[i] = stroke.y(i);
              }
              return new StrokePath(xs, ys);
            })
        .toList();
  }

  private boolean addable() {
    return networkInput.get() != null && !saving.get();
  }

  /** A new drawing closes the picker and clears the last confirmation. */
  private void inputChanged(float[] now) {
    if (now == null) {
      choosingLabel.set(false);
    }
    if (!saving.get() && !choosingLabel.get()) {
      report("", false);
    }
  }

  private void report(String text, boolean isError) {
    message.set(text);
    failed.set(isError);
  }
}
