package dev.mnistexplorer.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The pure part of fitting a dialog to its screen: the cap and the move inside. */
class ScreenFitTest {
  private static final Rectangle2D SMALL = new Rectangle2D(0, 0, 1024, 768);

  @Test
  void aDialogLargerThanTheScreenIsCappedAndASmallOneKeepsItsSize() {
    assertThat(ScreenFit.cap(1486, 900, SMALL))
        .isEqualTo(new Dimension2D(1024 * ScreenFit.SHARE, 768 * ScreenFit.SHARE));
    assertThat(ScreenFit.cap(600, 400, SMALL)).isEqualTo(new Dimension2D(600, 400));
  }

  @Test
  void aDialogStartingOffTheScreenIsMovedOntoIt() {
    assertThat(ScreenFit.within(-231, 900, 0, 1024)).isEqualTo(0);
    assertThat(ScreenFit.within(300, 900, 0, 1024)).isEqualTo(124);
    assertThat(ScreenFit.within(50, 900, 0, 1024)).isEqualTo(50);
    assertThat(ScreenFit.within(1100, 600, 1024, 2304)).isEqualTo(1100); // a second screen
  }
}
