package dev.mnistexplorer.core.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mnistexplorer.core.network.InvalidSpecException;
import dev.mnistexplorer.core.network.Problem;
import dev.mnistexplorer.core.network.Problem.Field;
import org.junit.jupiter.api.Test;

class TrainingConfigTest {

  @Test
  void theTutorialRecipeIsSgdAtPointOneInBatchesOf64ForFiveEpochs() {
    TrainingConfig tutorial = TrainingConfig.tutorial();

    assertThat(tutorial.problems()).isEmpty();
    assertThat(tutorial.optimizer()).isEqualTo(OptimizerKind.SGD);
    assertThat(tutorial.learningRate()).isEqualTo(0.1f);
    assertThat(tutorial.batchSize()).isEqualTo(64);
    assertThat(tutorial.epochs()).isEqualTo(5);
  }

  @Test
  void everyBadFieldIsNamedWithItsValue() {
    TrainingConfig bad =
        TrainingConfig.tutorial()
            .withOptimizer(OptimizerKind.ADAM, 0f)
            .withMomentum(1f)
            .withBatchSize(0)
            .withEpochs(0)
            .withReportEveryBatches(0);

    assertThat(bad.problems())
        .containsExactly(
            "learning rate must be above 0 and at most 100, got 0.0",
            "momentum must be at least 0 and below 1, got 1.0",
            "batch size must be between 1 and 65536, got 0",
            "epochs must be between 1 and 1000, got 0",
            "report interval must be at least 1 batch, got 0");
    assertThatThrownBy(bad::check)
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("; ");
  }

  @Test
  void aNanLearningRateIsRejected() {
    assertThat(TrainingConfig.tutorial().withOptimizer(OptimizerKind.SGD, Float.NaN).problems())
        .singleElement()
        .asString()
        .contains("learning rate");
  }

  @Test
  void withersChangeOnlyTheirField() {
    TrainingConfig changed = TrainingConfig.tutorial().withSeed(9).withAugment(true);

    assertThat(changed)
        .isEqualTo(new TrainingConfig(OptimizerKind.SGD, 0.1f, 0f, 0f, 64, 5, 9, true, 50));
  }

  @Test
  void aSeedThatDoesNotFitInAnIntIsRejectedInsteadOfSilentlyWrapped() {
    long tooBig = Integer.MAX_VALUE + 1L;

    assertThat(TrainingConfig.tutorial().withSeed(tooBig).problems())
        .containsExactly("seed must be between -2147483648 and 2147483647, got 2147483648");
    assertThat(TrainingConfig.tutorial().withSeed(Integer.MIN_VALUE - 1L).problems())
        .singleElement()
        .asString()
        .startsWith("seed must be between");
    assertThat(TrainingConfig.tutorial().withSeed(Integer.MAX_VALUE).problems()).isEmpty();
    assertThat(TrainingConfig.tutorial().withSeed(-7).problems()).isEmpty();
    assertThatThrownBy(TrainingConfig.tutorial().withSeed(tooBig)::check)
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("seed must be between");
  }

  @Test
  void eachProblemNamesItsFieldAndNoLayer() {
    TrainingConfig bad =
        new TrainingConfig(
            OptimizerKind.SGD, 0f, 1f, 2f, 0, 0, Integer.MAX_VALUE + 1L, false, 0, 0f);

    assertThat(bad.validate())
        .extracting(Problem::field)
        .containsExactly(
            Field.LEARNING_RATE,
            Field.MOMENTUM,
            Field.WEIGHT_DECAY,
            Field.BATCH_SIZE,
            Field.EPOCHS,
            Field.LEARNING_RATE_DECAY,
            Field.SEED,
            Field.REPORT_INTERVAL);
    assertThat(bad.validate()).noneMatch(Problem::hasLayer);
    assertThat(bad.validate()).extracting(Problem::text).isEqualTo(bad.problems());
    assertThat(bad.validate().get(2).text())
        .isEqualTo("weight decay must be between 0 and 1, got 2.0");
  }

  @Test
  void noStopTargetByDefaultAndOneWhenSet() {
    assertThat(TrainingConfig.tutorial().hasStopTarget()).isFalse();
    TrainingConfig target = TrainingConfig.tutorial().withStopAt(0.97f, 0);
    assertThat(target.hasStopTarget()).isTrue();
    assertThat(target.problems()).isEmpty();
    assertThat(TrainingConfig.tutorial().withStopAt(0, 3).hasStopTarget()).isTrue();
    // a wither keeps the target
    assertThat(target.withEpochs(9).stopAtAccuracy()).isEqualTo(0.97f);
  }

  @Test
  void aStopTargetOutOfRangeIsNamedAsStopAt() {
    TrainingConfig bad = TrainingConfig.tutorial().withStopAt(1.5f, -1);

    assertThat(bad.validate()).extracting(Problem::field).containsOnly(Field.STOP_AT);
    assertThat(bad.problems())
        .containsExactly(
            "stop-at accuracy must be between 0 % and 100 %, got 150.0 %",
            "patience must be between 0 and 1000 epochs, got -1");
    assertThat(TrainingConfig.tutorial().withStopAt(Float.NaN, 0).problems()).hasSize(1);
  }
}
