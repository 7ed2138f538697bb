package dev.mnistexplorer.core.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.mnistexplorer.core.data.LabeledImages;
import java.util.List;
import org.junit.jupiter.api.Test;

class NearestDigitsTest {

  /** Five 2×2 "digits": blank, a dot, a bar, the bar again, and all ink. */
  private static LabeledImages tiny() {
    byte[] pixels = {
      0,
      0,
      0,
      0, //
      (byte) 255,
      0,
      0,
      0, //
      (byte) 255,
      (byte) 255,
      0,
      0, //
      (byte) 255,
      (byte) 255,
      0,
      0, //
      (byte) 255,
      (byte) 255,
      (byte) 255,
      (byte) 255
    };
    return new LabeledImages("tiny", 2, 2, pixels, new byte[] {0, 1, 2, 3, 4});
  }

  @Test
  void theNearestDigitsComeNearestFirstWithTheirDistances() {
    NearestDigits index = NearestDigits.of(tiny());

    List<Neighbour> nearest = index.nearest(new float[] {1f, 0.9f, 0f, 0f}, 3);

    // The two bars (ties go to the lower index), then the dot: distances 0.1, 0.1, 0.9.
    assertThat(nearest).extracting(Neighbour::index).containsExactly(2, 3, 1);
    assertThat(nearest).extracting(Neighbour::label).containsExactly(2, 3, 1);
    assertThat(nearest.get(0).distance()).isCloseTo(0.1f, within(0.003f));
    assertThat(nearest.get(2).distance()).isCloseTo(0.9f, within(0.003f));
  }

  @Test
  void aDigitOfTheSplitFindsItselfAtDistanceZero() {
    NearestDigits index = NearestDigits.of(tiny());

    Neighbour self = index.nearest(new float[] {1f, 1f, 1f, 1f}, 1).get(0);

    assertThat(self.index()).isEqualTo(4);
    assertThat(self.distance()).isZero();
  }

  @Test
  void askingForMoreThanThereAreGivesAllInOrderOfDistance() {
    List<Neighbour> all = NearestDigits.of(tiny()).nearest(new float[4], 10);

    assertThat(all).extracting(Neighbour::index).containsExactly(0, 1, 2, 3, 4);
    assertThat(all.get(4).distance()).isCloseTo(2f, within(1e-6f));
  }

  @Test
  void aWrongSizedImageIsRefused() {
    assertThatThrownBy(() -> NearestDigits.of(tiny()).nearest(new float[784], 8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected 4");
  }
}
