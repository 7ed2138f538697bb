package dev.mnistexplorer.app.dataset;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.DigitInDataset;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.app.common.SentDigit;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.data.LabeledImages;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Dataset browser's state and commands: which split is shown, which label the grid is filtered
 * to, which digit is selected (by grid position, mapped to a dataset index), raw or normalised
 * values, and the split's class counts and mean images. It follows the shared dataset; switching
 * datasets is {@link DatasetSourceModel}'s job. No nodes here: testable without the toolkit.
 */
public final class DatasetModel {
  private static final I18n TR = I18n.forPackageOf(DatasetModel.class);

  /** The label filter value meaning "every label". */
  public static final int ALL_LABELS = -1;

  private final AppContext context;
  private final ObjectProperty<Split> split =
      new SimpleObjectProperty<>(this, "split", Split.TRAIN);
  private final IntegerProperty labelFilter =
      new SimpleIntegerProperty(this, "labelFilter", ALL_LABELS);
  private final ReadOnlyObjectWrapper<VisibleDigits> visible =
      new ReadOnlyObjectWrapper<>(this, "visible");
  private final IntegerProperty selectedPosition =
      new SimpleIntegerProperty(this, "selectedPosition", -1);
  private final ReadOnlyObjectWrapper<SelectedDigit> selected =
      new ReadOnlyObjectWrapper<>(this, "selected");
  private final BooleanProperty normalised = new SimpleBooleanProperty(this, "normalised");
  private final ReadOnlyObjectWrapper<ClassStatistics> statistics =
      new ReadOnlyObjectWrapper<>(this, "statistics");
  private final ReadOnlyStringWrapper jumpMessage = new ReadOnlyStringWrapper(this, "jumpMessage");
  // Statistics take a pass over 47 MB of pixels: computed once per split, off the FX thread.
  private final Map<LabeledImages, ClassStatistics> statisticsCache = new IdentityHashMap<>();
  private LabeledImages computing;

  public DatasetModel(AppContext context) {
    this.context = context;
    context.state().datasetProperty().addListener((obs, old, now) -> datasetChanged(now));
    split.addListener((obs, old, now) -> refresh(false));
    labelFilter.addListener((obs, old, now) -> refresh(true));
    selectedPosition.addListener((obs, old, now) -> refreshSelected());
    context.state().digitToBrowseProperty().addListener((obs, old, now) -> browse(now));
    datasetChanged(dataset());
  }

  // ---- Properties

  /** The dataset shown (the shared one; null while it loads). */
  public Dataset dataset() {
    return context.state().datasetProperty().get();
  }

  public ObjectProperty<Split> splitProperty() {
    return split;
  }

  /** The label the grid shows, or {@link #ALL_LABELS}. */
  public IntegerProperty labelFilterProperty() {
    return labelFilter;
  }

  /** The digits in the grid, in order (null while no dataset is loaded). */
  public ReadOnlyObjectProperty<VisibleDigits> visibleProperty() {
    return visible.getReadOnlyProperty();
  }

  /** The selected grid position, or -1 when the grid is empty. */
  public IntegerProperty selectedPositionProperty() {
    return selectedPosition;
  }

  /** The selected digit with its pixel values (null when none). */
  public ReadOnlyObjectProperty<SelectedDigit> selectedProperty() {
    return selected.getReadOnlyProperty();
  }

  /** Whether the detail view shows normalised −1..1 values instead of raw 0..255. */
  public BooleanProperty normalisedProperty() {
    return normalised;
  }

  /** Class counts and mean images of the current split (null until computed). */
  public ReadOnlyObjectProperty<ClassStatistics> statisticsProperty() {
    return statistics.getReadOnlyProperty();
  }

  /** Why the last "go to index" did not go as asked, or empty. */
  public ReadOnlyStringProperty jumpMessageProperty() {
    return jumpMessage.getReadOnlyProperty();
  }

  // ---- Commands

  /** Selects grid {@code position}, clamped to the grid. */
  public void select(int position) {
    VisibleDigits digits = visible.get();
    if (digits == null || digits.count() == 0) {
      selectedPosition.set(-1);
      return;
    }
    selectedPosition.set(Math.max(0, Math.min(digits.count() - 1, position)));
  }

  /** Moves the selection by {@code delta} positions (stopping at either end). */
  public void moveSelection(int delta) {
    select(Math.max(0, selectedPosition.get()) + delta);
  }

  /**
   * Selects dataset image {@code text} (an index in the current split). If the label filter hides
   * it, the filter is cleared so it can be shown. Returns whether the text named an image.
   */
  public boolean jumpTo(String text) {
    VisibleDigits digits = visible.get();
    if (digits == null) {
      return false;
    }
    int count = digits.images().count();
    int index;
    try {
      // Digit grouping in either language ("1,234", "1.234", "1 234") and a leading "#" are
      // allowed.
      index = Integer.parseInt(text.strip().replaceAll("[#,.\\s\u00a0\u202f]", ""));
    } catch (NumberFormatException e) {
      jumpMessage.set(TR.format("Go to: “%s” is not a whole number", text.strip()));
      return false;
    }
    if (index < 0 || index >= count) {
      jumpMessage.set(TR.format("Go to: #%,d is outside this split (0 to %,d)", index, count - 1));
      return false;
    }
    jumpMessage.set("");
    if (digits.positionOf(index) < 0) {
      labelFilter.set(ALL_LABELS);
    }
    select(visible.get().positionOf(index));
    return true;
  }

  /** Shows only digits labelled {@code label} ({@link #ALL_LABELS} for all). */
  public void filterBy(int label) {
    labelFilter.set(label);
  }

  /** Hands the selected digit to Predict and shows Predict. */
  public void sendToPredict() {
    SelectedDigit digit = selected.get();
    if (digit == null) {
      return;
    }
    context.state().sendToPredict(new SentDigit(digit.unitPixels(), digit.source(), digit.label()));
    context.navigator().show(Place.PREDICT);
  }

  /** Hands the selected digit to Inspect (its forward pass, step by step) and shows Inspect. */
  public void sendToInspect() {
    SelectedDigit digit = selected.get();
    if (digit == null) {
      return;
    }
    context.state().sendToInspect(new SentDigit(digit.unitPixels(), digit.source(), digit.label()));
    context.navigator().show(Place.INSPECT);
  }

  /**
   * Shows a digit another place asked for (a training digit near a drawing): its split, every
   * label, and the digit selected.
   */
  private void browse(DigitInDataset digit) {
    if (digit == null || dataset() == null) {
      return;
    }
    split.set(digit.test() ? Split.TEST : Split.TRAIN);
    labelFilter.set(ALL_LABELS);
    int position = visible.get().positionOf(digit.index());
    if (position >= 0) {
      select(position);
    }
  }

  // ---- Keeping the derived state true

  private void datasetChanged(Dataset dataset) {
    statisticsCache.clear();
    if (dataset != null && labelFilter.get() >= dataset.classCount()) {
      labelFilter.set(ALL_LABELS); // refreshes through its listener
    }
    refresh(false);
  }

  /** Recomputes the grid's digits; keeps the selected image if it is still shown and asked to. */
  private void refresh(boolean keepSelection) {
    Dataset dataset = dataset();
    jumpMessage.set("");
    if (dataset == null) {
      visible.set(null);
      statistics.set(null);
      selectedPosition.set(-1);
      refreshSelected();
      return;
    }
    SelectedDigit before = selected.get();
    VisibleDigits digits = VisibleDigits.of(split.get().of(dataset), labelFilter.get());
    visible.set(digits);
    int position = keepSelection && before != null ? digits.positionOf(before.index()) : -1;
    selectedPosition.set(digits.count() == 0 ? -1 : Math.max(0, position));
    refreshSelected();
    refreshStatistics(digits.images(), dataset.classCount());
  }

  private void refreshSelected() {
    Dataset dataset = dataset();
    VisibleDigits digits = visible.get();
    int position = selectedPosition.get();
    if (dataset == null || digits == null || position < 0 || position >= digits.count()) {
      selected.set(null);
      return;
    }
    int index = digits.datasetIndex(position);
    LabeledImages images = digits.images();
    int label = images.label(index);
    selected.set(
        new SelectedDigit(
            dataset.name(),
            split.get(),
            index,
            label,
            dataset.classNames().get(label),
            images.rows(),
            images.cols(),
            images.imageValues(index)));
  }

  private void refreshStatistics(LabeledImages images, int classCount) {
    ClassStatistics cached = statisticsCache.get(images);
    if (cached != null) {
      statistics.set(cached);
      return;
    }
    statistics.set(null);
    if (images == computing) {
      return;
    }
    computing = images;
    CompletableFuture.supplyAsync(() -> ClassStatistics.of(images, classCount), context.io())
        .thenAcceptAsync(
            computed -> {
              statisticsCache.put(images, computed);
              if (computing == images) {
                computing = null;
              }
              VisibleDigits now = visible.get();
              if (now != null && now.images() == images) {
                statistics.set(computed);
              }
            },
            context.fx());
  }
}
