package dev.mnistexplorer.app.predict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.app.TestContexts;
import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.DigitInDataset;
import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.data.DatasetLoader;
import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.inspect.Attribution;
import dev.mnistexplorer.core.service.Inspector;
import dev.mnistexplorer.core.service.ModelService;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Why this answer" and the nearest training digits, with the bundled network, no toolkit. */
@DjlTest
class WhyModelTest {
  private static ModelService models;
  private static Dataset mnist;
  private TestContexts.RecordingNavigator navigator;
  private AppContext context;
  private PredictModel predict;
  private WhyModel why;

  @BeforeAll
  static void openBundledModel() throws Exception {
    models = new ModelService(EngineSettings.defaults());
    models.openBundled().join();
    mnist = DatasetLoader.bundledMnist().limit(6000, 100);
  }

  @AfterAll
  static void close() {
    models.close();
  }

  @BeforeEach
  void createModels() {
    navigator = new TestContexts.RecordingNavigator();
    context = TestContexts.direct(models, navigator);
    context.state().replaceModel(models.current());
    context.state().replaceDataset(mnist);
    predict = new PredictModel(context);
    why = new WhyModel(context, predict);
  }

  @Test
  void nothingIsWorkedOutWhileWhyIsOff() {
    drawSettled(SampleDrawings.seven());

    assertThat(why.attributionProperty().get()).isNull();
    assertThat(why.nearestProperty().get()).isEmpty();
  }

  @Test
  void turningWhyOnExplainsTheAnswerPixelByPixel() {
    drawSettled(SampleDrawings.seven());

    why.shownProperty().set(true);
    why.whenSettled().join();

    Attribution answer = why.attributionProperty().get();
    assertThat(answer.classIndex()).isEqualTo(7);
    assertThat(answer.predicted()).isEqualTo(7);
    assertThat(answer.contributions()).hasSize(784);
    assertThat(answer.maxAbsContribution()).isPositive();
    assertThat(answer.total()).isPositive();
    // Blank pixels (0 in the input) never contribute: the map shows what the ink did.
    float[] input = predict.networkInputProperty().get();
    for (int pixel = 0; pixel < input.length; pixel++) {
      if (input[pixel] == 0) {
        assertThat(answer.contributions()[pixel]).isZero();
      }
    }
  }

  @Test
  void choosingAnotherDigitExplainsWhyNotThatDigit() {
    drawSettled(SampleDrawings.seven());
    why.shownProperty().set(true);

    why.explainedClassProperty().set(3);
    why.whenSettled().join();

    Attribution whyNot = why.attributionProperty().get();
    assertThat(whyNot.classIndex()).isEqualTo(3);
    assertThat(whyNot.predicted()).isEqualTo(7);
    assertThat(whyNot.logit()).isLessThan(logitOf(WhyModel.THE_ANSWER));
  }

  @Test
  void theExplanationFollowsEveryStroke() {
    why.shownProperty().set(true);
    predict.beginStroke(0.5, 0.2);
    for (double y = 0.25; y <= 0.8; y += 0.05) {
      predict.extendStroke(0.5, y);
    }
    predict.whenSettled().join();
    why.whenSettled().join();
    float[] explainedInput = predict.networkInputProperty().get();

    assertThat(why.attributionProperty().get().predicted()).isEqualTo(1);
    assertThat(why.nearestProperty().get()).as("not while the pen is down").isEmpty();
    assertThat(explainedInput).isNotNull();
  }

  @Test
  void theNearestTrainingDigitsAppearOnceThePenIsLifted() {
    why.shownProperty().set(true);
    predict.beginStroke(0.5, 0.15);
    predict.extendStroke(0.5, 0.5);
    predict.extendStroke(0.5, 0.85);
    why.whenSettled().join();
    assertThat(why.nearestProperty().get()).isEmpty();

    predict.endStroke();
    why.whenSettled().join();

    List<WhyModel.NearbyDigit> nearest = why.nearestProperty().get();
    assertThat(nearest).hasSize(Inspector.NEAREST_DIGITS);
    assertThat(nearest.get(0).neighbour().distance())
        .isLessThanOrEqualTo(nearest.get(7).neighbour().distance());
    assertThat(nearest.stream().filter(digit -> digit.neighbour().label() == 1).count())
        .isGreaterThanOrEqualTo(6);
    WhyModel.NearbyDigit first = nearest.get(0);
    assertThat(first.unitPixels())
        .containsExactly(mnist.train().imageUnit(first.neighbour().index()));
  }

  @Test
  void aNearestDigitIsShownInTheDatasetPlace() {
    why.shownProperty().set(true);
    drawSettled(SampleDrawings.seven());
    why.whenSettled().join();
    int index = why.nearestProperty().get().get(2).neighbour().index();

    why.browseNearest(2);

    assertThat(context.state().digitToBrowseProperty().get())
        .isEqualTo(new DigitInDataset(false, index));
    assertThat(navigator.shown).containsExactly(Place.DATASET);
  }

  @Test
  void clearingThePadOrTurningWhyOffRemovesTheExplanation() {
    why.shownProperty().set(true);
    drawSettled(SampleDrawings.seven());
    why.whenSettled().join();

    predict.clear();
    why.whenSettled().join();
    assertThat(why.attributionProperty().get()).isNull();
    assertThat(why.nearestProperty().get()).isEmpty();

    drawSettled(SampleDrawings.seven());
    why.whenSettled().join();
    assertThat(why.attributionProperty().get()).isNotNull();
    why.shownProperty().set(false);
    assertThat(why.attributionProperty().get()).isNull();
    assertThat(why.nearestProperty().get()).isEmpty();
  }

  private void drawSettled(List<PadStroke> strokes) {
    predict.addStrokes(strokes);
    predict.whenSettled().join();
    why.whenSettled().join();
  }

  private float logitOf(int explained) {
    why.explainedClassProperty().set(explained);
    why.whenSettled().join();
    return why.attributionProperty().get().logit();
  }
}
