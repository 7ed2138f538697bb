package dev.mnistexplorer.core.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.core.training.StopReason.Rule;
import org.junit.jupiter.api.Test;

class StopTargetTest {

  @Test
  void reachingTheAccuracyTargetGivesThatRuleWithTheNumbersItFiredOn() {
    StopTarget target = new StopTarget(TrainingConfig.tutorial().withStopAt(0.9f, 3));

    assertThat(target.afterEpoch(0.85f)).isNull();
    assertThat(target.afterEpoch(0.9f))
        .isEqualTo(new StopReason(Rule.ACCURACY_REACHED, 0.9f, 0.9f, 0.9f, 3));
  }

  @Test
  void patienceEpochsWithoutABetterAccuracyGiveThatRuleWithTheBestSoFar() {
    StopTarget patience = new StopTarget(TrainingConfig.tutorial().withStopAt(0, 2));

    assertThat(patience.afterEpoch(0.80f)).isNull();
    assertThat(patience.afterEpoch(0.85f)).isNull();
    assertThat(patience.afterEpoch(0.84f)).isNull();
    assertThat(patience.afterEpoch(0.85f))
        .isEqualTo(new StopReason(Rule.NO_BETTER_ACCURACY, 0.85f, 0.85f, 0f, 2));
  }

  @Test
  void withoutATargetNoEpochStopsTheRun() {
    StopTarget none = new StopTarget(TrainingConfig.tutorial());

    assertThat(none.afterEpoch(1f)).isNull();
    assertThat(none.afterEpoch(0f)).isNull();
    assertThat(none.afterEpoch(0f)).isNull();
  }

  @Test
  void theEnglishSentenceIsTheOneTheCommandLineAndOldRunFilesHold() {
    assertThat(new StopReason(Rule.ACCURACY_REACHED, 0.9023f, 0.9023f, 0.9f, 0).sentence())
        .isEqualTo("test accuracy 90.2 % ≥ 90 %");
    assertThat(new StopReason(Rule.NO_BETTER_ACCURACY, 0.84f, 0.85f, 0f, 2).sentence())
        .isEqualTo("no better test accuracy for 2 epochs (best 85 %)");
    assertThat(new StopReason(Rule.NO_BETTER_ACCURACY, 0.84f, 0.9712f, 0f, 1).sentence())
        .isEqualTo("no better test accuracy for 1 epoch (best 97.1 %)");
  }

  @Test
  void theTargetReadsWithOneDecimalWhereItMatters() {
    assertThat(StopReason.percent(0.9712f)).isEqualTo("97.1 %");
    assertThat(StopReason.percent(0.97f)).isEqualTo("97 %");
  }
}
