package dev.mnistexplorer.app.inspect.weights;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.core.inspect.LayerWeights;
import dev.mnistexplorer.core.inspect.TileScale;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The weight tiles' frame is pixel art: at 200% desktop scaling it must not be smoothed. */
@ExtendWith(ApplicationExtension.class)
class TilePixelsTest {

  @Test
  void theFrameIsDrawnWithoutSmoothing() {
    float[] weights = new float[784];
    weights[0] = 1;
    LayerWeights layer = new LayerWeights(1, 1, 784, 28, 28, weights, new float[1], false, 1);
    GraphicsContext g = new Canvas(40, 40).getGraphicsContext2D();
    TilePixels pixels = new TilePixels();

    pixels.begin(40, 40, 0xFF808080);
    pixels.paint(layer, 0, TileScale.PER_TILE, 1, 2, 2);
    pixels.drawTo(g);

    assertThat(g.isImageSmoothing()).isFalse();
  }
}
