package dev.mnistexplorer.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.data.LabeledImages;
import dev.mnistexplorer.core.history.RunRecord;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.training.StopReason;
import dev.mnistexplorer.core.training.StopReason.Rule;
import dev.mnistexplorer.core.training.TrainingConfig;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The Training place's words and numbers, without the toolkit. */
class TrainingTextTest {

  /** A dataset of {@code train} one-pixel training images (the texts only count them). */
  private static Dataset dataset(String name, int train) {
    return new Dataset(
        name,
        List.of("0", "1"),
        new LabeledImages("train", 1, 1, new byte[train], new byte[train]),
        new LabeledImages("test", 1, 1, new byte[10], new byte[10]));
  }

  @Test
  void numbersAreWrittenEnglishStyle() {
    assertThat(TrainingText.percent(0.9123)).isEqualTo("91.23 %");
    assertThat(TrainingText.count(60_000)).isEqualTo("60,000");
    assertThat(TrainingText.loss(0.5)).isEqualTo("0.5000");
    assertThat(TrainingText.loss(2.302585)).isEqualTo("2.3026");
  }

  @Test
  void theOverallPercentageIsAWholeNumber() {
    assertThat(TrainingText.overallPercent(0)).isEqualTo("0 %");
    assertThat(TrainingText.overallPercent(0.424)).isEqualTo("42 %");
    assertThat(TrainingText.overallPercent(1)).isEqualTo("100 %");
  }

  @Test
  void durationsShowHoursOnlyWhenThereAreAny() {
    assertThat(TrainingText.duration(42)).isEqualTo("0:42");
    assertThat(TrainingText.duration(59.6)).isEqualTo("1:00");
    assertThat(TrainingText.duration(3725)).isEqualTo("1:02:05");
    assertThat(TrainingText.duration(-3)).isEqualTo("0:00");
  }

  @Test
  void thePlanSaysTheNetworkTheOptimizerAndTheEpochs() {
    assertThat(TrainingText.plan(NetworkSpec.tutorial(), TrainingConfig.tutorial()))
        .isEqualTo("784-256-10 sigmoid  ·  SGD, learning rate 0.1, batch 64  ·  5 epochs");
    assertThat(TrainingText.plan(NetworkSpec.tutorial(), TrainingConfig.tutorial().withEpochs(1)))
        .endsWith("·  1 epoch");
    assertThat(TrainingText.plan(null, TrainingConfig.tutorial())).isEmpty();
    assertThat(TrainingText.plan(NetworkSpec.tutorial(), null)).isEmpty();
  }

  @Test
  void joinedLeavesOutBlankParts() {
    assertThat(TrainingText.joined("a", "", null, " ", "b")).isEqualTo("a   ·   b");
    assertThat(TrainingText.joined()).isEmpty();
  }

  @Test
  void theProgressDetailsEndWithTheDevice() {
    assertThat(TrainingText.progressDetails("about 0:42 left", "", "10,000 training images", "CPU"))
        .isEqualTo("about 0:42 left   ·   10,000 training images   ·   Device: CPU");
    assertThat(TrainingText.progressDetails("Not started", "", "", "GPU 0"))
        .isEqualTo("Not started   ·   Device: GPU 0");
  }

  @Test
  void thePauseButtonOffersResumeOnlyWhilePaused() {
    assertThat(TrainingText.pauseButton(RunPhase.PAUSED)).isEqualTo("_Resume");
    assertThat(TrainingText.pauseButton(RunPhase.RUNNING)).isEqualTo("_Pause");
    assertThat(TrainingText.pauseButton(RunPhase.IDLE)).isEqualTo("_Pause");
  }

  @Test
  void theQuickRunChoiceNeverPromisesMoreImagesThanTheDatasetHas() {
    assertThat(TrainingText.quickRunChoice(null, 10_000))
        .isEqualTo("Quick run: first 10,000 images");
    assertThat(TrainingText.quickRunChoice(dataset("MNIST", 60_000), 10_000))
        .isEqualTo("Quick run: first 10,000 images");
    assertThat(TrainingText.quickRunChoice(dataset("MNIST", 2_000), 10_000))
        .isEqualTo("Quick run: first 2,000 images");
    assertThat(TrainingText.quickRunTip(10_000))
        .isEqualTo(
            "Train on the first 10,000 images only: a demo in seconds (the test set stays"
                + " complete)");
  }

  @Test
  void theFullSetChoiceNamesTheDataset() {
    assertThat(TrainingText.fullSetChoice(null)).isEqualTo("Full training set");
    assertThat(TrainingText.fullSetChoice(dataset("Fashion-MNIST", 60_000)))
        .isEqualTo("Full set: 60,000 Fashion-MNIST images");
  }

  @Test
  void aRunFileNamesItsDataInOneWayAndEachLanguageReadsIt() {
    String stored = RunHistoryText.storedDataset("MNIST", 60_000);
    try {
      I18n.useLocale(Locale.GERMAN);
      assertThat(RunHistoryText.storedDataset("MNIST", 60_000)).isEqualTo(stored);
      assertThat(RunHistoryText.dataset(stored)).isEqualTo("MNIST · 60.000 Bilder");
    } finally {
      I18n.useLocale(Locale.ENGLISH);
    }
    assertThat(stored).isEqualTo("MNIST · 60,000 images");
    assertThat(RunHistoryText.dataset(stored)).isEqualTo(stored);
    assertThat(RunHistoryText.dataset("written by hand")).isEqualTo("written by hand");
  }

  @Test
  void aStopAtTargetIsToldInTheUisLanguageFromCoresReason() {
    StopReason reached = new StopReason(Rule.ACCURACY_REACHED, 0.8023f, 0.8023f, 0.8f, 2);
    StopReason noBetter = new StopReason(Rule.NO_BETTER_ACCURACY, 0.93f, 0.95f, 0.99f, 2);
    StopReason noBetterOne = new StopReason(Rule.NO_BETTER_ACCURACY, 0.93f, 0.95f, 0f, 1);

    assertThat(StopReasonText.of(reached)).isEqualTo("test accuracy 80.23 % ≥ 80.00 %");
    assertThat(StopReasonText.of(noBetter))
        .isEqualTo("no better test accuracy for 2 epochs (best 95.00 %)");
    assertThat(StopReasonText.of(noBetterOne))
        .isEqualTo("no better test accuracy for 1 epoch (best 95.00 %)");
    try {
      I18n.useLocale(Locale.GERMAN);
      assertThat(StopReasonText.of(reached)).isEqualTo("Testgenauigkeit 80,23 % ≥ 80,00 %");
      assertThat(StopReasonText.of(noBetter))
          .isEqualTo("2 Epochen lang keine bessere Testgenauigkeit (beste 95,00 %)");
    } finally {
      I18n.useLocale(Locale.ENGLISH);
    }
  }

  @Test
  void aRunsTooltipWordsItsStopReasonInTheUisLanguageAndWithoutOneKeepsTheFilesWords() {
    // core.history's test runs, not this package's RunRecords (which makes records of real runs)
    RunRecord run = dev.mnistexplorer.core.history.RunRecords.sample("a", Instant.EPOCH);
    RunRecord unreadable = dev.mnistexplorer.core.history.RunRecords.withStopReason(run, null);
    try {
      I18n.useLocale(Locale.GERMAN);
      assertThat(RunHistoryText.details(run)).contains("(Testgenauigkeit 97,12 % ≥ 97,00 %)");
      assertThat(RunHistoryText.details(unreadable)).contains("(test accuracy 97.1 % ≥ 97 %)");
    } finally {
      I18n.useLocale(Locale.ENGLISH);
    }
  }
}
