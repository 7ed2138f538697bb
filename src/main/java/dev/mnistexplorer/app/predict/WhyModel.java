package dev.mnistexplorer.app.predict;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.DigitInDataset;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.LatestOnlyGate;
import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.app.common.UiErrors;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.data.LabeledImages;
import dev.mnistexplorer.core.inspect.Attribution;
import dev.mnistexplorer.core.inspect.Neighbour;
import dev.mnistexplorer.core.service.Inspector;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * "Why this answer" on the Predict place: which pixels of the network input pushed a class's logit
 * up or down (gradient × input, docs/adr/0005), and the training digits nearest to the drawing in
 * input space. Both follow {@link PredictModel}'s network input while "Why?" is on: the attribution
 * with every stroke through a {@link LatestOnlyGate} (about 0.3 ms by hand), the nearest digits
 * only once the pen is lifted, since they scan all 60,000 training digits (about 18 ms). Touched on
 * the JavaFX thread only; no nodes here.
 */
public final class WhyModel {
  private static final I18n TR = I18n.forPackageOf(WhyModel.class);

  /** The explained class that means "whatever the network answers". */
  public static final int THE_ANSWER = -1;

  private final AppContext context;
  private final PredictModel predict;
  private final LatestOnlyGate<Question, Attribution> whyGate;
  private final LatestOnlyGate<Search, List<NearbyDigit>> nearestGate;
  private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown");
  private final IntegerProperty explainedClass =
      new SimpleIntegerProperty(this, "explainedClass", THE_ANSWER);
  private final ReadOnlyObjectWrapper<Attribution> attribution =
      new ReadOnlyObjectWrapper<>(this, "attribution");
  private final ReadOnlyObjectWrapper<List<NearbyDigit>> nearest =
      new ReadOnlyObjectWrapper<>(this, "nearest", List.of());
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

  /** A training digit near the drawing, with its pixels for a thumbnail. */
  public record NearbyDigit(Neighbour neighbour, float[] unitPixels) {}

  /** What to explain: the input, and the class ({@link #THE_ANSWER} for the winning one). */
  private record Question(float[] pixels, int classIndex) {}

  /** Where to look for digits like the input. */
  private record Search(float[] pixels, LabeledImages train) {}

  public WhyModel(AppContext context, PredictModel predict) {
    this.context = context;
    this.predict = predict;
    Inspector inspector = context.inspector();
    whyGate =
        new LatestOnlyGate<>(
            question ->
                question.classIndex() == THE_ANSWER
                    ? inspector.why(question.pixels())
                    : inspector.why(question.pixels(), question.classIndex()),
            context.fx(),
            (question, answer) -> attributionArrived(answer),
            this::failed);
    nearestGate =
        new LatestOnlyGate<>(
            this::findNearest, context.fx(), (search, found) -> nearest.set(found), this::failed);
    predict.networkInputProperty().addListener((o, was, now) -> inputChanged());
    predict.penDownProperty().addListener((o, was, now) -> findNearestOnceSettled());
    context.state().weightsVersionProperty().addListener((o, was, now) -> explain());
    context.state().datasetProperty().addListener((o, was, now) -> findNearestOnceSettled());
    explainedClass.addListener((o, was, now) -> explain());
    shown.addListener((o, was, now) -> shownChanged());
  }

  // Properties

  /** Whether "Why?" is on: the overlay and the nearest digits are computed and shown. */
  public BooleanProperty shownProperty() {
    return shown;
  }

  /** The class to explain: {@link #THE_ANSWER}, or 0..9 for "why not k". */
  public IntegerProperty explainedClassProperty() {
    return explainedClass;
  }

  /** The newest attribution, or null (Why off, no input, or not computed yet). */
  public ReadOnlyObjectProperty<Attribution> attributionProperty() {
    return attribution.getReadOnlyProperty();
  }

  /** The training digits nearest to the drawing, nearest first (empty when none). */
  public ReadOnlyObjectProperty<List<NearbyDigit>> nearestProperty() {
    return nearest.getReadOnlyProperty();
  }

  /** The last problem ("the network is not ready"), or "". */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** Completes when no attribution or nearest-digit search is in flight or waiting. */
  public CompletableFuture<Void> whenSettled() {
    return CompletableFuture.allOf(whyGate.whenIdle(), nearestGate.whenIdle());
  }

  // Commands

  /** Shows nearest digit {@code position} (0 is the nearest) in the Dataset place. */
  public void browseNearest(int position) {
    List<NearbyDigit> digits = nearest.get();
    if (position < 0 || position >= digits.size()) {
      return;
    }
    context.state().browse(new DigitInDataset(false, digits.get(position).neighbour().index()));
    context.navigator().show(Place.DATASET);
  }

  // Keeping up with the pad

  private void inputChanged() {
    explain();
    findNearestOnceSettled();
  }

  private void shownChanged() {
    explain();
    findNearestOnceSettled();
  }

  /** Asks for the attribution of the newest input (latest only), or clears it. */
  private void explain() {
    float[] input = predict.networkInputProperty().get();
    if (!shown.get() || input == null || context.state().modelProperty().get() == null) {
      whyGate.cancel();
      attribution.set(null);
      return;
    }
    whyGate.submit(new Question(input, explainedClass.get()));
  }

  private void attributionArrived(Attribution answer) {
    error.set("");
    attribution.set(answer);
  }

  /** Searches the training split once the pen is up: one scan per stroke, not per point. */
  private void findNearestOnceSettled() {
    float[] input = predict.networkInputProperty().get();
    Dataset dataset = context.state().datasetProperty().get();
    if (!shown.get() || input == null || dataset == null) {
      nearestGate.cancel();
      nearest.set(List.of());
    } else if (!predict.penDownProperty().get()) {
      nearestGate.submit(new Search(input, dataset.train()));
    }
  }

  private CompletableFuture<List<NearbyDigit>> findNearest(Search search) {
    LabeledImages train = search.train();
    return context
        .inspector()
        .nearest(search.pixels(), train, Inspector.NEAREST_DIGITS)
        .thenApply(
            found ->
                found.stream()
                    .map(near -> new NearbyDigit(near, train.imageUnit(near.index())))
                    .toList());
  }

  private void failed(Throwable failure) {
    error.set(TR.format("Why this answer could not be worked out: %s", UiErrors.message(failure)));
  }
}
