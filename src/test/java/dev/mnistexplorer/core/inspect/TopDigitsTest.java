package dev.mnistexplorer.core.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mnistexplorer.core.data.LabeledImages;
import dev.mnistexplorer.core.network.Activation;
import dev.mnistexplorer.core.network.LayerSpec;
import dev.mnistexplorer.core.network.NetworkSpec;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TopDigitsTest {

  private static LabeledImages randomDigits(int count) {
    SplittableRandom random = new SplittableRandom(9);
    byte[] pixels = new byte[count * 784];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = random.nextInt(4) == 0 ? (byte) random.nextInt(256) : 0;
    }
    byte[] labels = new byte[count];
    for (int i = 0; i < count; i++) {
      labels[i] = (byte) (i % 10);
    }
    return new LabeledImages("random", 28, 28, pixels, labels);
  }

  @Test
  void theTopDigitsOfAUnitAreThoseWithTheHighestActivationInTheForwardPass() {
    HandNetwork network =
        RandomNetworks.network(NetworkSpec.mnist(List.of(LayerSpec.of(8, Activation.TANH))), 2);
    LabeledImages digits = randomDigits(60);
    int unit = 5;
    float[] activations = new float[digits.count()];
    for (int i = 0; i < digits.count(); i++) {
      activations[i] = network.forward(digits.imageUnit(i)).stage("tanh1").values()[unit];
    }
    int[] expected =
        IntStream.range(0, digits.count())
            .boxed()
            .sorted(Comparator.comparing((Integer i) -> -activations[i]))
            .limit(16)
            .mapToInt(Integer::intValue)
            .toArray();

    List<Excitation> top = network.topDigits(digits, unit, 16);

    assertThat(top).extracting(Excitation::index).containsExactly(box(expected));
    for (Excitation excitation : top) {
      assertThat(excitation.activation()).isCloseTo(activations[excitation.index()], within(1e-5f));
      assertThat(excitation.label()).isEqualTo(excitation.index() % 10);
    }
  }

  @Test
  void withoutHiddenLayersTheOutputUnitsAreRankedByTheirLogit() {
    HandNetwork network = RandomNetworks.network(NetworkSpec.mnist(List.of()), 3);
    LabeledImages digits = randomDigits(20);

    List<Excitation> top = network.topDigits(digits, 7, 3);

    float best = network.forward(digits.imageUnit(top.get(0).index())).stage("logits").values()[7];
    assertThat(top.get(0).activation()).isCloseTo(best, within(1e-5f));
    assertThat(top.get(0).activation()).isGreaterThanOrEqualTo(top.get(1).activation());
  }

  private static Integer[] box(int[] values) {
    return Arrays.stream(values).boxed().toArray(Integer[]::new);
  }
}
