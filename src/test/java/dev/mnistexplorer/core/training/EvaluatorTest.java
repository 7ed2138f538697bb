package dev.mnistexplorer.core.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.core.TestData;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.service.ModelService;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class EvaluatorTest {

  private static float[] logOf(float... probabilities) {
    float[] logs = new float[probabilities.length];
    for (int i = 0; i < logs.length; i++) {
      logs[i] = (float) Math.log(probabilities[i]);
    }
    return logs;
  }

  @Test
  void summaryCountsTheConfusionMatrixLossAndMistakesFromLogProbabilities() {
    // Four images, three classes: two right, two wrong.
    float[] rows =
        concat(
            logOf(0.7f, 0.2f, 0.1f), // label 0, predicted 0
            logOf(0.1f, 0.6f, 0.3f), // label 1, predicted 1
            logOf(0.5f, 0.4f, 0.1f), // label 1, predicted 0
            logOf(0.2f, 0.5f, 0.3f)); // label 2, predicted 1
    long[] labels = {0, 1, 1, 2};

    Evaluation evaluation = Evaluator.summarise(rows, labels, 3, 0);

    assertThat(evaluation.count()).isEqualTo(4);
    assertThat(evaluation.accuracy()).isEqualTo(0.5f);
    assertThat(evaluation.confusion()).isDeepEqualTo(new int[][] {{1, 0, 0}, {1, 1, 0}, {0, 1, 0}});
    assertThat(evaluation.perClassAccuracy()).containsExactly(1f, 0.5f, 0f);
    double expectedLoss = -(Math.log(0.7) + Math.log(0.6) + Math.log(0.4) + Math.log(0.3)) / 4;
    assertThat((double) evaluation.loss()).isCloseTo(expectedLoss, within(1e-5));
    assertThat(evaluation.misclassified())
        .extracting(m -> m.index() + ":" + m.label() + "->" + m.predicted())
        .containsExactly("2:1->0", "3:2->1");
    assertThat(evaluation.misclassified().get(0).probabilities())
        .containsExactly(new float[] {0.5f, 0.4f, 0.1f}, within(1e-6f));
  }

  @Test
  void aClassWithNoImagesHasNoAccuracyRatherThanZero() {
    Evaluation evaluation = Evaluator.summarise(logOf(0.9f, 0.1f), new long[] {0}, 2, 0);

    assertThat(evaluation.perClassAccuracy()[0]).isEqualTo(1f);
    assertThat(evaluation.perClassAccuracy()[1]).isNaN();
  }

  @DjlTest
  @Test
  @Timeout(120)
  void aRealEvaluationIsConsistentWithItselfAndWithTheTrainingRun() {
    Dataset data = TestData.mnist(2_000, 1_000);
    try (ModelService service = new ModelService(EngineSettings.defaults())) {
      service.createNew(NetworkSpec.tutorial(), TestData.digits(), 0).join();
      TrainingResult run =
          service
              .train(
                  data,
                  TrainingConfig.tutorial().withOptimizer(OptimizerKind.ADAM, 0.001f).withEpochs(1),
                  TrainingListener.none(),
                  new TrainingControl())
              .join();

      Evaluation evaluation = service.evaluate(data.test()).join();

      int total = Arrays.stream(evaluation.confusion()).flatMapToInt(Arrays::stream).sum();
      int diagonal = 0;
      for (int k = 0; k < 10; k++) {
        diagonal += evaluation.confusion()[k][k];
        int rowTotal = Arrays.stream(evaluation.confusion()[k]).sum();
        assertThat(evaluation.perClassAccuracy()[k])
            .isEqualTo((float) evaluation.confusion()[k][k] / rowTotal);
      }
      assertThat(evaluation.count()).isEqualTo(1_000);
      assertThat(total).isEqualTo(1_000);
      assertThat(evaluation.accuracy()).isEqualTo(diagonal / 1000f);
      assertThat(evaluation.misclassified()).hasSize(1_000 - diagonal);
      assertThat(evaluation.misclassified())
          .allSatisfy(
              wrong -> {
                assertThat(wrong.predicted()).isNotEqualTo(wrong.label());
                assertThat(wrong.label()).isEqualTo(data.test().label(wrong.index()));
                assertThat(argMax(wrong.probabilities())).isEqualTo(wrong.predicted());
              });
      assertThat(evaluation.accuracy()).isEqualTo(run.testAccuracy());
      assertThat(evaluation.loss()).isEqualTo(run.epochs().get(0).testLoss());
      // Measured 0.699 (Adam, one epoch on 2,000 images); chance is 0.1.
      assertThat(evaluation.accuracy()).isGreaterThan(0.5f);
    }
  }

  private static int argMax(float[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return best;
  }

  private static float[] concat(float[]... rows) {
    float[] all = new float[rows.length * rows[0].length];
    for (int i = 0; i < rows.length; i++) {
      System.arraycopy(rows[i], 0, all, i * rows[0].length, rows[0].length);
    }
    return all;
  }
}
