package dev.mnistexplorer.core.inference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.core.data.DatasetLoader;
import dev.mnistexplorer.core.data.LabeledImages;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Test digits redrawn as on the pad: canvases a person might draw, and back to 28x28. */
class DrawnDigitsTest {
  private static LabeledImages test;

  @BeforeAll
  static void load() throws IOException {
    test = DatasetLoader.bundledMnist().test().limit(50);
  }

  @Test
  void aDrawnDigitIsDarkInkOnAWhiteCanvasOfThePadsSize() {
    GrayImage canvas = DrawnDigits.draw(test, 0, 0);
    assertThat(canvas.width()).isEqualTo(DrawnDigits.CANVAS);
    assertThat(canvas.height()).isEqualTo(DrawnDigits.CANVAS);
    float min = 1f;
    int paper = 0;
    for (float value : canvas.values()) {
      min = Math.min(min, value);
      paper += value > 0.99f ? 1 : 0;
    }
    assertThat(min).isLessThan(0.2f);
    assertThat(paper).isGreaterThan(canvas.values().length / 2);
  }

  @Test
  void theSameSeedDrawsTheSameDigitAndAnotherSeedDrawsItDifferently() {
    assertThat(DrawnDigits.draw(test, 3, 7)).isEqualTo(DrawnDigits.draw(test, 3, 7));
    assertThat(DrawnDigits.draw(test, 3, 7)).isNotEqualTo(DrawnDigits.draw(test, 3, 8));
  }

  @Test
  void theDrawnSplitKeepsTheLabelsAndEveryDrawingPreprocessesToADigit() {
    LabeledImages drawn = DrawnDigits.drawnSplit(test, 20, 0);
    assertThat(drawn.count()).isEqualTo(20);
    for (int i = 0; i < drawn.count(); i++) {
      assertThat(drawn.label(i)).isEqualTo(test.label(i));
      int ink = 0;
      for (int value : drawn.imageValues(i)) {
        ink += value > 128 ? 1 : 0;
      }
      assertThat(ink).as("ink pixels of drawing %d", i).isGreaterThan(20);
    }
  }
}
