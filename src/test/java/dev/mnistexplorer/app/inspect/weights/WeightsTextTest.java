package dev.mnistexplorer.app.inspect.weights;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.core.inspect.Excitation;
import dev.mnistexplorer.core.inspect.LayerWeights;
import dev.mnistexplorer.core.inspect.TileScale;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeightsTextTest {

  /** Two units of 784 weights: unit 0 spans ±0.2, unit 1 spans −0.5 … 0.4. */
  private static LayerWeights twoUnits(boolean outputLayer) {
    float[] weights = new float[2 * 784];
    weights[3] = 0.2f;
    weights[4] = -0.1f;
    weights[784 + 10] = -0.5f;
    weights[784 + 11] = 0.4f;
    return new LayerWeights(
        1, 2, 784, 28, 28, weights, new float[] {0.031f, -1.25f}, outputLayer, 7);
  }

  @Test
  void theHeadingSaysWhatTheTilesAre() {
    assertThat(WeightsText.heading(twoUnits(false)))
        .isEqualTo("Layer 1: 2 units, each a 28 × 28 tile of its 784 incoming weights");
  }

  @Test
  void aNetworkWithoutHiddenLayersShowsTemplates() {
    assertThat(WeightsText.heading(twoUnits(true)))
        .isEqualTo("The ten output units' weights: one template per digit");
    assertThat(WeightsText.unitTitle(twoUnits(true), 1))
        .isEqualTo("Output unit 1: the template of digit 1");
  }

  @Test
  void numbersHaveThreeDecimalsAndARealMinusSign() {
    assertThat(WeightsText.number(0.0312f)).isEqualTo("0.031");
    assertThat(WeightsText.number(-1.25f)).isEqualTo("\u22121.250");
    assertThat(WeightsText.signedNumber(0.5f)).isEqualTo("+0.500");
  }

  @Test
  void theSharedLegendRunsToTheLayersLargestWeight() {
    LayerWeights weights = twoUnits(false);
    assertThat(WeightsText.legendLow(weights, TileScale.SHARED, -1)).isEqualTo("\u22120.500");
    assertThat(WeightsText.legendHigh(weights, TileScale.SHARED, 0)).isEqualTo("+0.500");
    assertThat(WeightsText.legendCaption(weights, TileScale.SHARED, -1))
        .startsWith("Shared scale: every tile runs from \u22120.500 to +0.500");
  }

  @Test
  void thePerTileLegendRunsToTheChosenUnitsLargestWeightOrSaysMax() {
    LayerWeights weights = twoUnits(false);
    assertThat(WeightsText.legendHigh(weights, TileScale.PER_TILE, 0)).isEqualTo("+0.200");
    assertThat(WeightsText.legendLow(weights, TileScale.PER_TILE, -1)).isEqualTo("\u2212max");
    assertThat(WeightsText.legendHigh(weights, TileScale.PER_TILE, -1)).isEqualTo("+max");
    assertThat(WeightsText.legendCaption(weights, TileScale.PER_TILE, 1))
        .isEqualTo("Per tile: each tile runs to its own largest weight; unit 1's is 0.500.");
  }

  @Test
  void aUnitsNumbersAreItsBiasAndExtremes() {
    assertThat(WeightsText.unitNumbers(twoUnits(false), 1))
        .isEqualTo("bias \u22121.250 · min \u22120.500 · max 0.400");
    assertThat(WeightsText.unitNumbers(twoUnits(false), 5)).isEmpty();
    assertThat(WeightsText.unitTitle(twoUnits(false), 0)).isEqualTo("Unit 0 of 2");
    assertThat(WeightsText.unitTitle(twoUnits(false), -1)).isEqualTo(WeightsText.noUnit());
  }

  @Test
  void theGridSaysWhatItShowsAndWhatIsSelected() {
    assertThat(WeightsText.gridAccessibleText(twoUnits(false), 1, 0))
        .isEqualTo(
            "Unit 1: bias \u22121.250 · min \u22120.500 · max 0.400."
                + " Weights of 2 units of layer 1 as 28 × 28 tiles");
    assertThat(WeightsText.gridAccessibleText(twoUnits(false), 1, 1)).startsWith("Unit 1, chosen:");
    assertThat(WeightsText.gridAccessibleText(twoUnits(false), -1, -1))
        .isEqualTo("Weights of 2 units of layer 1 as 28 × 28 tiles");
    assertThat(WeightsText.gridAccessibleText(null, -1, -1)).contains("not loaded");
  }

  @Test
  void anExcitingDigitsTooltipNamesItsIndexLabelAndActivation() {
    Excitation digit = new Excitation(1234, 7, 3.21f);
    assertThat(
            WeightsText.digitTooltip(
                "MNIST", List.of("0", "1", "2", "3", "4", "5", "6", "7"), digit))
        .isEqualTo("MNIST test digit 1,234, a 7: 3.210");
    assertThat(WeightsText.activation(digit)).isEqualTo("3.210");
  }

  @Test
  void theDigitsHeadingSaysWhenAUnitNeverFires() {
    List<Excitation> live = List.of(new Excitation(1, 7, 2.5f), new Excitation(2, 1, 1f));
    List<Excitation> dead = List.of(new Excitation(0, 7, 0f), new Excitation(1, 2, 0f));

    assertThat(WeightsText.topDigitsHeading(twoUnits(false), live))
        .isEqualTo("The 2 test digits that excite it most (its output under each)");
    assertThat(WeightsText.topDigitsHeading(twoUnits(false), dead))
        .startsWith("No test digit excites this unit: its output stays at 0.000");
    assertThat(WeightsText.topDigitsHeading(twoUnits(true), dead)).contains("its logit");
  }

  @Test
  void theStatusSaysWhatItWaitsForOrThatTrainingIsFollowed() {
    assertThat(WeightsText.status("Waiting for the network to load…", null, false))
        .isEqualTo("Waiting for the network to load…");
    assertThat(WeightsText.status("", null, false)).isEqualTo("Loading the weights…");
    assertThat(WeightsText.status("", twoUnits(false), true)).startsWith("Training:");
    assertThat(WeightsText.status("", twoUnits(false), false)).isEmpty();
  }
}
