package dev.mnistexplorer.app.dataset;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.SharedState;
import dev.mnistexplorer.app.common.UiErrors;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.mydigits.MyDigit;
import dev.mnistexplorer.core.mydigits.MyDigitStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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

/**
 * The learner's own digits in the dataset browser: shows them as the shared dataset ("My digits",
 * every digit in both splits), deletes one (asked first), exports them as IDX files and imports
 * another pupil's. Files are read and written on the I/O executor through {@link MyDigitStore};
 * while My digits is shown, a digit added on Predict appears at once. No nodes here.
 */
public final class MyDigitsModel {
  private static final I18n TR = I18n.forPackageOf(MyDigitsModel.class);

  /** A digit waiting for the learner to confirm its deletion. */
  public record PendingDelete(int index, int label) {}

  private final AppContext context;
  private final SharedState state;
  private final MyDigitStore store;
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count");
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
  private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
  private final ReadOnlyObjectWrapper<PendingDelete> pendingDelete =
      new ReadOnlyObjectWrapper<>(this, "pendingDelete");
  private final BooleanBinding shown;
  private final BooleanBinding empty;
  // The dataset this model made last: My digits is shown while it is the shared dataset.
  private Dataset mine;

  public MyDigitsModel(AppContext context) {
    this.context = context;
    this.state = context.state();
    this.store = new MyDigitStore(context.folders().myDigits());
    this.shown = Bindings.createBooleanBinding(this::isShown, state.datasetProperty());
    this.empty = shown.and(count.isEqualTo(0));
    state.myDigitsVersionProperty().addListener((o, was, now) -> changedElsewhere());
    shown.addListener((o, was, now) -> pendingDelete.set(null));
  }

  // ---- Properties

  /** Whether the shared dataset is My digits. */
  public BooleanBinding shownProperty() {
    return shown;
  }

  /** Whether My digits is shown and holds no digit yet (the view then says how to add some). */
  public BooleanBinding emptyProperty() {
    return empty;
  }

  /** Digits in the set as last read. */
  public ReadOnlyIntegerProperty countProperty() {
    return count.getReadOnlyProperty();
  }

  /** Whether a file is being read or written. */
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** What the last command did, or why it failed; "" for nothing to say. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty failedProperty() {
    return failed.getReadOnlyProperty();
  }

  /** The digit the learner asked to delete, until confirmed or kept (null for none). */
  public ReadOnlyObjectProperty<PendingDelete> pendingDeleteProperty() {
    return pendingDelete.getReadOnlyProperty();
  }

  /** Whether {@code dataset} is the My digits this model shows. */
  public boolean isMine(Dataset dataset) {
    return dataset != null && dataset == mine;
  }

  // ---- Commands

  /** Reads the set and makes it the shared dataset. */
  public CompletableFuture<Void> show() {
    return run(store::load, digits -> publish(digits, true), TR.tr("Could not open My digits"));
  }

  /**
   * Asks to delete digit {@code index} (labelled {@code label}); {@link #confirmDelete} does it.
   */
  public void askDelete(int index, int label) {
    if (isShown() && index >= 0 && index < count.get()) {
      pendingDelete.set(new PendingDelete(index, label));
      report("", false);
    }
  }

  /** Keeps the digit asked about. */
  public void keep() {
    pendingDelete.set(null);
  }

  /** Deletes the digit asked about. */
  public CompletableFuture<Void> confirmDelete() {
    PendingDelete pending = pendingDelete.get();
    if (pending == null) {
      return CompletableFuture.completedFuture(null);
    }
    pendingDelete.set(null);
    return run(
        () -> store.delete(pending.index()),
        digits -> {
          publish(digits, true);
          report(DatasetText.deleted(pending.label(), digits.size()), false);
          state.myDigitsChanged();
        },
        TR.tr("Could not delete the digit"));
  }

  /** Writes the set as four IDX files into {@code folder}. */
  public CompletableFuture<Void> exportTo(Path folder) {
    return run(
        () -> {
          store.exportIdx(folder);
          return null;
        },
        nothing -> report(DatasetText.exported(count.get(), folder), false),
        TR.tr("Could not export My digits"));
  }

  /** Adds the digits of the four IDX files in {@code folder}; a bad file adds nothing. */
  public CompletableFuture<Void> importFrom(Path folder) {
    return run(
        () -> store.importIdx(folder),
        imported -> {
          publish(imported.digits(), true);
          report(DatasetText.imported(imported.added(), folder), false);
          state.myDigitsChanged();
        },
        TR.format("Could not import %s", folder));
  }

  /** Clears the message. */
  public void dismissMessage() {
    report("", false);
  }

  // ---- Work

  @FunctionalInterface
  private interface FileWork<T> {
    T run() throws IOException;
  }

  private <T> CompletableFuture<Void> run(
      FileWork<T> work, java.util.function.Consumer<T> done, String failure) {
    busy.set(true);
    return CompletableFuture.supplyAsync(
            () -> {
              try {
                return work.run();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            context.io())
        .handleAsync(
            (result, error) -> {
              busy.set(false);
              if (error != null) {
                report(failure + ": " + UiErrors.message(error), true);
              } else {
                done.accept(result);
              }
              return null;
            },
            context.fx());
  }

  /** Shows {@code digits} as the shared dataset if asked to, or if My digits is shown now. */
  private void publish(List<MyDigit> digits, boolean show) {
    count.set(digits.size());
    if (show || isShown()) {
      mine = MyDigitStore.dataset(digits);
      state.replaceDataset(mine);
    }
  }

  /** Another place (Predict) added digits: read again if My digits is on screen. */
  private void changedElsewhere() {
    if (isShown() && !busy.get()) {
      run(store::load, digits -> publish(digits, false), TR.tr("Could not read My digits"));
    }
  }

  private boolean isShown() {
    return isMine(state.datasetProperty().get());
  }

  private void report(String text, boolean isError) {
    message.set(text);
    failed.set(isError);
  }
}
