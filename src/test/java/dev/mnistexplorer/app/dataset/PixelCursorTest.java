package dev.mnistexplorer.app.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

class PixelCursorTest {

  @Test
  void arrowKeysMoveTheDescribedPixelAndStopAtTheImagesEdge() {
    PixelCursor cursor = new PixelCursor();
    cursor.centreOn(0, 26);

    assertThat(cursor.move(KeyCode.RIGHT, 28, 28)).isTrue();
    assertThat(cursor.move(KeyCode.RIGHT, 28, 28)).isTrue();
    assertThat(cursor.move(KeyCode.UP, 28, 28)).isTrue();
    assertThat(cursor.move(KeyCode.DOWN, 28, 28)).isTrue();

    assertThat(cursor.focusRow()).isEqualTo(1);
    assertThat(cursor.focusCol()).isEqualTo(27);
    assertThat(cursor.centreRow()).isZero(); // the lens stays until the view moves it
  }

  @Test
  void otherKeysAreLeftToOthers() {
    PixelCursor cursor = new PixelCursor();
    cursor.centreOn(5, 5);

    assertThat(cursor.move(KeyCode.ENTER, 28, 28)).isFalse();
    assertThat(cursor.focusRow()).isEqualTo(5);
  }

  @Test
  void theLensWindowCentresOnItsSpotAndStaysInsideTheImage() {
    PixelCursor cursor = new PixelCursor();

    cursor.centreOn(10, 12);
    assertThat(cursor.lensWindow(5, 7, 28, 28)).isEqualTo(new PixelCells.Window(8, 9, 5, 7));

    cursor.centreOn(0, 27);
    assertThat(cursor.lensWindow(5, 7, 28, 28)).isEqualTo(new PixelCells.Window(0, 21, 5, 7));

    cursor.focusOn(20, 20); // describing another pixel leaves the lens where it is
    assertThat(cursor.lensWindow(5, 7, 28, 28)).isEqualTo(new PixelCells.Window(0, 21, 5, 7));
  }

  @Test
  void aLensLargerThanTheImageShowsTheWholeImage() {
    PixelCursor cursor = new PixelCursor();
    cursor.centreOn(2, 2);

    assertThat(cursor.lensWindow(14, 14, 4, 6)).isEqualTo(new PixelCells.Window(0, 0, 4, 6));
  }
}
