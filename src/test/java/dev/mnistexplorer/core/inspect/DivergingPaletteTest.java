package dev.mnistexplorer.core.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DivergingPaletteTest {

  private static int red(int argb) {
    return (argb >> 16) & 0xFF;
  }

  private static int green(int argb) {
    return (argb >> 8) & 0xFF;
  }

  private static int blue(int argb) {
    return argb & 0xFF;
  }

  private static double lightness(int argb) {
    return 0.299 * red(argb) + 0.587 * green(argb) + 0.114 * blue(argb);
  }

  @Test
  void zeroIsANearWhiteGrey() {
    int zero = DivergingPalette.argb(0f, 1f);

    assertThat(zero).isEqualTo(DivergingPalette.CENTRE);
    assertThat(red(zero)).isGreaterThanOrEqualTo(240);
    assertThat(red(zero)).isEqualTo(green(zero)).isEqualTo(blue(zero));
  }

  @Test
  void negativeIsBlueAndPositiveOrange() {
    int negative = DivergingPalette.argb(-0.6f, 1f);
    int positive = DivergingPalette.argb(0.6f, 1f);

    assertThat(blue(negative)).isGreaterThan(red(negative) + 50);
    assertThat(red(positive)).isGreaterThan(blue(positive) + 100);
    assertThat(red(positive)).isGreaterThan(green(positive));
    assertThat(DivergingPalette.argb(-1f, 1f)).isEqualTo(DivergingPalette.MOST_NEGATIVE);
    assertThat(DivergingPalette.argb(1f, 1f)).isEqualTo(DivergingPalette.MOST_POSITIVE);
  }

  @Test
  void largerValuesAreDarkerOnBothSidesSoGreyscaleStillShowsSize() {
    double previousNegative = lightness(DivergingPalette.CENTRE);
    double previousPositive = previousNegative;
    for (float size = 0.1f; size <= 1f; size += 0.1f) {
      double negative = lightness(DivergingPalette.argb(-size, 1f));
      double positive = lightness(DivergingPalette.argb(size, 1f));
      assertThat(negative).as("-%f", size).isLessThan(previousNegative);
      assertThat(positive).as("+%f", size).isLessThan(previousPositive);
      previousNegative = negative;
      previousPositive = positive;
    }
  }

  @Test
  void valuesBeyondTheScaleAreClampedAndAZeroScaleGivesTheCentre() {
    assertThat(DivergingPalette.argb(5f, 1f)).isEqualTo(DivergingPalette.MOST_POSITIVE);
    assertThat(DivergingPalette.argb(-5f, 2f)).isEqualTo(DivergingPalette.MOST_NEGATIVE);
    assertThat(DivergingPalette.argb(0.3f, 0f)).isEqualTo(DivergingPalette.CENTRE);
    assertThat(DivergingPalette.argb(Float.NaN, 1f)).isEqualTo(DivergingPalette.CENTRE);
    assertThat(DivergingPalette.argb(0.5f, 2f)).isEqualTo(DivergingPalette.argb(0.25f, 1f));
  }

  @Test
  void theLegendRunsFromMostNegativeThroughTheCentreToMostPositive() {
    int[] legend = DivergingPalette.legend(101);

    assertThat(legend[0]).isEqualTo(DivergingPalette.MOST_NEGATIVE);
    assertThat(legend[50]).isEqualTo(DivergingPalette.CENTRE);
    assertThat(legend[100]).isEqualTo(DivergingPalette.MOST_POSITIVE);
    for (int argb : legend) {
      assertThat(argb >>> 24).isEqualTo(0xFF);
    }
  }
}
