package dev.mnistexplorer.app.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mnistexplorer.app.TestContexts;
import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.DigitInDataset;
import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.app.common.SentDigit;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.data.DatasetLoader;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The browsing model on real MNIST (a subset), without the JavaFX toolkit. */
class DatasetModelTest {
  private static Dataset mnist;
  private TestContexts.RecordingNavigator navigator;
  private AppContext context;
  private DatasetModel model;

  @BeforeAll
  static void loadMnist() throws IOException {
    mnist = DatasetLoader.bundledMnist().limit(2000, 500);
  }

  @BeforeEach
  void setUp() {
    navigator = new TestContexts.RecordingNavigator();
    context = TestContexts.direct(null, navigator);
    context.state().replaceDataset(mnist);
    model = new DatasetModel(context);
  }

  @Test
  void showsTheWholeTrainingSplitWithTheFirstImageSelected() {
    assertThat(model.visibleProperty().get().count()).isEqualTo(2000);
    assertThat(model.selectedProperty().get().index()).isZero();
    assertThat(model.selectedProperty().get().label()).isEqualTo(5);
  }

  @Test
  void filteringByALabelShowsOnlyThatLabel() {
    model.filterBy(3);

    VisibleDigits shown = model.visibleProperty().get();
    assertThat(shown.count()).isPositive().isLessThan(2000);
    for (int position = 0; position < shown.count(); position++) {
      assertThat(shown.label(position)).isEqualTo(3);
    }
    assertThat(model.selectedProperty().get().label()).isEqualTo(3);
  }

  @Test
  void gridPositionsMapToDatasetIndicesAndBack() {
    model.filterBy(7);
    VisibleDigits shown = model.visibleProperty().get();

    int index = shown.datasetIndex(4);
    assertThat(mnist.train().label(index)).isEqualTo(7);
    assertThat(shown.positionOf(index)).isEqualTo(4);
    assertThat(shown.positionOf(0)).isEqualTo(-1); // image 0 is a 5
    model.select(4);
    assertThat(model.selectedProperty().get().index()).isEqualTo(index);
  }

  @Test
  void jumpingToAnIndexSelectsIt() {
    assertThat(model.jumpTo("1,234")).isTrue();

    assertThat(model.selectedProperty().get().index()).isEqualTo(1234);
    assertThat(model.jumpMessageProperty().get()).isEmpty();
  }

  @Test
  void jumpingToAnIndexTheFilterHidesClearsTheFilter() {
    model.filterBy(3);

    model.jumpTo("0");

    assertThat(model.labelFilterProperty().get()).isEqualTo(DatasetModel.ALL_LABELS);
    assertThat(model.selectedProperty().get().index()).isZero();
  }

  @Test
  void jumpingOutsideTheSplitSaysWhyAndKeepsTheSelection() {
    model.select(10);

    assertThat(model.jumpTo("2000")).isFalse();
    assertThat(model.jumpMessageProperty().get()).contains("0 to 1,999");
    assertThat(model.jumpTo("seven")).isFalse();
    assertThat(model.jumpMessageProperty().get()).contains("not a whole number");
    assertThat(model.selectedProperty().get().index()).isEqualTo(10);
  }

  @Test
  void switchingToTheTestSplitShowsTestImages() {
    model.splitProperty().set(Split.TEST);

    assertThat(model.visibleProperty().get().images()).isSameAs(mnist.test());
    assertThat(model.visibleProperty().get().count()).isEqualTo(500);
    assertThat(model.selectedProperty().get().split()).isEqualTo(Split.TEST);
    assertThat(model.selectedProperty().get().label()).isEqualTo(mnist.test().label(0));
  }

  @Test
  void movingTheSelectionStopsAtTheEnds() {
    model.moveSelection(-5);
    assertThat(model.selectedPositionProperty().get()).isZero();
    model.moveSelection(5000);
    assertThat(model.selectedPositionProperty().get()).isEqualTo(1999);
  }

  @Test
  void normalisedValueOfAKnownPixelFollowsTheTutorialsNormalize() {
    SelectedDigit five = model.selectedProperty().get();
    int pixel = 5 * 28 + 13; // row 5 of training image 0 reads 3, 18, 18, 18, 126 …

    assertThat(five.raw()[pixel]).isEqualTo(18);
    assertThat(five.normalised(pixel)).isCloseTo((18 / 255f - 0.5f) / 0.5f, within(1e-6f));
    assertThat(five.normalised(0)).isEqualTo(-1f);
    assertThat(five.shapeText()).isEqualTo("(1, 28, 28) → flatten → (784,)");
  }

  @Test
  void classCountsSumToTheSplitSize() {
    ClassStatistics stats = model.statisticsProperty().get();

    assertThat(stats.counts()).hasSize(10);
    assertThat(stats.total()).isEqualTo(2000);
    model.splitProperty().set(Split.TEST);
    assertThat(model.statisticsProperty().get().total()).isEqualTo(500);
  }

  @Test
  void meanImageOfAClassIsThePixelwiseAverageOfItsImages() {
    float[] meanOfOnes = model.statisticsProperty().get().means()[1];
    int centre = 14 * 28 + 14;
    double sum = 0;
    int count = 0;
    for (int i = 0; i < mnist.train().count(); i++) {
      if (mnist.train().label(i) == 1) {
        sum += mnist.train().imageValues(i)[centre] / 255.0;
        count++;
      }
    }

    assertThat(meanOfOnes[centre]).isCloseTo((float) (sum / count), within(1e-5f));
    assertThat(meanOfOnes[centre]).isGreaterThan(0.5f); // a 1 is a stroke through the middle
    assertThat(meanOfOnes[0]).isZero();
  }

  @Test
  void sendToPredictSetsTheSharedDigitAndShowsPredict() {
    model.splitProperty().set(Split.TEST);
    model.jumpTo("123");

    model.sendToPredict();

    SentDigit sent = context.state().digitForPredictProperty().get();
    assertThat(sent.source()).isEqualTo("MNIST test #123");
    assertThat(sent.label()).isEqualTo(mnist.test().label(123));
    assertThat(sent.pixels()).hasSize(784).containsExactly(mnist.test().imageUnit(123));
    assertThat(navigator.shown).containsExactly(Place.PREDICT);
  }

  @Test
  void sendToInspectSetsTheSharedDigitAndShowsInspect() {
    model.splitProperty().set(Split.TEST);
    model.jumpTo("12");

    model.sendToInspect();

    SentDigit sent = context.state().digitForInspectProperty().get();
    assertThat(sent.source()).isEqualTo("MNIST test #12");
    assertThat(sent.label()).isEqualTo(mnist.test().label(12));
    assertThat(sent.pixels()).containsExactly(mnist.test().imageUnit(12));
    assertThat(navigator.shown).containsExactly(Place.INSPECT);
  }

  @Test
  void aDigitAnotherPlaceAsksForIsShownInItsSplitWithTheFilterCleared() {
    model.splitProperty().set(Split.TEST);
    model.filterBy(3);

    context.state().browse(new DigitInDataset(false, 1234));

    assertThat(model.splitProperty().get()).isEqualTo(Split.TRAIN);
    assertThat(model.labelFilterProperty().get()).isEqualTo(DatasetModel.ALL_LABELS);
    assertThat(model.selectedPositionProperty().get()).isEqualTo(1234);
    assertThat(model.selectedProperty().get().index()).isEqualTo(1234);

    context.state().browse(new DigitInDataset(true, 77));

    assertThat(model.splitProperty().get()).isEqualTo(Split.TEST);
    assertThat(model.selectedProperty().get().index()).isEqualTo(77);
    assertThat(model.selectedProperty().get().label()).isEqualTo(mnist.test().label(77));
  }

  @Test
  void askingForTheSameDigitAgainSelectsItAgain() {
    context.state().browse(new DigitInDataset(false, 42));
    model.select(3);

    context.state().browse(new DigitInDataset(false, 42));

    assertThat(model.selectedProperty().get().index()).isEqualTo(42);
  }

  @Test
  void noDatasetMeansNothingShownUntilOneArrives() {
    context.state().replaceDataset(null);
    assertThat(model.visibleProperty().get()).isNull();
    assertThat(model.selectedProperty().get()).isNull();

    context.state().replaceDataset(mnist);
    assertThat(model.selectedProperty().get().index()).isZero();
  }

  @Test
  void compactNormalisedTextFitsASmallSquare() {
    assertThat(PixelCells.compact(-1f)).isEqualTo("-1");
    assertThat(PixelCells.compact(1f)).isEqualTo("1");
    assertThat(PixelCells.compact(-0.46f)).isEqualTo("-.5");
    assertThat(PixelCells.compact(0.02f)).isEqualTo("0");
    assertThat(PixelCells.compact(0.86f)).isEqualTo(".9");
  }
}
