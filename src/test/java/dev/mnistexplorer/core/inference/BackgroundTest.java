package dev.mnistexplorer.core.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Rectangle;
import org.junit.jupiter.api.Test;

class BackgroundTest {

  @Test
  void whitePaperMeansDarkInk() {
    assertThat(Background.detect(GrayImage.filled(10, 10, 1f))).isEqualTo(Background.WHITE_PAPER);
  }

  @Test
  void aBlackBoardMeansLightInk() {
    assertThat(Background.detect(GrayImage.filled(10, 10, 0f))).isEqualTo(Background.BLACK_BOARD);
  }

  @Test
  void aDigitTouchingTheEdgeDoesNotFlipTheDecision() {
    // A thick stroke right along the top and down the left edge: a third of the border is ink.
    GrayImage canvas =
        Drawings.darkOnLight(
            100, 100, 20f, new Rectangle(0, 0, 100, 0), new Rectangle(0, 0, 0, 40));

    assertThat(Background.detect(canvas).darkInk()).isTrue();
  }

  @Test
  void greyPaperMapsToNoInk() {
    Background paper = Background.detect(GrayImage.filled(10, 10, 0.8f));

    assertThat(paper.darkInk()).isTrue();
    assertThat(paper.inkOf(0.8f)).isZero();
    assertThat(paper.inkOf(0f)).isEqualTo(1f);
    assertThat(paper.luminanceAt(0.5f)).isCloseTo(0.4f, within(1e-6f));
  }

  @Test
  void lightInkOnDarkNeedsNoInversion() {
    Background board = new Background(false, 0.2f);

    assertThat(board.inkOf(1f)).isEqualTo(1f);
    assertThat(board.inkOf(0.2f)).isZero();
    assertThat(board.luminanceAt(0.5f)).isCloseTo(0.6f, within(1e-6f));
  }
}
