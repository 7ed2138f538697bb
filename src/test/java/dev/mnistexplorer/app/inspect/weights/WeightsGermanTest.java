package dev.mnistexplorer.app.inspect.weights;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.common.InGerman;
import dev.mnistexplorer.core.inspect.LayerWeights;
import dev.mnistexplorer.core.inspect.TileScale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The weights view in German: headings, the legend's words, what a screen reader hears. */
@ExtendWith(InGerman.class)
class WeightsGermanTest {

  /** 4,096 units of 784 weights: unit 1 spans −0.5 … 0.4. */
  private static LayerWeights wideLayer() {
    float[] weights = new float[4096 * 784];
    weights[784 + 10] = -0.5f;
    weights[784 + 11] = 0.4f;
    float[] biases = new float[4096];
    biases[1] = -1.25f;
    return new LayerWeights(1, 4096, 784, 28, 28, weights, biases, false, 7);
  }

  @Test
  void headingsAndNumbersAreGerman() {
    LayerWeights layer = wideLayer();

    assertThat(WeightsText.heading(layer))
        .isEqualTo(
            "Schicht 1: 4.096 Neuronen, jedes als Kachel 28 × 28 seiner 784 eingehenden Gewichte");
    assertThat(WeightsText.unitTitle(layer, 1)).isEqualTo("Neuron 1 von 4.096");
    assertThat(WeightsText.unitNumbers(layer, 1))
        .isEqualTo("Bias \u22121,250 · Min. \u22120,500 · Max. 0,400");
    assertThat(WeightsText.legendHigh(layer, TileScale.PER_TILE, -1)).isEqualTo("+max");
    assertThat(WeightsText.legendCaption(layer, TileScale.SHARED, -1))
        .startsWith("Gemeinsame Skala: Jede Kachel reicht von \u22120,500 bis +0,500");
  }

  @Test
  void theGridIsReadInGerman() {
    assertThat(WeightsText.gridAccessibleText(wideLayer(), 1, 1))
        .isEqualTo(
            "Neuron 1, gewählt: Bias \u22121,250 · Min. \u22120,500 · Max. 0,400."
                + " Gewichte von 4.096 Neuronen der Schicht 1 als Kacheln 28 × 28");
  }
}
