package dev.mnistexplorer.core.mydigits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.core.TestData;
import dev.mnistexplorer.core.data.LabeledImages;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FineTuneMixTest {

  @Test
  void personalDigitsAreRepeatedToAboutAQuarterOfTheMix() {
    assertThat(FineTuneMix.repeatsFor(20, 3_000)).isEqualTo(50);
    assertThat(FineTuneMix.repeatsFor(100, 3_000)).isEqualTo(10);
    assertThat(FineTuneMix.repeatsFor(1_000, 3_000)).isEqualTo(1);
    assertThat(FineTuneMix.repeatsFor(3, 3_000)).isEqualTo(FineTuneMix.MAX_REPEATS);
    assertThat(FineTuneMix.repeatsFor(0, 3_000)).isZero();
  }

  @Test
  void theMixHoldsEachPersonalDigitRepeatedThenADistinctMnistSlice() {
    List<MyDigit> mine =
        List.of(
            MyDigit.fromUnit(4, filled(1f), List.of()),
            MyDigit.fromUnit(7, filled(0.5f), List.of()));
    LabeledImages personal = MyDigitStore.images(mine, "mine");
    LabeledImages mnist = TestData.train(5_000);

    LabeledImages mix = FineTuneMix.mix(personal, mnist, 3);

    int repeats = FineTuneMix.repeatsFor(2, FineTuneMix.MNIST_SLICE);
    assertThat(mix.count()).isEqualTo(2 * repeats + FineTuneMix.MNIST_SLICE);
    long fours = count(mix, 4, 255);
    long sevens = count(mix, 7, 128);
    assertThat(fours).isEqualTo(repeats);
    assertThat(sevens).isEqualTo(repeats);
    int[] slice = FineTuneMix.sliceOf(5_000, FineTuneMix.MNIST_SLICE, 3);
    assertThat(Arrays.stream(slice).distinct().count()).isEqualTo(FineTuneMix.MNIST_SLICE);
    assertThat(mix.label(2 * repeats)).isEqualTo(mnist.label(slice[0]));
  }

  @Test
  void theSliceDependsOnTheSeedOnly() {
    assertThat(FineTuneMix.sliceOf(60_000, 100, 1)).isEqualTo(FineTuneMix.sliceOf(60_000, 100, 1));
    assertThat(FineTuneMix.sliceOf(60_000, 100, 1))
        .isNotEqualTo(FineTuneMix.sliceOf(60_000, 100, 2));
  }

  private static long count(LabeledImages mix, int label, int firstPixel) {
    return java.util.stream.IntStream.range(0, mix.count())
        .filter(i -> mix.label(i) == label && mix.imageValues(i)[0] == firstPixel)
        .count();
  }

  private static float[] filled(float value) {
    float[] unit = new float[784];
    Arrays.fill(unit, value);
    return unit;
  }
}
