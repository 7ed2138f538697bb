package dev.mnistexplorer.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.core.TestData;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.data.LabeledImages;
import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.inspect.Attribution;
import dev.mnistexplorer.core.inspect.Excitation;
import dev.mnistexplorer.core.inspect.ForwardComparison;
import dev.mnistexplorer.core.inspect.ForwardPass;
import dev.mnistexplorer.core.inspect.HandNetwork;
import dev.mnistexplorer.core.inspect.LayerWeights;
import dev.mnistexplorer.core.inspect.Neighbour;
import dev.mnistexplorer.core.inspect.StageNames;
import dev.mnistexplorer.core.network.Activation;
import dev.mnistexplorer.core.network.LayerSpec;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.network.WeightMatrix;
import dev.mnistexplorer.core.training.BatchProgress;
import dev.mnistexplorer.core.training.TrainingConfig;
import dev.mnistexplorer.core.training.TrainingControl;
import dev.mnistexplorer.core.training.TrainingListener;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DjlTest
@Timeout(120)
class InspectorTest {
  private static ModelService service;
  private static Inspector inspector;

  @BeforeAll
  static void startEngine() {
    service = new ModelService(EngineSettings.defaults());
    service.start().join();
    inspector = new Inspector(service, Runnable::run);
  }

  @AfterAll
  static void stopEngine() {
    service.close();
  }

  @ParameterizedTest
  @EnumSource(Activation.class)
  void byHandAndByLayerAgreeForEveryActivation(Activation activation) {
    NetworkSpec spec =
        NetworkSpec.mnist(
            List.of(new LayerSpec(64, activation, 0.2f), LayerSpec.of(32, activation)));
    service.createNew(spec, TestData.digits(), 1).join();

    for (int i = 0; i < 3; i++) {
      float[] image = TestData.test(3).imageUnit(i);
      ForwardComparison comparison = inspector.compare(image).join();

      assertThat(comparison.byHand().names()).isEqualTo(StageNames.of(spec));
      assertThat(comparison.largestDifference())
          .as(comparison.differences().toString())
          .isLessThan(1e-5f);
      assertThat(comparison.byLayer().probabilities())
          .containsExactly(service.predict(image).join(), within(1e-7f));
    }
  }

  @Test
  void theBundledModelComputedByHandAgreesWithItsLayers() {
    service.openBundled().join();
    float[] image = TestData.test(1).imageUnit(0);

    ForwardComparison comparison = inspector.compare(image).join();

    assertThat(comparison.largestDifference()).isLessThan(1e-5f);
    assertThat(comparison.byHand().stages().get(comparison.byHand().stages().size() - 1).name())
        .isEqualTo("softmax");
    assertThat(comparison.byHand().predicted()).isEqualTo(TestData.test(1).label(0));
  }

  @Test
  void everyStageIsTheComputationWrittenOutFromTheModelsOwnWeights() {
    NetworkSpec spec =
        NetworkSpec.mnist(
            List.of(LayerSpec.of(5, Activation.SIGMOID), LayerSpec.of(4, Activation.RELU)));
    service.createNew(spec, TestData.digits(), 2).join();
    List<WeightMatrix> weights = service.weights().join();
    float[] image = TestData.test(2).imageUnit(1);

    ForwardPass pass = inspector.forward(image).join();

    double[] x = new double[784];
    for (int i = 0; i < 784; i++) {
      x[i] = (image[i] - 0.5) / 0.5;
    }
    double[] z1 = linear(x, weights.get(0));
    double[] h1 = new double[z1.length];
    for (int j = 0; j < z1.length; j++) {
      h1[j] = 1 / (1 + Math.exp(-z1[j]));
    }
    double[] z2 = linear(h1, weights.get(1));
    double[] h2 = new double[z2.length];
    for (int j = 0; j < z2.length; j++) {
      h2[j] = Math.max(0, z2[j]);
    }
    double[] logits = linear(h2, weights.get(2));
    double sum = 0;
    for (double logit : logits) {
      sum += Math.exp(logit);
    }
    double[] softmax = new double[10];
    for (int k = 0; k < 10; k++) {
      softmax[k] = Math.exp(logits[k]) / sum;
    }
    assertClose(pass.stage("flattened").values(), x);
    assertClose(pass.stage("linear1").values(), z1);
    assertClose(pass.stage("sigmoid1").values(), h1);
    assertClose(pass.stage("linear2").values(), z2);
    assertClose(pass.stage("relu2").values(), h2);
    assertClose(pass.stage("logits").values(), logits);
    assertClose(pass.stage("softmax").values(), softmax);
  }

  private static double[] linear(double[] x, WeightMatrix matrix) {
    double[] out = new double[matrix.outputs()];
    for (int j = 0; j < out.length; j++) {
      out[j] = matrix.biases()[j];
      for (int i = 0; i < x.length; i++) {
        out[j] += matrix.weights()[j * matrix.inputs() + i] * x[i];
      }
    }
    return out;
  }

  private static void assertClose(float[] actual, double[] expected) {
    assertThat(actual).hasSize(expected.length);
    for (int i = 0; i < expected.length; i++) {
      assertThat((double) actual[i]).isCloseTo(expected[i], within(1e-5));
    }
  }

  @Test
  void theWeightsSnapshotIsKeptUntilTheWeightsChange() {
    service.createNew(NetworkSpec.tutorial(), TestData.digits(), 4).join();
    HandNetwork first = inspector.network().join();

    assertThat(inspector.network().join()).isSameAs(first);
    assertThat(first.version()).isEqualTo(service.weightsVersion());

    service.createNew(NetworkSpec.tutorial(), TestData.digits(), 5).join();
    HandNetwork second = inspector.network().join();

    assertThat(second).isNotSameAs(first);
    assertThat(second.version()).isGreaterThan(first.version());
  }

  @Test
  void theFirstLayerIsSnapshotBetweenBatchesWhileTrainingAndTheVersionMovesOnEveryBatch()
      throws Exception {
    Dataset data = TestData.mnist(1_280, 100); // 20 batches of 64
    service.createNew(NetworkSpec.tutorial(), TestData.digits(), 0).join();
    float[] before = service.weights().join().get(0).weights();
    long startVersion = service.weightsVersion();
    AtomicReference<CompletableFuture<LayerWeights>> snapshot = new AtomicReference<>();
    AtomicLong versionAtBatch5 = new AtomicLong();
    TrainingListener snapshotAtBatch5 =
        new TrainingListener() {
          @Override
          public void progress(BatchProgress progress) {
            if (progress.batch() == 5) {
              versionAtBatch5.set(service.weightsVersion());
              snapshot.set(inspector.firstLayerWeights());
            }
          }
        };

    service
        .train(
            data,
            TrainingConfig.tutorial().withEpochs(1).withReportEveryBatches(1),
            snapshotAtBatch5,
            new TrainingControl())
        .join();

    LayerWeights taken = snapshot.get().join();
    assertThat(versionAtBatch5.get()).isEqualTo(startVersion + 4); // batches 1-4 ran their turn
    assertThat(taken.version()).isEqualTo(startVersion + 5); // taken right after batch 5
    assertThat(service.weightsVersion()).isGreaterThanOrEqualTo(startVersion + 20);
    assertThat(taken.units()).isEqualTo(256);
    assertThat(taken.weights()).isNotEqualTo(before);
  }

  @Test
  void aNetworkWithoutHiddenLayersShowsItsTenTemplates() {
    service.createNew(NetworkSpec.mnist(List.of()), TestData.digits(), 6).join();

    LayerWeights templates = inspector.firstLayerWeights().join();

    assertThat(templates.units()).isEqualTo(10);
    assertThat(templates.outputLayer()).isTrue();
    assertThat(templates.tileRows()).isEqualTo(28);
    assertThatThrownBy(() -> inspector.layerWeights(2).join())
        .cause()
        .hasMessageContaining("layers 1 to 1");
  }

  @Test
  void whyExplainsTheAnswerAndTheNearestDigitsOfATrainingDigitStartWithItself() {
    service.openBundled().join();
    LabeledImages train = TestData.train(1_000);
    float[] digit = train.imageUnit(7);

    Attribution why = inspector.why(digit).join();
    Attribution whyNot = inspector.why(digit, (train.label(7) + 1) % 10).join();
    List<Neighbour> nearest = inspector.nearest(digit, train, Inspector.NEAREST_DIGITS).join();

    assertThat(why.classIndex()).isEqualTo(why.predicted()).isEqualTo(train.label(7));
    assertThat(whyNot.predicted()).isEqualTo(why.predicted());
    assertThat(whyNot.logit()).isLessThan(why.logit());
    assertThat(nearest).hasSize(8);
    assertThat(nearest.get(0).index()).isEqualTo(7);
    assertThat(nearest.get(0).distance()).isZero();
    assertThat(nearest.get(1).distance()).isPositive();
  }

  @Test
  void theTopDigitsOfAUnitAreRankedByItsActivation() {
    service.openBundled().join();

    List<Excitation> top = inspector.topDigits(3, TestData.test(500), Inspector.TOP_DIGITS).join();

    assertThat(top).hasSize(16);
    for (int i = 1; i < top.size(); i++) {
      assertThat(top.get(i).activation()).isLessThanOrEqualTo(top.get(i - 1).activation());
    }
    float[] best =
        inspector
            .forward(TestData.test(500).imageUnit(top.get(0).index()))
            .join()
            .stage("relu1")
            .values();
    assertThat(best[3]).isCloseTo(top.get(0).activation(), within(1e-4f));
  }
}
