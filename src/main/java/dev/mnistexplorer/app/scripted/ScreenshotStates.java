package dev.mnistexplorer.app.scripted;

import dev.mnistexplorer.app.common.SharedState;
import dev.mnistexplorer.app.dataset.DatasetModel;
import dev.mnistexplorer.app.dataset.Split;
import dev.mnistexplorer.app.inspect.InspectModel;
import dev.mnistexplorer.app.lessons.LessonsModel;
import dev.mnistexplorer.app.network.NetworkPreset;
import dev.mnistexplorer.app.predict.PadStroke;
import dev.mnistexplorer.app.predict.PredictModel;
import dev.mnistexplorer.app.predict.WhyModel;
import dev.mnistexplorer.app.shell.AppDriver;
import dev.mnistexplorer.app.training.CompareMetric;
import dev.mnistexplorer.app.training.TrainingModel;
import dev.mnistexplorer.core.network.Activation;
import dev.mnistexplorer.core.network.LayerSpec;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.training.TrainingConfig;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.util.Duration;

/**
 * Puts each place into the state its screenshot shows, through the places' own model commands:
 * training image 0 selected, the tutorial network in the builder, a short finished training run, a
 * drawn 7, the most confused pair of an evaluation. Each future completes once the place is ready
 * to be captured.
 */
final class ScreenshotStates {
  /** A "7" as a person draws it on the pad: a top bar and a long diagonal with a slight bend. */
  private static final List<PadStroke> SEVEN =
      List.of(
          PadStroke.through(
              0.30f, 0.24f, 0.50f, 0.235f, 0.70f, 0.24f, 0.64f, 0.40f, 0.56f, 0.58f, 0.50f, 0.78f));

  /** How long into the run the weights picture is taken. */
  private static final double WEIGHTS_AFTER_SECONDS = 3;

  private final AppDriver app;
  private MyDigitsShot myDigitsShot;

  ScreenshotStates(AppDriver app) {
    this.app = app;
  }

  /** Nothing to wait for. */
  static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

  /** Training image 0 (a 5) selected, its pixel values shown; completes once it is drawn. */
  CompletableFuture<Void> firstDigit() {
    DatasetModel dataset = app.dataset();
    CompletableFuture<Void> ready = new CompletableFuture<>();
    whenPresent(
        state().datasetProperty(),
        () -> {
          dataset.splitProperty().set(Split.TRAIN);
          dataset.filterBy(DatasetModel.ALL_LABELS);
          dataset.select(0);
          whenPresent(
              dataset.statisticsProperty(),
              // One more pulse so the canvases have drawn what was just set.
              () -> app.context().fx().execute(() -> ready.complete(null)));
        });
    return ready;
  }

  /** The tutorial's network and recipe, ready at once. */
  CompletableFuture<Void> tutorial() {
    app.network().applyPreset(NetworkPreset.TUTORIAL);
    return CompletableFuture.completedFuture(null);
  }

  /** A quick run of the tutorial network, 2 epochs, ready when it has finished and is drawn. */
  CompletableFuture<Void> shortRun() {
    TrainingModel training = app.training();
    CompletableFuture<Void> ready = new CompletableFuture<>();
    whenTrue(
        training.canStartProperty(),
        () -> {
          training.quickRunProperty().set(true);
          training
              .startWith(NetworkSpec.tutorial(), state().draftConfigProperty().get().withEpochs(2))
              .whenComplete((result, error) -> afterLayout(ready));
        });
    return ready;
  }

  /** A 7 drawn with the trained network answering; completes once the answer is shown. */
  CompletableFuture<Void> drawnSeven() {
    PredictModel predict = app.predict();
    CompletableFuture<Void> ready = new CompletableFuture<>();
    // Started before the bundled model has loaded: draw as soon as there is a network.
    whenPresent(
        state().modelProperty(),
        () -> {
          predict.untrainedProperty().set(false);
          predict.clear();
          predict.addStrokes(SEVEN);
          predict.whenSettled().whenComplete((done, error) -> ready.complete(null));
        });
    return ready;
  }

  /**
   * Evaluates the current network on the whole test set, then opens the most confused pair and its
   * first digit; completes once that is laid out and drawn.
   */
  CompletableFuture<Void> mostConfused() {
    CompletableFuture<Void> loaded = new CompletableFuture<>();
    whenPresent(
        state().datasetProperty(),
        () -> whenPresent(state().modelProperty(), () -> loaded.complete(null)));
    return loaded
        .thenComposeAsync(ignored -> app.evaluate().evaluate(), app.context().fx())
        .thenComposeAsync(ignored -> app.evaluate().showMostConfused(), app.context().fx())
        .thenRunAsync(
            () -> {
              Parent root = app.scene().getRoot();
              root.applyCss();
              root.layout();
            },
            app.context().fx());
  }

  /** The drawn 7's forward pass, stage by stage, following the Predict pad. */
  CompletableFuture<Void> forwardPass() {
    InspectModel inspect = app.inspect();
    inspect.weightsChosenProperty().set(false);
    inspect.byLayerProperty().set(false);
    return drawnSeven()
        .thenComposeAsync(
            drawn -> {
              inspect.followPad();
              return inspect.whenSettled();
            },
            app.context().fx())
        // The first layer's W·x + b chosen: its formula over the strip.
        .thenRunAsync(() -> inspect.select(3), app.context().fx());
  }

  /**
   * The first layer's weights a few seconds into training a fresh tutorial network on all 60,000
   * images: the tiles are turning from noise into strokes. Taken while the run goes on.
   */
  CompletableFuture<Void> weightsWhileTraining() {
    app.inspect().weightsChosenProperty().set(true);
    TrainingModel training = app.training();
    CompletableFuture<Void> ready = new CompletableFuture<>();
    whenTrue(
        training.canStartProperty(),
        () -> {
          training.quickRunProperty().set(false);
          training.startWith(
              NetworkSpec.tutorial(), state().draftConfigProperty().get().withEpochs(20));
          PauseTransition midRun = new PauseTransition(Duration.seconds(WEIGHTS_AFTER_SECONDS));
          midRun.setOnFinished(event -> ready.complete(null));
          midRun.play();
        });
    return ready;
  }

  /**
   * A drawn 7 with "why this answer" on: which pixels pushed towards the 7 and which against, and
   * the eight training digits nearest to the drawing.
   */
  CompletableFuture<Void> whyThisAnswer() {
    WhyModel why = app.why();
    why.explainedClassProperty().set(WhyModel.THE_ANSWER);
    return drawnSeven()
        .thenComposeAsync(
            drawn -> {
              why.shownProperty().set(true);
              return why.whenSettled();
            },
            app.context().fx())
        .thenComposeAsync(settled -> whenNearestShown(why), app.context().fx());
  }

  private CompletableFuture<Void> whenNearestShown(WhyModel why) {
    CompletableFuture<Void> shown = new CompletableFuture<>();
    whenPresent(why.nearestProperty(), () -> shown.complete(null));
    return shown;
  }

  /** Puts "why" away again, so the app is left as it was found. */
  CompletableFuture<Void> whyOff() {
    app.why().shownProperty().set(false);
    return DONE;
  }

  /**
   * The first bundled lesson, "A network that has not learned yet", at its second step: the drawn 7
   * answered by the same layers with random weights (near-flat bars), the prompt across the top.
   */
  CompletableFuture<Void> untrainedLesson() {
    LessonsModel lessons = app.lessons();
    CompletableFuture<Void> ready = new CompletableFuture<>();
    whenTrue(
        Bindings.isNotEmpty(lessons.bundled()),
        () -> {
          lessons.start(lessons.bundled().get(0));
          whenPresent(
              lessons.busyProperty(),
              Boolean.FALSE,
              () -> {
                lessons.next();
                whenPresent(
                    lessons.busyProperty(),
                    Boolean.FALSE,
                    () ->
                        app.predict()
                            .whenSettled()
                            .whenComplete((done, error) -> afterLayout(ready)));
              });
        });
    return ready;
  }

  /**
   * Two quick one-epoch runs, the tutorial's sigmoid network and the same with ReLU, compared on
   * Train (their test accuracy overlaid) with each one's answer for a drawn 7.
   */
  CompletableFuture<Void> sigmoidVersusRelu() {
    TrainingModel training = app.training();
    TrainingConfig config = state().draftConfigProperty().get().withEpochs(2);
    NetworkSpec relu = NetworkSpec.mnist(List.of(LayerSpec.of(256, Activation.RELU)));
    CompletableFuture<Void> ready = new CompletableFuture<>();
    whenTrue(
        training.canStartProperty(),
        () -> {
          training.quickRunProperty().set(true);
          training
              .startWith(NetworkSpec.tutorial(), config)
              .thenComposeAsync(first -> training.startWith(relu, config), app.context().fx())
              .thenComposeAsync(second -> drawnSeven(), app.context().fx())
              .whenCompleteAsync(
                  (done, error) -> {
                    training.compareLatestRuns(2);
                    app.training().history().metricProperty().set(CompareMetric.TEST_ACCURACY);
                    afterLayout(ready);
                  },
                  app.context().fx());
        });
    return ready;
  }

  /** Ends the lesson and puts Predict's trained answer back. */
  CompletableFuture<Void> endLesson() {
    app.lessons().end();
    app.predict().untrainedProperty().set(false);
    return DONE;
  }

  /** Stops the run the weights picture was taken during; completes once it has ended. */
  CompletableFuture<Void> stopTraining() {
    return app.training().stopThen();
  }

  /** Twelve drawn digits added to My digits (in the run's temporary folder), shown in Dataset. */
  CompletableFuture<Void> myDigits() {
    myDigitsShot = new MyDigitsShot(app);
    CompletableFuture<Void> ready = new CompletableFuture<>();
    whenPresent(
        state().modelProperty(),
        () -> myDigitsShot.prepare().whenComplete((done, error) -> ready.complete(null)));
    return ready;
  }

  /** The dataset from before the My digits shot, and a blank pad. */
  CompletableFuture<Void> myDigitsAfter() {
    return myDigitsShot == null ? DONE : myDigitsShot.after();
  }

  private SharedState state() {
    return app.context().state();
  }

  /** Completes once a few pulses have laid out and drawn the charts. */
  private static void afterLayout(CompletableFuture<Void> ready) {
    PauseTransition settle = new PauseTransition(Duration.millis(300));
    settle.setOnFinished(event -> ready.complete(null));
    settle.play();
  }

  private static void whenTrue(ObservableValue<Boolean> value, Runnable action) {
    whenPresent(value, Boolean.TRUE, action);
  }

  /** Runs {@code action} once {@code value} is non-null (at once if it already is). */
  private static void whenPresent(ObservableValue<?> value, Runnable action) {
    whenPresent(value, null, action);
  }

  /** Runs {@code action} once {@code value} is {@code wanted} (or non-null when that is null). */
  private static void whenPresent(ObservableValue<?> value, Object wanted, Runnable action) {
    if (matches(value.getValue(), wanted)) {
      action.run();
      return;
    }
    value.addListener(
        new ChangeListener<Object>() {
          @Override
          public void changed(ObservableValue<?> obs, Object old, Object now) {
            if (matches(now, wanted)) {
              value.removeListener(this);
              action.run();
            }
          }
        });
  }

  private static boolean matches(Object value, Object wanted) {
    return wanted == null ? value != null : wanted.equals(value);
  }
}
