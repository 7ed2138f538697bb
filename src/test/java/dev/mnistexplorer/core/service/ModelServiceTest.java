package dev.mnistexplorer.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.core.TestData;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.network.Activation;
import dev.mnistexplorer.core.network.LayerOutput;
import dev.mnistexplorer.core.network.LayerSpec;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.network.ShapeTrace;
import dev.mnistexplorer.core.training.BatchProgress;
import dev.mnistexplorer.core.training.TrainingConfig;
import dev.mnistexplorer.core.training.TrainingControl;
import dev.mnistexplorer.core.training.TrainingListener;
import dev.mnistexplorer.core.training.TrainingResult;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@DjlTest
@Timeout(120)
class ModelServiceTest {
  private static ModelService service;

  @BeforeAll
  static void startEngine() {
    service = new ModelService(EngineSettings.defaults());
    assertThat(service.start().join().device().description()).isEqualTo("CPU");
  }

  @AfterAll
  static void stopEngine() {
    service.close();
  }

  @Test
  void closingDuringARunLetsTheRunEndBeforeTheNetworkIsClosed() throws Exception {
    ModelService closing = new ModelService(EngineSettings.defaults());
    Dataset data = TestData.mnist(1_280, 100); // 20 batches of 64 per epoch
    closing.createNew(NetworkSpec.tutorial(), TestData.digits(), 0).join();
    CountDownLatch atBatch3 = new CountDownLatch(1);
    CountDownLatch closeAsked = new CountDownLatch(1);
    TrainingListener waitForCloseAtBatch3 =
        new TrainingListener() {
          @Override
          public void progress(BatchProgress progress) {
            if (progress.epoch() == 1 && progress.batch() == 3) {
              atBatch3.countDown();
              awaitQuietly(closeAsked);
            }
          }
        };
    CompletableFuture<TrainingResult> run =
        closing.train(
            data,
            TrainingConfig.tutorial().withEpochs(2).withReportEveryBatches(1),
            waitForCloseAtBatch3,
            new TrainingControl());
    atBatch3.await();
    closeAsked.countDown();

    closing.close(); // queued work runs between batches: closing there broke the next batch

    assertThat(run.get().epochs()).hasSize(2);
  }

  /** A one-epoch run of the current network, paused at {@code batch} of its first epoch. */
  private record PausedRun(CompletableFuture<TrainingResult> run, TrainingControl control) {}

  private static PausedRun pauseAtBatch(Dataset data, int batch) throws InterruptedException {
    TrainingControl control = new TrainingControl();
    CountDownLatch paused = new CountDownLatch(1);
    TrainingListener pauseThere =
        new TrainingListener() {
          @Override
          public void progress(BatchProgress progress) {
            if (progress.epoch() == 1 && progress.batch() == batch) {
              control.pause();
              paused.countDown();
            }
          }
        };
    CompletableFuture<TrainingResult> run =
        service.train(
            data,
            TrainingConfig.tutorial().withEpochs(1).withReportEveryBatches(1),
            pauseThere,
            control);
    assertThat(paused.await(60, TimeUnit.SECONDS)).isTrue();
    return new PausedRun(run, control);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void aPredictionSubmittedDuringTrainingCompletesBeforeTrainingEnds() {
    Dataset data = TestData.mnist(1_280, 100); // 20 batches of 64 per epoch
    service.createNew(NetworkSpec.tutorial(), TestData.digits(), 0).join();
    float[] image = TestData.test(1).imageUnit(0);
    AtomicInteger reports = new AtomicInteger();
    AtomicInteger reportsWhenPredictionDone = new AtomicInteger(-1);
    AtomicReference<CompletableFuture<float[]>> prediction = new AtomicReference<>();
    TrainingListener predictAtBatch3 =
        new TrainingListener() {
          @Override
          public void progress(BatchProgress progress) {
            reports.incrementAndGet();
            if (progress.epoch() == 1 && progress.batch() == 3) {
              CompletableFuture<float[]> future = service.predict(image);
              future.thenRun(() -> reportsWhenPredictionDone.set(reports.get()));
              prediction.set(future);
            }
          }
        };

    TrainingResult result =
        service
            .train(
                data,
                TrainingConfig.tutorial().withEpochs(2).withReportEveryBatches(1),
                predictAtBatch3,
                new TrainingControl())
            .join();

    assertThat(result.epochs()).hasSize(2);
    assertThat(reports.get()).isEqualTo(40);
    assertThat(reportsWhenPredictionDone.get()).isEqualTo(3);
    float[] probabilities = prediction.get().join();
    assertThat(probabilities).hasSize(10);
    assertThat(sum(probabilities)).isCloseTo(1f, within(1e-4f));
  }

  @Test
  void aPredictionFromAnotherThreadIsAnsweredWhileTrainingIsPaused() throws Exception {
    Dataset data = TestData.mnist(1_280, 100);
    service.createNew(NetworkSpec.tutorial(), TestData.digits(), 0).join();
    PausedRun paused = pauseAtBatch(data, 2);
    CompletableFuture<TrainingResult> run = paused.run();
    TrainingControl control = paused.control();

    float[] probabilities =
        service.predict(TestData.test(1).imageUnit(0)).get(60, TimeUnit.SECONDS);
    boolean trainingStillGoing = !run.isDone() && service.isTraining();
    control.resume();
    run.get(60, TimeUnit.SECONDS);

    assertThat(trainingStillGoing).isTrue();
    assertThat(sum(probabilities)).isCloseTo(1f, within(1e-4f));
    assertThat(service.isTraining()).isFalse();
  }

  @Test
  void aSecondRunWhileOneIsGoingIsRefused() throws Exception {
    Dataset data = TestData.mnist(640, 100);
    service.createNew(NetworkSpec.tutorial(), TestData.digits(), 0).join();
    PausedRun paused = pauseAtBatch(data, 1);
    CompletableFuture<TrainingResult> first = paused.run();
    TrainingControl control = paused.control();

    CompletableFuture<TrainingResult> second =
        service.train(
            data, TrainingConfig.tutorial(), TrainingListener.none(), new TrainingControl());
    control.resume();
    first.get(60, TimeUnit.SECONDS);

    assertThatThrownBy(second::join)
        .cause()
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already going");
  }

  @Test
  void theNetworkCannotBeReplacedWhileItTrains() throws Exception {
    Dataset data = TestData.mnist(640, 100);
    service.createNew(NetworkSpec.tutorial(), TestData.digits(), 0).join();
    PausedRun paused = pauseAtBatch(data, 1);
    CompletableFuture<TrainingResult> run = paused.run();
    TrainingControl control = paused.control();

    CompletableFuture<ModelSummary> replacement =
        service.createNew(NetworkSpec.tutorial(), TestData.digits(), 1);
    assertThatThrownBy(() -> replacement.get(60, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("stop it first");
    control.resume();

    assertThat(run.get(60, TimeUnit.SECONDS).epochs()).hasSize(1);
    assertThat(service.createNew(NetworkSpec.tutorial(), TestData.digits(), 1).join().unsaved())
        .isFalse();
  }

  @Test
  void layerOutputsFollowTheShapeTraceAndEndInThePrediction() {
    service.createNew(NetworkSpec.tutorial(), TestData.digits(), 3).join();
    float[] image = TestData.test(1).imageUnit(0);

    List<LayerOutput> outputs = service.layerOutputs(image).join();
    float[] prediction = service.predict(image).join();

    assertThat(outputs)
        .extracting(LayerOutput::step)
        .containsExactly("flatten", "Linear", "sigmoid", "Linear", "softmax");
    assertThat(outputs)
        .extracting(output -> output.shape()[0])
        .containsExactly(784L, 256L, 256L, 10L, 10L);
    assertThat(min(outputs.get(2).values())).isGreaterThanOrEqualTo(0f);
    assertThat(max(outputs.get(2).values())).isLessThanOrEqualTo(1f);
    assertThat(outputs.get(4).values()).containsExactly(prediction, within(1e-6f));
  }

  @Test
  void layerOutputsAreNamedLikeTheShapeTraceForEveryKindOfLayer() {
    NetworkSpec spec =
        NetworkSpec.mnist(
            List.of(
                new LayerSpec(32, Activation.LEAKY_RELU, 0.3f), LayerSpec.of(16, Activation.TANH)));
    service.createNew(spec, TestData.digits(), 3).join();

    List<LayerOutput> outputs = service.layerOutputs(TestData.test(1).imageUnit(0)).join();

    List<ShapeTrace.Step> trace = ShapeTrace.of(spec, 1);
    assertThat(outputs)
        .extracting(LayerOutput::step)
        .containsExactlyElementsOf(
            trace.subList(1, trace.size()).stream().map(ShapeTrace.Step::operation).toList());
  }

  @Test
  void weightsComeOutLaidOutLikeTorchLinear() {
    service.createNew(NetworkSpec.tutorial(), TestData.digits(), 3).join();

    var weights = service.weights().join();

    assertThat(weights).hasSize(2);
    assertThat(weights.get(0).weights()).hasSize(256 * 784);
    assertThat(weights.get(0).biases()).hasSize(256);
    float bound = (float) (1 / Math.sqrt(784));
    assertThat(min(weights.get(0).weights())).isBetween(-bound, -0.9f * bound);
    assertThat(max(weights.get(0).weights())).isBetween(0.9f * bound, bound);
    assertThat(weights.get(1).outputs()).isEqualTo(10);
  }

  @Test
  void describedWeightsPairTheNetworkOpenedLastWithItsOwnWeights() {
    service.createNew(NetworkSpec.tutorial(), TestData.digits(), 3).join();
    CompletableFuture<DescribedWeights> first = service.describedWeights();
    NetworkSpec wide = NetworkSpec.mnist(List.of(LayerSpec.of(32, Activation.RELU)));
    service.createNew(wide, TestData.digits(), 3);
    CompletableFuture<DescribedWeights> second = service.describedWeights();

    assertThat(first.join().summary().spec()).isEqualTo(NetworkSpec.tutorial());
    assertThat(first.join().weights().get(0).outputs()).isEqualTo(256);
    assertThat(second.join().summary().spec()).isEqualTo(wide);
    assertThat(second.join().weights().get(0).outputs()).isEqualTo(32);
  }

  @Test
  void theSameSeedGivesTheSameFreshNetwork() {
    float[] image = TestData.test(1).imageUnit(0);
    service.createNew(NetworkSpec.tutorial(), TestData.digits(), 11).join();
    float[] first = service.predict(image).join();
    service.createNew(NetworkSpec.tutorial(), TestData.digits(), 12).join();
    float[] other = service.predict(image).join();
    service.createNew(NetworkSpec.tutorial(), TestData.digits(), 11).join();
    float[] again = service.predict(image).join();

    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
  }

  @Test
  void predictingBeforeAnyNetworkExistsSaysSo() {
    try (ModelService empty = new ModelService(EngineSettings.defaults())) {
      assertThatThrownBy(() -> empty.predict(new float[784]).join())
          .cause()
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("no network");
    }
  }

  @Test
  void aWrongSizedImageIsRejected() {
    service.createNew(NetworkSpec.tutorial(), TestData.digits(), 0).join();

    assertThatThrownBy(() -> service.predict(new float[100]).join())
        .cause()
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("784");
  }

  private static float min(float[] values) {
    float result = Float.POSITIVE_INFINITY;
    for (float value : values) {
      result = Math.min(result, value);
    }
    return result;
  }

  private static float max(float[] values) {
    float result = Float.NEGATIVE_INFINITY;
    for (float value : values) {
      result = Math.max(result, value);
    }
    return result;
  }

  private static float sum(float[] values) {
    float total = 0;
    for (float value : values) {
      total += value;
    }
    return total;
  }
}
