package dev.mnistexplorer.app.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.app.TestContexts;
import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.dataset.FineTuneModel.Phase;
import dev.mnistexplorer.core.TestData;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.data.LabeledImages;
import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.mydigits.MyDigit;
import dev.mnistexplorer.core.mydigits.MyDigitStore;
import dev.mnistexplorer.core.service.ModelService;
import dev.mnistexplorer.core.service.ModelSummary;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Fine-tune on my digits with the real engine (small: 800 images, 3 epochs), no toolkit. */
@DjlTest
@Timeout(180)
class FineTuneModelTest {
  private ModelService models;
  private AppContext context;
  private MyDigitsModel myDigits;
  private FineTuneModel fineTune;

  @BeforeEach
  void setUp() throws IOException {
    models = new ModelService(EngineSettings.defaults());
    context = TestContexts.direct(models, new TestContexts.RecordingNavigator());
    context.state().replaceModel(models.openBundled().join());
    Dataset mnist = TestData.mnist(600, 300);
    context.state().replaceDataset(mnist);
    MyDigitStore store = new MyDigitStore(context.folders().myDigits());
    LabeledImages pupil = TestData.test(1_000).limit(1_000); // a stand-in for a pupil's digits
    for (int i = 980; i < 1_000; i++) {
      store.add(MyDigit.fromUnit(pupil.label(i), pupil.imageUnit(i), List.of()));
    }
    myDigits = new MyDigitsModel(context);
    fineTune = new FineTuneModel(context, myDigits, () -> CompletableFuture.completedFuture(mnist));
  }

  @AfterEach
  void close() {
    models.close();
  }

  @Test
  void itStartsOnlyWhileMyDigitsIsShown() {
    assertThat(fineTune.canStartProperty().get()).isFalse();

    myDigits.show().join();

    assertThat(fineTune.canStartProperty().get()).isTrue();
  }

  @Test
  void aFineTuneMeasuresBeforeAndAfterAndDiscardPutsTheOldWeightsBackExactly() {
    myDigits.show().join();
    float[] digit = context.state().datasetProperty().get().test().imageUnit(0);
    float[] before = models.predict(digit).join();
    ModelSummary summaryBefore = models.current();

    fineTune.start().join();

    assertThat(fineTune.phaseProperty().get())
        .as(fineTune.statusProperty().get())
        .isEqualTo(Phase.DECIDING);
    assertThat(fineTune.beforeProperty().get()).isNotNull();
    assertThat(fineTune.afterProperty().get().personal()).isBetween(0f, 1f);
    assertThat(context.state().trainingProperty().get()).isFalse();
    assertThat(models.predict(digit).join()).isNotEqualTo(before);
    assertThat(
            DatasetText.fineTuneScores(
                fineTune.beforeProperty().get(), fineTune.afterProperty().get()))
        .startsWith("Your digits ")
        .contains(" → ");

    fineTune.discard().join();

    assertThat(fineTune.phaseProperty().get()).isEqualTo(Phase.IDLE);
    assertThat(models.predict(digit).join()).isEqualTo(before);
    assertThat(models.current()).isEqualTo(summaryBefore);
    assertThat(context.state().modelProperty().get()).isEqualTo(summaryBefore);
    assertThat(fineTune.statusProperty().get()).startsWith("Discarded");
  }

  @Test
  void keepingLeavesTheFineTunedNetworkUnsaved() {
    myDigits.show().join();

    fineTune.start().join();
    fineTune.keep();

    assertThat(fineTune.phaseProperty().get()).isEqualTo(Phase.IDLE);
    assertThat(models.current().unsaved()).isTrue();
    assertThat(fineTune.statusProperty().get()).startsWith("Kept");
  }

  @Test
  void stoppingPutsTheOldWeightsBackByItself() {
    myDigits.show().join();
    float[] digit = context.state().datasetProperty().get().test().imageUnit(0);
    float[] before = models.predict(digit).join();

    CompletableFuture<Void> run = fineTune.start();
    fineTune.cancel(); // flagged before the first batch: the loop stops at once
    run.join();

    assertThat(fineTune.phaseProperty().get()).isEqualTo(Phase.IDLE);
    assertThat(fineTune.statusProperty().get()).startsWith("Fine-tune cancelled");
    assertThat(models.predict(digit).join()).isEqualTo(before);
    assertThat(context.state().trainingProperty().get()).isFalse();
  }
}
