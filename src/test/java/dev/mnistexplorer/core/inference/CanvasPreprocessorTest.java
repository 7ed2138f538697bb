package dev.mnistexplorer.core.inference;

import static dev.mnistexplorer.core.inference.Drawings.box;
import static dev.mnistexplorer.core.inference.Drawings.centreOfMass;
import static dev.mnistexplorer.core.inference.Drawings.darkOnLight;
import static dev.mnistexplorer.core.inference.Drawings.lightOnDark;
import static dev.mnistexplorer.core.inference.Drawings.max;
import static dev.mnistexplorer.core.inference.Drawings.one;
import static dev.mnistexplorer.core.inference.Drawings.seven;
import static dev.mnistexplorer.core.inference.Drawings.zero;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CanvasPreprocessorTest {

  @Test
  void blankCanvasesHaveNoDigit() {
    assertThat(CanvasPreprocessor.toMnist(GrayImage.filled(280, 280, 1f))).isEmpty();
    assertThat(CanvasPreprocessor.toMnist(GrayImage.filled(280, 280, 0f))).isEmpty();
    assertThat(CanvasPreprocessor.toMnist(GrayImage.filled(1, 1, 0.5f))).isEmpty();
  }

  @Test
  void aFewPixelSpeckHasNoDigit() {
    GrayImage canvas = darkOnLight(280, 280, 1f, new Rectangle(140, 140, 2, 2));

    assertThat(CanvasPreprocessor.toMnist(canvas)).isEmpty();
  }

  @Test
  void aTapOfThePenHasNoDigitButASmallDigitDoes() {
    GrayImage tap = darkOnLight(280, 280, 24f, new Ellipse2D.Float(140, 140, 4, 4));
    GrayImage smallOne = darkOnLight(280, 280, 6f, one(140, 120, 170));

    assertThat(CanvasPreprocessor.toMnist(tap)).isEmpty();
    assertThat(CanvasPreprocessor.toMnist(smallOne)).isPresent();
  }

  @Test
  void faintNoiseHasNoDigit() {
    Random random = new Random(7);
    float[] paper = new float[280 * 280];
    for (int i = 0; i < paper.length; i++) {
      paper[i] = 0.88f + 0.12f * random.nextFloat(); // grey-ish paper, never 20% ink
    }

    assertThat(CanvasPreprocessor.toMnist(new GrayImage(280, 280, paper))).isEmpty();
  }

  @Test
  void darkInkOnLightBackgroundIsInverted() {
    float[] mnist = preprocess(darkOnLight(280, 280, 20f, seven(40, 40, 200, 200)));

    assertThat(mnist[0]).isZero();
    assertThat(mnist[783]).isZero();
    assertThat(max(mnist)).isEqualTo(1f);
  }

  @Test
  void lightOnDarkAndDarkOnLightGiveTheSameValues() {
    float[] dark = preprocess(darkOnLight(280, 280, 18f, seven(30, 50, 180, 200)));
    float[] light = preprocess(lightOnDark(280, 280, 18f, seven(30, 50, 180, 200)));

    assertThat(light).containsExactly(dark, within(1e-4f));
  }

  @Test
  void aDigitFillingTheCanvasEndsUpTwentyPixelsOnItsLongerSide() {
    float[] mnist = preprocess(darkOnLight(280, 280, 24f, seven(12, 12, 256, 256)));

    int[] box = box(mnist, 0f);
    assertThat(Math.max(box[2], box[3])).isEqualTo(20);
  }

  @Test
  void anOffCentreDigitEndsUpCentredByMass() {
    float[] mnist = preprocess(darkOnLight(280, 280, 10f, zero(10, 150, 70, 110)));

    double[] centre = centreOfMass(mnist);
    assertThat(centre[0]).isCloseTo(14, within(1.0));
    assertThat(centre[1]).isCloseTo(14, within(1.0));
    assertThat(box(mnist, 0f)[3]).isEqualTo(20);
  }

  @Test
  void thickAndThinStrokesBothGiveAFullInkDigit() {
    float[] thin =
        preprocess(darkOnLight(280, 280, 2f, one(140, 20, 260), seven(60, 20, 160, 240)));
    float[] thick = preprocess(darkOnLight(280, 280, 48f, seven(40, 40, 200, 200)));

    assertThat(max(thin)).isEqualTo(1f);
    assertThat(max(thick)).isEqualTo(1f);
  }

  @Test
  void aWideBarScalesItsWidthToTwentyAndKeepsItsAspectRatio() {
    GrayImage bar = GrayImage.filled(280, 280, 1f);
    for (int y = 130; y < 150; y++) {
      for (int x = 40; x < 240; x++) {
        bar.values()[y * 280 + x] = 0f;
      }
    }

    float[] mnist = preprocess(bar);

    // Centre of mass (9.5, 0.5) in the 20x2 box; the half-pixel shifts round up, to 5 and 14.
    assertThat(box(mnist, 0f)).containsExactly(5, 14, 20, 2);
    assertThat(box(mnist, 0.99f)).containsExactly(5, 14, 20, 2);
  }

  @Test
  void nonSquareCanvasesWork() {
    float[] wide = preprocess(darkOnLight(300, 120, 12f, zero(120, 10, 60, 100)));
    float[] tall = preprocess(lightOnDark(90, 300, 12f, one(45, 20, 280)));

    assertThat(box(wide, 0f)[3]).isEqualTo(20);
    assertThat(box(tall, 0f)[3]).isEqualTo(20);
    assertThat(centreOfMass(wide)[0]).isCloseTo(14, within(1.0));
  }

  @Test
  void theOutputIsAlways784ValuesInTheUnitRange() {
    Random random = new Random(42);
    List<GrayImage> images =
        List.of(
            darkOnLight(280, 280, 18f, seven(30, 50, 180, 200)),
            lightOnDark(28, 28, 2f, zero(6, 4, 14, 20)),
            darkOnLight(5, 400, 3f, one(2, 0, 400)),
            randomImage(random, 280, 280),
            randomImage(random, 37, 11));

    for (GrayImage image : images) {
      Optional<float[]> mnist = CanvasPreprocessor.toMnist(image);
      mnist.ifPresent(
          values -> {
            assertThat(values).hasSize(784);
            for (float value : values) {
              assertThat(value).isBetween(0f, 1f);
            }
          });
    }
  }

  @Test
  void anMnistDigitComesBackAfterEnlargingAndInverting() {
    for (int index = 0; index < 20; index++) {
      float[] digit = MnistTestDigits.digit(index);
      GrayImage pad = MnistImages.fromMnist(digit).scaledUp(10).inverted();

      float[] mnist = preprocess(pad);

      assertThat(meanAbsoluteDifference(mnist, digit)).as("digit %d", index).isLessThan(0.03);
      assertThat(centreOfMass(mnist)[0]).isCloseTo(centreOfMass(digit)[0], within(0.6));
      assertThat(centreOfMass(mnist)[1]).isCloseTo(centreOfMass(digit)[1], within(0.6));
    }
  }

  private static float[] preprocess(GrayImage image) {
    Optional<float[]> mnist = CanvasPreprocessor.toMnist(image);
    assertThat(mnist).as("a digit").isPresent();
    return mnist.get();
  }

  private static GrayImage randomImage(Random random, int width, int height) {
    float[] values = new float[width * height];
    for (int i = 0; i < values.length; i++) {
      values[i] = random.nextFloat();
    }
    return new GrayImage(width, height, values);
  }

  private static double meanAbsoluteDifference(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += Math.abs(a[i] - b[i]);
    }
    return sum / a.length;
  }
}
