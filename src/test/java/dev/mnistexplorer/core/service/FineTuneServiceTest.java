package dev.mnistexplorer.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.core.TestData;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.data.LabeledImages;
import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.mydigits.FineTuneMix;
import dev.mnistexplorer.core.mydigits.MyDigitStore;
import dev.mnistexplorer.core.training.TrainingControl;
import dev.mnistexplorer.core.training.TrainingListener;
import dev.mnistexplorer.core.training.TrainingResult;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A real (small) fine-tune on a mix, and putting the weights back exactly afterwards. */
@DjlTest
@Timeout(120)
class FineTuneServiceTest {
  private static ModelService service;

  @BeforeAll
  static void startEngine() {
    service = new ModelService(EngineSettings.defaults());
    service.openBundled().join();
  }

  @AfterAll
  static void stopEngine() {
    service.close();
  }

  @Test
  void aFineTuneChangesTheWeightsAndRestoringPutsThemBackBitForBit() {
    LabeledImages personal = TestData.test(30); // stands in for a pupil's thirty digits
    float[] digit = personal.imageUnit(0);
    float[] before = service.predict(digit).join();
    ModelSummary summaryBefore = service.current();
    WeightsSnapshot snapshot = service.snapshot().join();

    LabeledImages mix = FineTuneMix.mix(personal, TestData.train(600), 1);
    Dataset data = new Dataset("My digits + MNIST", TestData.digits(), mix, TestData.test(200));
    TrainingResult result =
        service
            .train(
                data,
                FineTuneMix.config(1).withEpochs(1),
                TrainingListener.none(),
                new TrainingControl())
            .join();
    float[] tuned = service.predict(digit).join();
    ModelSummary restored = service.restore(snapshot).join();
    float[] after = service.predict(digit).join();

    assertThat(result.epochs()).hasSize(1);
    assertThat(tuned).isNotEqualTo(before);
    assertThat(service.current().unsaved()).isFalse();
    assertThat(restored).isEqualTo(summaryBefore);
    assertThat(after).isEqualTo(before);
    assertThat(service.evaluate(personal).join().count()).isEqualTo(30);
  }

  @Test
  void anEmptySetIsRefusedInWordsBeforeTraining() {
    Dataset empty = MyDigitStore.dataset(List.of());

    assertThatThrownBy(
            () ->
                service
                    .train(
                        empty,
                        FineTuneMix.config(1),
                        TrainingListener.none(),
                        new TrainingControl())
                    .join())
        .hasMessageContaining("My digits has no digits to train on");
  }
}
