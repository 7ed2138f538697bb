package dev.mnistexplorer.core.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.core.TestData;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.network.Activation;
import dev.mnistexplorer.core.network.InvalidSpecException;
import dev.mnistexplorer.core.network.LayerSpec;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.service.ModelService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * How a real training run (libtorch, CPU) ends before or instead of its last epoch: cancelled,
 * paused and resumed, diverged, refused before it starts, or stopped at its "stop at" target.
 */
@DjlTest
@Timeout(120)
class TrainingLoopEndingTest {
  private static ModelService service;

  @BeforeAll
  static void startEngine() {
    service = new ModelService(EngineSettings.defaults());
    service.start().join();
  }

  @AfterAll
  static void stopEngine() {
    service.close();
  }

  @Test
  void cancellingFromAProgressReportStopsWithinOneBatch() {
    Dataset data = TestData.mnist(3_200, 200); // 50 batches of 64
    service.createNew(NetworkSpec.tutorial(), TestData.digits(), 0).join();
    TrainingControl control = new TrainingControl();
    AtomicInteger reports = new AtomicInteger();
    AtomicInteger reportsAtCancel = new AtomicInteger(-1);
    TrainingListener cancelAtBatch10 =
        new TrainingListener() {
          @Override
          public void progress(BatchProgress progress) {
            int seen = reports.incrementAndGet();
            if (progress.batch() == 10) {
              control.cancel();
              reportsAtCancel.set(seen);
            }
          }
        };

    TrainingResult result =
        service
            .train(
                data,
                TrainingConfig.tutorial().withEpochs(2).withReportEveryBatches(1),
                cancelAtBatch10,
                control)
            .join();

    assertThat(reportsAtCancel.get()).isEqualTo(10);
    assertThat(reports.get()).isBetween(10, 11);
    assertThat(result.cancelled()).isTrue();
    assertThat(result.epochs()).isEmpty();
    assertThat(service.isTraining()).isFalse();
  }

  @Test
  void aPausedRunWaitsAndFinishesOnceResumedFromAnotherThread() throws Exception {
    Dataset data = TestData.mnist(1_280, 200); // 20 batches of 64
    service.createNew(NetworkSpec.tutorial(), TestData.digits(), 0).join();
    TrainingControl control = new TrainingControl();
    AtomicInteger reports = new AtomicInteger();
    CountDownLatch paused = new CountDownLatch(1);
    TrainingListener pauseAtBatch5 =
        new TrainingListener() {
          @Override
          public void progress(BatchProgress progress) {
            reports.incrementAndGet();
            if (progress.epoch() == 1 && progress.batch() == 5) {
              control.pause();
              paused.countDown();
            }
          }
        };

    CompletableFuture<TrainingResult> run =
        service.train(
            data,
            TrainingConfig.tutorial().withEpochs(2).withReportEveryBatches(1),
            pauseAtBatch5,
            control);
    assertThat(paused.await(60, TimeUnit.SECONDS)).isTrue();
    Thread.sleep(300);
    int reportsWhilePaused = reports.get();
    boolean doneWhilePaused = run.isDone();
    control.resume();
    TrainingResult result = run.get(60, TimeUnit.SECONDS);

    assertThat(reportsWhilePaused).isEqualTo(5);
    assertThat(doneWhilePaused).isFalse();
    assertThat(result.cancelled()).isFalse();
    assertThat(result.epochs()).hasSize(2);
    assertThat(reports.get()).isEqualTo(40);
  }

  @Test
  void aDivergingRunThrowsNamingTheBatchAndRestoresTheWeights() {
    NetworkSpec deepLinear =
        NetworkSpec.mnist(
            List.of(LayerSpec.of(64, Activation.IDENTITY), LayerSpec.of(64, Activation.IDENTITY)));
    service.createNew(deepLinear, TestData.digits(), 0).join();
    List<float[]> before = predictions(3);
    TrainingConfig tooFast =
        TrainingConfig.tutorial()
            .withOptimizer(OptimizerKind.SGD, 100f)
            .withEpochs(1)
            .withReportEveryBatches(1);

    CompletableFuture<TrainingResult> run =
        service.train(
            TestData.mnist(1_280, 100), tooFast, TrainingListener.none(), new TrainingControl());

    assertThatThrownBy(run::join)
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOf(TrainingDivergedException.class)
        .hasMessageMatching(
            "the loss became (NaN|infinite) at epoch 1, batch \\d+: lower the learning rate");
    assertThat(predictions(3)).containsExactlyElementsOf(before);
    assertThat(service.current().metadata().isTrained()).isFalse();
    assertThat(service.isTraining()).isFalse();
  }

  @Test
  void theDivergedBatchIsPinnedExactlyEvenWhenLossesAreReadBackRarely() {
    NetworkSpec deepLinear =
        NetworkSpec.mnist(
            List.of(LayerSpec.of(64, Activation.IDENTITY), LayerSpec.of(64, Activation.IDENTITY)));
    TrainingConfig tooFast =
        TrainingConfig.tutorial().withOptimizer(OptimizerKind.SGD, 100f).withEpochs(1);

    TrainingDivergedException everyBatch =
        divergence(deepLinear, tooFast.withReportEveryBatches(1));
    TrainingDivergedException rarely = divergence(deepLinear, tooFast.withReportEveryBatches(50));

    assertThat(everyBatch.epoch()).isEqualTo(1);
    assertThat(everyBatch.batch()).isBetween(2, 20);
    assertThat(rarely.batch()).isEqualTo(everyBatch.batch());
  }

  private static TrainingDivergedException divergence(NetworkSpec spec, TrainingConfig config) {
    service.createNew(spec, TestData.digits(), 0).join();
    CompletableFuture<TrainingResult> run =
        service.train(
            TestData.mnist(1_280, 100), config, TrainingListener.none(), new TrainingControl());
    try {
      run.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof TrainingDivergedException diverged) {
        return diverged;
      }
      throw e;
    }
    throw new AssertionError("the run did not diverge");
  }

  @Test
  void aLearningRateAboveTheLimitIsRejectedBeforeTraining() {
    service.createNew(NetworkSpec.tutorial(), TestData.digits(), 0).join();
    TrainingConfig config = TrainingConfig.tutorial().withOptimizer(OptimizerKind.SGD, 1e6f);

    assertThatThrownBy(
            () ->
                service
                    .train(
                        TestData.mnist(640, 100),
                        config,
                        TrainingListener.none(),
                        new TrainingControl())
                    .join())
        .cause()
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("learning rate");
  }

  private static List<float[]> predictions(int count) {
    List<float[]> result = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      result.add(service.predict(TestData.test(count).imageUnit(i)).join());
    }
    return result;
  }

  @Test
  void aRunEndsByItselfOnceItsTestAccuracyReachesTheTarget() {
    // 10% is what a network guessing one class scores: the first epoch of real training beats it.
    Dataset data = TestData.mnist(640, 200);
    service.createNew(NetworkSpec.tutorial(), TestData.digits(), 0).join();
    TrainingConfig config = TrainingConfig.tutorial().withEpochs(5).withStopAt(0.10f, 0);

    TrainingResult result =
        service.train(data, config, TrainingListener.none(), new TrainingControl()).join();

    assertThat(result.epochs()).hasSize(1);
    assertThat(result.cancelled()).isFalse();
    assertThat(result.stopReason().rule()).isEqualTo(StopReason.Rule.ACCURACY_REACHED);
    assertThat(result.stopReason().testAccuracy()).isEqualTo(result.testAccuracy());
    assertThat(result.stopReason().target()).isEqualTo(0.10f);
  }

  @Test
  void aRunWithPatienceOneEndsAtTheFirstEpochThatIsNoBetter() {
    // A learning rate so small the accuracy cannot climb epoch after epoch for long: the run ends
    // before its 20 epochs, right after an epoch no better than the best before it.
    Dataset data = TestData.mnist(320, 100);
    service.createNew(NetworkSpec.tutorial(), TestData.digits(), 0).join();
    TrainingConfig config =
        TrainingConfig.tutorial()
            .withOptimizer(OptimizerKind.SGD, 1e-5f)
            .withEpochs(20)
            .withStopAt(0, 1);

    TrainingResult result =
        service.train(data, config, TrainingListener.none(), new TrainingControl()).join();

    List<EpochResult> epochs = result.epochs();
    assertThat(epochs.size()).isLessThan(20);
    assertThat(result.stopReason().rule()).isEqualTo(StopReason.Rule.NO_BETTER_ACCURACY);
    assertThat(result.stopReason().patience()).isEqualTo(1);
    float last = epochs.get(epochs.size() - 1).testAccuracy();
    float bestBefore =
        (float)
            epochs.subList(0, epochs.size() - 1).stream()
                .mapToDouble(EpochResult::testAccuracy)
                .max()
                .orElseThrow();
    assertThat(last).isLessThanOrEqualTo(bestBefore);
    assertThat(result.stopReason().bestAccuracy()).isEqualTo(bestBefore);
  }

  @Test
  void withoutATargetEveryEpochRuns() {
    Dataset data = TestData.mnist(320, 100);
    service.createNew(NetworkSpec.tutorial(), TestData.digits(), 0).join();

    TrainingResult result =
        service
            .train(
                data,
                TrainingConfig.tutorial().withEpochs(2),
                TrainingListener.none(),
                new TrainingControl())
            .join();

    assertThat(result.epochs()).hasSize(2);
    assertThat(result.stoppedAtTarget()).isFalse();
    assertThat(result.stopReason()).isNull();
  }
}
